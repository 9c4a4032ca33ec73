import { join, relative } from 'node:path';
import { DemoAborted, runDemo, type DemoResult } from './demo-run';

export interface DemoModeOptions {
  brokers: string[];
  cases: number;
  days: number;
  seed: number | string;
  /** The repository root: the demo writes to `<root>/.local/demo`. */
  root: string;
  /** Stop once the summary is printed, instead of keeping the platform up for the portal. */
  exitWhenDone: boolean;
}

export const DEMO_DEFAULTS = { cases: 300, days: 60, seed: 2026 } as const;

/**
 * `npm start -- --demo`: the demo portfolio driven day by day on the whole platform, with the live
 * progress table, then the summary. Afterwards the platform stays up (the portal shows the final
 * state) until Ctrl-C, unless `exitWhenDone`. Returns once everything it started is stopped.
 */
export async function runDemoMode(options: DemoModeOptions): Promise<DemoResult | undefined> {
  const stop = new AbortController();
  const onSignal = () => {
    if (!stop.signal.aborted) process.stdout.write('\nCtrl-C: stopping (a demo still running stops at the end of its simulated day) ...\n');
    stop.abort();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    return await demo(options, stop.signal);
  } catch (error) {
    if (error instanceof DemoAborted) {
      process.stdout.write(`${error.message}; services stopped\n`);
      return undefined;
    }
    throw error;
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}

async function demo(options: DemoModeOptions, signal: AbortSignal): Promise<DemoResult> {
  const say = (line = '') => process.stdout.write(`${line}\n`);
  const outputDir = join(options.root, '.local/demo');
  const started = Date.now();
  say(`demo: ${options.cases} cases over ${options.days} days (seed ${options.seed}); everything it writes goes to ${relative(process.cwd(), outputDir) || outputDir}`);
  const result = await runDemo({
    brokers: options.brokers,
    cases: options.cases,
    days: options.days,
    seed: options.seed,
    outputDir,
    signal,
    out: process.stdout,
    onReady: (info) => {
      say('');
      say(`creditor portal   ${info.portalUrl}   (API: ${info.intakeUrl}/docs)`);
      say('sign in as (the demo creditors\' staff):');
      const width = Math.max(...info.users.map((user) => user.email.length));
      for (const user of info.users) say(`  ${user.email.padEnd(width)}  ${user.password.padEnd(20)}  ${user.role.padEnd(8)} ${user.creditor}`);
      say('');
    },
  });
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  say('');
  say(`summary after ${options.days} days (${result.placed} cases placed, ${minutes} min):`);
  say(result.summary);
  say('');
  say(`documents: ${relative(process.cwd(), result.documentsDir) || result.documentsDir}/  ` +
    `${result.documents.letters} letters, ${result.documents.statements} remittance statements, ${result.documents.invoices} fee invoices`);
  say(`per case: ${relative(process.cwd(), join(outputDir, 'portfolio.json'))} (behaviour and final state); day by day: ${relative(process.cwd(), join(outputDir, 'demo.log'))}`);
  const refusals = Object.entries(result.refused);
  if (refusals.length) say(`the platform refused: ${refusals.map(([what, count]) => `${what} ×${count}`).join(', ')} (answers in demo.log)`);
  if (options.exitWhenDone) {
    await result.platform.stop();
    return result;
  }
  say('');
  say(`the platform stays up: the portal at ${result.platform.url('intake')}/portal/ shows the final state. Ctrl-C stops everything.`);
  if (!signal.aborted) await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
  say('stopping the services ...');
  await result.platform.stop();
  return result;
}
