export * from './refund.errors';
export * from './refund-order';
export * from './refund-return';
