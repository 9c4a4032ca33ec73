export { Clock, SystemClock, FixedClock } from './clock';
export { AdjustableClock } from './adjustable-clock';
export { parseDuration } from './duration';
