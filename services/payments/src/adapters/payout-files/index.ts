export * from './payout-file.errors';
export * from './decimal-amount';
export * from './pain001';
export * from './remittance-statement';
