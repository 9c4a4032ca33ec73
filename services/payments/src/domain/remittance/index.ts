export * from './remittance.errors';
export * from './bank-account';
export * from './collected-receipt';
export * from './remittance-contract';
export * from './run-days';
export * from './remittance-schedule';
export * from './remittance';
export * from './fee-invoice';
