/**
 * The platform under the system benchmark: a broker (a local one, or KAFKA_BROKERS), the six services
 * run from their production bundles with production's pollers, and what is read of them as they stop.
 */
import { kafkaTopicSpecs } from '@collections/contracts';
import { startKafka, type KafkaCluster } from '@collections/local-kafka';
import { ensureTopics } from '@collections/messaging';
import { testKafka } from '@collections/testing';
import { Platform, SERVICE_NAMES } from '../../tools/platform/driver';
import { readCaseImport, type CaseImport, type ImportView } from './case-import';
import { readProc } from './proc-stats';
import { log, secs } from './timing';

export async function startBroker(): Promise<{ cluster?: KafkaCluster; brokers: string[] }> {
  const topics = kafkaTopicSpecs({ local: true, replicationFactor: 1 });
  if (!process.env.KAFKA_BROKERS) {
    log('starting a local broker');
    const cluster = await startKafka({ brokers: 1, topics });
    return { cluster, brokers: cluster.bootstrap.split(',') };
  }
  const admin = testKafka(process.env.KAFKA_BROKERS.split(',')).admin();
  await admin.connect();
  await ensureTopics(admin, topics).finally(() => admin.disconnect());
  return { brokers: process.env.KAFKA_BROKERS.split(',') };
}

export async function startPlatform(brokers: string[], rows: number, logLevel: string, smtpUrl: string): Promise<{ platform: Platform; startS: number }> {
  log(`starting the platform (six services) against ${brokers.join(',')}`);
  const started = Date.now();
  const platform = await Platform.start({
    brokers,
    logLevel,
    runtime: 'build',
    env: {
      intake: { CASE_IMPORT_MAX_MIB: String(Math.max(64, Math.ceil((rows * 400) / 2 ** 20))) },
      dunning: { TIMER_SCAN_INTERVAL_MS: '1000' },
      notifications: { DELIVERY_INTERVAL_MS: '1000', SMTP_URL: smtpUrl },
      payments: { SCHEDULE_INTERVAL_MS: '60000' },
      'debtor-screening': { REGISTER_DATE_WATCH_INTERVAL_MS: '60000' },
    },
  });
  try {
    await platform.events.stop();
  } catch (error) {
    await platform.stop().catch(() => undefined);
    throw error;
  }
  const startS = secs(Date.now() - started);
  log(`platform ready in ${startS} s (logs: ${platform.logDir})`);
  return { platform, startS };
}

/** What can only be read while the services still run: their RSS high-water marks, the import's counters, the platform's clock. */
export interface PlatformAtEnd {
  highWaterMarkMb: Record<string, number | undefined>;
  importView: ImportView;
  platformNow: Date;
  logDir: string;
}

export async function stopPlatform(platform: Platform, caseImport: CaseImport): Promise<PlatformAtEnd> {
  const highWaterMarkMb = Object.fromEntries(SERVICE_NAMES.map((name) => [name, readProc(platform.services[name].pid ?? 0)?.hwmMb]));
  const importView = await readCaseImport(platform, caseImport);
  const platformNow = await platform.now();
  const logDir = platform.logDir;
  await platform.stop();
  return { highWaterMarkMb, importView, platformNow, logDir };
}
