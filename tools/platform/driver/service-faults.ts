import { httpJson } from './http-json';
import type { ServiceProcess } from './service-process';

/** How a fault test ends a service: SIGKILL (no flush, no commit, no leaving its group) or SIGTERM (graceful). */
export type EndingSignal = 'SIGKILL' | 'SIGTERM';

/**
 * For fault tests: ends one service's process. SIGKILL gives it no chance to flush its outbox,
 * commit offsets or leave its consumer group, which is the point. Resolves once the process has
 * exited, so a restart never races the dying process for its port.
 */
export async function signalService(service: ServiceProcess, signal: EndingSignal, timeoutMs = 30_000): Promise<void> {
  if (!service.running) throw new Error(`${service.name} is not running`);
  if (signal === 'SIGTERM') return service.stop();
  service.kill();
  const deadline = Date.now() + timeoutMs;
  while (service.running) {
    if (Date.now() > deadline) throw new Error(`${service.name} did not exit within ${timeoutMs} ms of SIGKILL`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Starts a service that was killed or stopped again, with the same port, database and environment
 * as before (ServiceProcess keeps them), appending to the same log; resolves once `/health/ready`.
 */
export async function restartService(service: ServiceProcess, timeoutMs = 180_000): Promise<void> {
  if (service.running) throw new Error(`${service.name} is still running: kill or stop it first`);
  service.start();
  await service.waitReady(timeoutMs);
}

/**
 * A service's operator clock is real time plus an offset kept in memory, so a restarted service
 * comes back at real time, behind the others. This moves its clock forward to `peerUrl`'s.
 */
export async function alignClock(service: ServiceProcess, peerUrl: string): Promise<void> {
  const nowOf = async (url: string) => Date.parse((await httpJson<{ now: string }>(`${url}/ops/clock`)).body.now);
  const behindMs = (await nowOf(peerUrl)) - (await nowOf(service.url));
  if (behindMs > 0) await httpJson(`${service.url}/ops/clock/advance`, { method: 'POST', body: { by: `${behindMs}ms` } });
}
