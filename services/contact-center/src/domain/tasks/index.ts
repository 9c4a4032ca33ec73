export { TASK_LEASE_MS, isCallableNow, isLeaseExpired, leaseExpiresAt } from './lease';
export { CALLBACK_HOLD_MS, CALLBACK_PRIORITY_BOOST, DECLINED_CALLBACK_SHOWN_MS, callbackHeldUntil, callbackPriority, mayTakeHeld, rollOverdueCallback, type CallWindow } from './callback';
export { UNKNOWN_SUCCESS_SCORE, taskPriority, type TaskPriorityInput } from './task-priority';
