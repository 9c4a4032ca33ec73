import type { Config } from 'jest';
import { basePreset } from './jest.preset';

/** Unit tests: `*.spec.ts` next to the code; no database, no broker. */
const config: Config = {
  ...basePreset,
  testMatch: ['<rootDir>/{libs,services,deploy,tools}/**/*.spec.ts'],
  // A worker per core: jest's default leaves one core to itself, which on 2 cores means one worker
  // (69 s here against 44 s with two; the parent mostly waits on its workers).
  maxWorkers: '100%',
};
export default config;
