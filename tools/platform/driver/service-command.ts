import { join } from 'node:path';
import { buildService } from '../../deploy/src/build/build-service';
import { nodeOptionsOf } from '../../deploy/src/model/platform-model';
import { assetTarget } from '../../deploy/src/model/service-environment';
import type { ServiceName } from './service-process';

export const WORKSPACE_ROOT = join(__dirname, '../../..');

/**
 * How the driver runs a service: from its TypeScript sources compiled in the process, as `nx serve`
 * does (tests, the demo: a change is live at once), or from its production build, the bundle the
 * image runs (the system benchmark: memory and CPU as deployed, without the in-process compiler).
 */
export type ServiceRuntime = 'source' | 'build';

export interface ServiceCommand {
  /** Arguments to `node`: the service's deployed V8 flags (its heap cap), then what to run. */
  args: string[];
  env: Record<string, string>;
}

/** The service's heap cap and other V8 flags, read from its serve command as the deployment does. */
export function deployedNodeFlags(name: ServiceName): string[] {
  return (nodeOptionsOf(name) ?? '').split(/\s+/).filter(Boolean);
}

export async function serviceCommand(name: ServiceName, runtime: ServiceRuntime, buildDir: string): Promise<ServiceCommand> {
  const flags = deployedNodeFlags(name);
  if (runtime === 'source') {
    return { args: [...flags, '-r', '@swc-node/register', join(WORKSPACE_ROOT, 'services', name, 'src/main.ts')], env: { SWC_NODE_PROJECT: join(WORKSPACE_ROOT, 'tsconfig.base.json') } };
  }
  const outDir = join(buildDir, name);
  await buildService(name, outDir);
  // The bundle's folders (intake's built portal) sit beside it, as in the image; the deployment points at them.
  const env: Record<string, string> = name === 'intake' ? { PORTAL_DIST_DIR: join(outDir, assetTarget('PORTAL_DIST_DIR')) } : {};
  return { args: [...flags, '--enable-source-maps', join(outDir, 'main.js')], env };
}
