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
  // Several suites at a time, each worker on its own broker (most of a suite waits on the broker,
  // PostgreSQL or a quiet platform). Measured on 2 cores: the services' suites take 289 s with three
  // workers, 444-485 s with two, 724 s with one; the platform's (each six services as processes) 564 s
  // with two against ~1,020 s with one, and no better with three (555 s: the cores were busy 94 %).
  maxWorkers: suites === 'platform' ? 2 : 3,
  testTimeout: 120_000,
};
export default config;
