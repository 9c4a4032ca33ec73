export { TASK_LEASE_MS, isCallableNow, isLeaseExpired, leaseExpiresAt } from './lease';
export { UNKNOWN_SUCCESS_SCORE, taskPriority, type TaskPriorityInput } from './task-priority';
