#!/usr/bin/env node
// Creates services/<name> from tools/service-template/files, shaped like every other service:
//   npm run new-service -- <name>          e.g. npm run new-service -- debtor-screening
// Placeholders in paths and contents: __name__ (kebab), __Name__ (Pascal), __NAME__ (UPPER_SNAKE),
// __name_underscored__ (snake).
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const name = process.argv[2];
if (!name || !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) {
  console.error('usage: npm run new-service -- <kebab-case-name>');
  process.exit(2);
}
const pascal = name.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase());
const snake = name.replace(/-/g, '_');
const replace = (text) =>
  text
    .replaceAll('__name_underscored__', snake)
    .replaceAll('__name__', name)
    .replaceAll('__Name__', pascal)
    .replaceAll('__NAME__', snake.toUpperCase());

const target = join(root, 'services', name);
if (existsSync(target)) {
  console.error(`services/${name} already exists`);
  process.exit(1);
}
const source = join(here, 'files/services/__name__');
function copy(dir) {
  for (const entry of readdirSync(dir)) {
    const from = join(dir, entry);
    const to = join(target, replace(relative(source, from)));
    if (statSync(from).isDirectory()) {
      mkdirSync(to, { recursive: true });
      copy(from);
    } else {
      mkdirSync(dirname(to), { recursive: true });
      writeFileSync(to, replace(readFileSync(from, 'utf8')));
    }
  }
}
copy(source);
console.log(`created services/${name}: run its tests with npx jest -c jest.integration.config.ts services/${name}`);

