export { allocate, type AllocatedPart, type AllocationResult } from './allocate';
export { ALLOCATION_ORDERS, DEFAULT_ALLOCATION_ORDER, allocationOrderFor, type AllocationOrder } from './allocation-orders';
export { AllocationInputInvalidError } from './allocation.errors';
export {
  BALANCE_COMPONENTS,
  balanceKey,
  oldestInvoiceFirst,
  type Balance,
  type BalanceComponent,
  type BalanceKey,
  type InvoiceRef,
  type Outstanding,
  type OutstandingInvoice,
} from './outstanding';
