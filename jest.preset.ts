import type { Config } from 'jest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Shared jest settings. @swc/jest compiles TypeScript (with decorator metadata, which NestJS
 * needs) several times faster than ts-jest; type checking is a separate `tsc --noEmit` step.
 */
const tsconfig = JSON.parse(readFileSync(join(__dirname, 'tsconfig.base.json'), 'utf8'));
const paths: Record<string, string[]> = tsconfig.compilerOptions.paths;

export const moduleNameMapper = Object.fromEntries(
  Object.entries(paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]),
);

export const basePreset: Config = {
  rootDir: __dirname,
  testEnvironment: 'node',
  moduleNameMapper,
  transform: {
    '^.+\\.(t|j)s$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
          keepClassNames: true,
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/tools/service-template/files/'],
  modulePathIgnorePatterns: ['<rootDir>/tools/service-template/files/'],
};
