import type { Config } from 'jest';
import { basePreset } from './jest.preset';

/**
 * Integration and end-to-end suites: real PostgreSQL and the real local Kafka broker.
 * The global setup starts one broker for the whole run and publishes its address through
 * KAFKA_BROKERS; suites that need a three-broker cluster start their own.
 */
const config: Config = {
  ...basePreset,
  testMatch: ['<rootDir>/{libs,services,deploy,tools}/**/*.{int,e2e}-spec.ts'],
  globalSetup: '<rootDir>/libs/testing/src/jest/global-setup.ts',
  globalTeardown: '<rootDir>/libs/testing/src/jest/global-teardown.ts',
  testTimeout: 120_000,
};
export default config;
