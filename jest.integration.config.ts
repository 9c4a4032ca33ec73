import type { Config } from 'jest';
import { basePreset } from './jest.preset';

/**
 * Integration and end-to-end suites: real PostgreSQL and the real local Kafka broker.
 * The global setup starts one broker per jest worker for the whole run and each worker's suites
 * find theirs in KAFKA_BROKERS; suites that need a three-broker cluster start their own.
 */
/**
 * The whole-platform suites (all six services as processes, with the registry's fixed consumer
 * groups) run in a jest run of their own, on brokers of their own, after the others: the backlog
 * other suites leave on shared topics would otherwise reach their services. JEST_SUITES picks the set.
 */
const PLATFORM_SUITES = '<rootDir>/tools/platform/';
const suites = process.env.JEST_SUITES ?? 'all';

const config: Config = {
  ...basePreset,
  testMatch: suites === 'platform' ? [`${PLATFORM_SUITES}**/*.{int,e2e}-spec.ts`] : ['<rootDir>/{libs,services,deploy,tools}/**/*.{int,e2e}-spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', ...(suites === 'services' ? ['/tools/platform/'] : [])],
  globalSetup: '<rootDir>/libs/testing/src/jest/global-setup.ts',
  globalTeardown: '<rootDir>/libs/testing/src/jest/global-teardown.ts',
  setupFiles: ['<rootDir>/libs/testing/src/jest/worker-broker.ts'],
  // Two suites at a time, each worker on its own broker: 444-485 s against 724 s one at a time
  // (2 cores: most of a suite is waiting on the broker and PostgreSQL). The platform's suites each
  // run six services: one at a time.
  maxWorkers: 2,
  testTimeout: 120_000,
};
export default config;
