// Lint rules that keep the architecture honest (STYLE.md §5):
// - Nx module boundaries: services import libs, never each other; libs never import services;
//   contracts and util libs stay framework-free.
// - Inside a service, domain/ imports no framework or I/O, application/ no transport or ORM.
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import { existsSync, readdirSync } from 'node:fs';

// Every folder under services/ is a service: one made by `npm run new-service` is covered at once.
const SERVICES = existsSync('services') ? readdirSync('services', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name) : [];

const FRAMEWORKS = ['@nestjs/*', 'typeorm', 'kafkajs', 'pg', 'class-validator', 'class-transformer', 'express'];
// @collections/testing is in both lists, so the later, narrower blocks keep banning it too.
const INFRA_LIBS = ['@collections/messaging', '@collections/persistence', '@collections/observability', '@collections/service-runtime', '@collections/testing'];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'libs/contracts/src/generated/**', 'tools/service-template/files/**', 'tmp/**', '.nx/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:contracts', 'type:infra', 'type:util', 'type:testing'] },
            { sourceTag: 'type:infra', onlyDependOnLibsWithTags: ['type:contracts', 'type:infra', 'type:util', 'type:testing', 'type:tooling'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:infra', 'type:contracts', 'type:util', 'type:tooling'] },
            { sourceTag: 'type:tooling', onlyDependOnLibsWithTags: ['type:contracts', 'type:util'] },
            {
              sourceTag: 'type:contracts',
              onlyDependOnLibsWithTags: ['type:util'],
              bannedExternalImports: ['@nestjs/*', 'typeorm', 'kafkajs', 'pg'],
            },
            {
              sourceTag: 'type:util',
              onlyDependOnLibsWithTags: ['type:util'],
              bannedExternalImports: ['@nestjs/*', 'typeorm', 'kafkajs', 'pg'],
            },
            // A service may depend only on itself and shared libs: never on another service.
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            ...SERVICES.map((service) => ({
              sourceTag: `scope:${service}`,
              onlyDependOnLibsWithTags: [`scope:${service}`, 'scope:shared'],
            })),
          ],
        },
      ],
    },
  },
  // The creditor portal's React files (services/intake/portal): the same TypeScript rules, and no
  // markup from strings, so everything a creditor, consultant or debtor wrote is rendered as text.
  {
    files: ['**/*.tsx'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'render user-supplied content as text, never as HTML' }],
    },
  },
  {
    files: ['services/**/*.ts', 'libs/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', '**/test/**', 'libs/testing/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: '@collections/testing', message: 'test helpers belong in tests only' }] }],
    },
  },
  {
    files: ['services/*/src/domain/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: [...FRAMEWORKS, ...INFRA_LIBS], message: 'domain/ holds rules only: no framework, I/O or infrastructure imports' }] }],
      'no-restricted-globals': ['error', { name: 'process', message: 'domain/ reads no environment: take values as parameters' }],
    },
  },
  {
    files: ['services/*/src/application/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['typeorm', 'kafkajs', 'pg', '@nestjs/microservices', ...INFRA_LIBS], message: 'application/ talks to ports, not to ORM, transport or infrastructure libs' }] }],
    },
  },
);
