export * from './refund.errors';
export * from './refund-order';
