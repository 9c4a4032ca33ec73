import { spawn } from 'node:child_process';
import { Socket } from 'node:net';

const guarded = new Set<number>();
let exitHookInstalled = false;

/**
 * Makes sure a broker process does not outlive this Node process, however it ends:
 * - normal exit, process.exit() or an uncaught exception: an 'exit' hook SIGKILLs it;
 * - SIGKILL, a signal without a handler, or a crash: a tiny `sh` watchdog holds the read end of a
 *   pipe from us; when we die the kernel closes the pipe, `read` returns and the watchdog SIGKILLs
 *   the broker. No polling, and it survives a killed jest worker.
 * Returns a release function to call once the broker has exited on its own terms.
 */
export function guardChildProcess(pid: number): () => void {
  installExitHook();
  guarded.add(pid);
  const watchdog = spawn('/bin/sh', ['-c', `read _ignored; kill -9 ${pid} 2>/dev/null`], {
    stdio: ['pipe', 'ignore', 'ignore'],
    detached: true, // own process group: a Ctrl-C meant for us must not kill the watchdog first
  });
  watchdog.on('error', () => undefined); // no /bin/sh: the exit hook still covers normal exits
  watchdog.unref();
  if (watchdog.stdin instanceof Socket) watchdog.stdin.unref(); // must not keep our event loop alive
  return () => {
    guarded.delete(pid);
    watchdog.kill('SIGKILL');
  };
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const pid of guarded) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  });
}
