import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { KAFKA_PROJECT_DIR } from './kafka-version';
import type { TopicSpec } from './types';

/** Where the CLI finds the project's topics unless told otherwise. */
export const DEFAULT_TOPIC_REGISTRY = '@collections/contracts';

const WORKSPACE_ROOT = join(KAFKA_PROJECT_DIR, '..', '..', '..');

type TopicSpecsFn = (opts: { local: boolean; replicationFactor: number }) => TopicSpec[];

/**
 * Loads `kafkaTopicSpecs()` from a module: a workspace alias from tsconfig.base.json (resolved
 * here, because a computed require() is not rewritten by swc's path mapping), a file path, or a
 * package. Returns undefined when the module does not exist and `optional` is set, so the launcher
 * keeps working in a checkout without the registry.
 */
export function loadTopicSpecs(specifier: string, replicationFactor: number, optional: boolean): TopicSpec[] | undefined {
  const target = resolveSpecifier(specifier);
  let mod: { kafkaTopicSpecs?: unknown };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the module is optional and chosen at run time
    mod = require(target) as { kafkaTopicSpecs?: unknown };
  } catch (err) {
    const missing = (err as { code?: string }).code === 'MODULE_NOT_FOUND' && String(err).includes(target);
    if (optional && missing) return undefined;
    throw err;
  }
  if (typeof mod.kafkaTopicSpecs !== 'function') throw new Error(`${specifier} does not export kafkaTopicSpecs()`);
  return (mod.kafkaTopicSpecs as TopicSpecsFn)({ local: true, replicationFactor });
}

function resolveSpecifier(specifier: string): string {
  if (specifier.startsWith('.') || isAbsolute(specifier)) return resolve(specifier);
  const aliased = workspaceAliases()[specifier]?.[0];
  return aliased ? join(WORKSPACE_ROOT, aliased) : specifier;
}

function workspaceAliases(): Record<string, string[]> {
  const file = join(WORKSPACE_ROOT, 'tsconfig.base.json');
  if (!existsSync(file)) return {};
  const tsconfig = JSON.parse(readFileSync(file, 'utf8')) as { compilerOptions?: { paths?: Record<string, string[]> } };
  return tsconfig.compilerOptions?.paths ?? {};
}
