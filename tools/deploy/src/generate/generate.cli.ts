/**
 * `npm run deploy:generate` writes docker-compose.yml, deploy/k8s, deploy/monitoring and
 * deploy/runbooks from the service list, the topic registry and the config classes;
 * `npm run deploy:check` only says which committed files are stale (exit 1).
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { WORKSPACE_ROOT } from '../model/config-schema';
import { generateFiles, staleFiles } from './generate';

// Folders whose every file is generated: a file of a removed service must disappear too.
const GENERATED_FOLDERS = ['deploy/k8s/base/services', 'deploy/runbooks'];

function orphans(files: Map<string, string>): string[] {
  return GENERATED_FOLDERS.flatMap((folder) => {
    try {
      return readdirSync(join(WORKSPACE_ROOT, folder)).map((file) => `${folder}/${file}`).filter((path) => !files.has(path));
    } catch {
      return [];
    }
  });
}

const files = generateFiles();
const stale = [...staleFiles(files), ...orphans(files)];
if (process.argv.includes('--check')) {
  if (stale.length > 0) {
    process.stderr.write(`stale generated deployment files (run npm run deploy:generate):\n${stale.map((path) => `  ${path}`).join('\n')}\n`);
    process.exit(1);
  }
  process.stdout.write(`${files.size} generated deployment files are up to date\n`);
} else {
  for (const path of orphans(files)) rmSync(join(WORKSPACE_ROOT, path));
  for (const [path, content] of files) {
    mkdirSync(dirname(join(WORKSPACE_ROOT, path)), { recursive: true });
    writeFileSync(join(WORKSPACE_ROOT, path), content);
  }
  process.stdout.write(`wrote ${files.size} files; ${stale.length} changed\n`);
}
