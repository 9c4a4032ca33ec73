export { readBankStatementFile, iterateBankStatementFile, decodeBankStatementSource, isReceipt, type BankStatementSource } from './bank-statement.reader';
export * from './bank-statement.types';
export * from './bank-statement.errors';
