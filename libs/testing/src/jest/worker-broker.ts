/**
 * Runs in every jest worker before each suite (setupFiles): points KAFKA_BROKERS at the broker the
 * global setup started for this worker, so suites running at once in two workers never share a
 * broker. Jest numbers its workers from 1 (`JEST_WORKER_ID`, also 1 with --runInBand).
 */
import { WORKER_BROKERS_ENV } from './global-setup';

const byWorker = (process.env[WORKER_BROKERS_ENV] ?? '').split(' ').filter(Boolean);
const worker = Number(process.env.JEST_WORKER_ID ?? '1');
const own = byWorker[(worker - 1) % Math.max(1, byWorker.length)];
if (own) process.env.KAFKA_BROKERS = own;
