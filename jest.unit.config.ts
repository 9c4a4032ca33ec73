import type { Config } from 'jest';
import { basePreset } from './jest.preset';

/** Unit tests: `*.spec.ts` next to the code; no database, no broker. */
const config: Config = {
  ...basePreset,
  testMatch: ['<rootDir>/{libs,services,deploy,tools}/**/*.spec.ts'],
};
export default config;
