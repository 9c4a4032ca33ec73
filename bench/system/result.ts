/**
 * The system benchmark's result, as written to bench/results/system-<timestamp>.json: the run's phases
 * and rates, the clock advances, every case's stages, each process's memory and CPU, the raw baselines,
 * the checks and the targets, and every sample.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { SERVICE_NAMES, deployedNodeFlags } from '../../tools/platform/driver';
import type { CaseImport } from './case-import';
import type { ClockAdvances } from './clock-advance';
import type { Drain } from './drain';
import type { PlatformAtEnd } from './platform-run';
import { CHAIN_TYPES, type RawCopyFigures, type RawKafkaFigures } from './raw-baselines';
import type { Observation, Sampler } from './sampler';
import type { BenchSettings } from './settings';
import type { StageWatch } from './stage-watch';
import { rate, secs } from './timing';

export function describeMachine() {
  return { load: loadavg().map((l) => +l.toFixed(2)), cpus: cpus().length, memoryGb: +(totalmem() / 2 ** 30).toFixed(1) };
}

/** Everything the phases of a run found, from the start of the platform to the raw baselines. */
export interface RunRecord {
  settings: BenchSettings;
  rows: number;
  machineAtStart: ReturnType<typeof describeMachine>;
  kafkaVersion: string;
  platformStartS: number;
  observation: Observation;
  caseImport: CaseImport;
  watch: StageWatch;
  clocks: ClockAdvances;
  drain: Drain;
  atEnd: PlatformAtEnd;
  emailsAccepted: number;
  problems: string[];
  raw: { kafka: RawKafkaFigures; copy: RawCopyFigures };
}

export type RunResult = ReturnType<typeof summarise>;

/** Memory and CPU per process: the services, the broker, PostgreSQL's backends and the bench itself. */
function processFigures(sampler: Sampler, hwm: Record<string, number | undefined>) {
  return Object.fromEntries(
    [...SERVICE_NAMES, 'kafka', 'postgres', 'bench'].map((name) => {
      const cpuSamples = sampler.samples.map((s) => s.procs[name]?.cpuPct).filter((v): v is number => v !== undefined);
      return [name, {
        rssAtStartMb: sampler.samples.find((s) => s.procs[name])?.procs[name]?.rssMb ?? null,
        peakRssMb: Math.max(sampler.cpu.peakRssMb.get(name) ?? 0, hwm[name] ?? 0),
        peakRssSampledMb: sampler.cpu.peakRssMb.get(name) ?? 0,
        highWaterMarkMb: hwm[name] ?? null,
        peakCpuPct: sampler.cpu.peakCpuPct.get(name) ?? 0,
        meanCpuPct: cpuSamples.length ? Math.round(cpuSamples.reduce((a, b) => a + b, 0) / cpuSamples.length) : 0,
        cpuSeconds: sampler.cpu.totalCpuS.get(name) ?? 0,
      }];
    }),
  );
}

export function summarise(run: RunRecord) {
  const { settings, observation: { progress, sampler }, watch: { marks }, clocks: { advances, countsAtFirstAdvance, horizonMs }, drain, raw } = run;
  const cases = settings.cases;
  const counts = progress.counts;
  const firstAdvanceMs = advances[0]?.atMs;
  const afterAdvance = countsAtFirstAdvance ? Math.max(counts.firstStep - countsAtFirstAdvance.firstStep, counts.letter - countsAtFirstAdvance.letter) : 0;
  const endToEndCasesPerS = marks.doneMs !== undefined ? rate(cases, marks.doneMs) : 0;
  const services = processFigures(sampler, run.atEnd.highWaterMarkMb);
  const servicePeakRss = Math.max(...SERVICE_NAMES.map((name) => services[name]!.peakRssMb));
  const busy = sampler.samples.map((s) => s.machineBusyPct);
  const ourCpuS = Object.values(services).reduce((sum, s) => sum + s.cpuSeconds, 0);
  const windowS = (sampler.samples[sampler.samples.length - 1]?.t ?? 0) - (sampler.samples[0]?.t ?? 0);
  const machineCpuS = (busy.reduce((a, b) => a + b, 0) / Math.max(1, busy.length) / 100) * cpus().length * windowS;
  const lost = run.problems.length;
  return {
    at: new Date().toISOString(),
    cases,
    csvRows: run.rows,
    seed: settings.seed,
    countries: run.caseImport.stats.perCountry,
    kafka: run.kafkaVersion,
    settings: { logLevel: settings.logLevel, pollers: 'production defaults (dunning timers 1 s, deliveries 1 s, payments run 60 s, register watch 60 s)', runtime: 'production bundles', nodeFlags: Object.fromEntries(SERVICE_NAMES.map((name) => [name, deployedNodeFlags(name).join(' ')])), platformStartS: run.platformStartS },
    machine: {
      ...run.machineAtStart,
      loadAverageAtEnd: loadavg().map((l) => +l.toFixed(2)),
      meanBusyPct: busy.length ? Math.round(busy.reduce((a, b) => a + b, 0) / busy.length) : 0,
      /** CPU seconds the machine spent in all, and how many of them were the platform, broker, PostgreSQL backends and this bench. */
      cpuSecondsAll: Math.round(machineCpuS),
      cpuSecondsOurs: Math.round(ourCpuS),
    },
    platformClock: { atStart: run.observation.platformNowAtStart.toISOString(), atEnd: run.atEnd.platformNow.toISOString() },
    phases: {
      uploadS: secs(run.caseImport.uploadMs),
      importDoneS: run.watch.importDoneMs !== undefined ? secs(run.watch.importDoneMs) : null,
      allOpenedS: marks.allOpenedMs !== undefined ? secs(marks.allOpenedMs) : null,
      allScreenedS: marks.allScreenedMs !== undefined ? secs(marks.allScreenedMs) : null,
      firstAdvanceS: firstAdvanceMs !== undefined ? secs(firstAdvanceMs) : null,
      doneS: marks.doneMs !== undefined ? secs(marks.doneMs) : null,
      drainedS: marks.drainedMs !== undefined ? secs(marks.drainedMs) : null,
      drainTimedOut: drain.drainTimedOut,
      timedOut: run.watch.timedOut,
      completedDuringDrain: drain.completedDuringDrain,
      stuck: run.clocks.stuck,
    },
    rates: {
      importToOpenedCasesPerS: marks.allOpenedMs ? rate(cases, marks.allOpenedMs) : 0,
      importToScreenedCasesPerS: marks.allScreenedMs ? rate(cases, marks.allScreenedMs) : 0,
      advanceToLettersCasesPerS: firstAdvanceMs !== undefined && marks.doneMs !== undefined ? rate(afterAdvance, marks.doneMs - firstAdvanceMs) : 0,
      casesCarriedAfterAdvance: afterAdvance,
      endToEndCasesPerS,
      /** When not every case got there: how many did, per second until the timeout. */
      casesAtEnd: drain.reachedEnd,
      casesAtEndPerSWithinTimeout: marks.doneMs === undefined ? rate(drain.reachedEnd, settings.timeoutS * 1000) : null,
      timeToDrainS: marks.drainedMs !== undefined ? secs(marks.drainedMs) : null,
    },
    advances,
    horizon: { days: settings.horizonDays, until: Number.isFinite(horizonMs) ? new Date(horizonMs).toISOString() : null, lettersDeferredPastIt: drain.lettersDeferred },
    stages: { ...counts, verdicts: progress.verdicts(), lettersPerCase: progress.lettersPerCase() },
    messagesByType: Object.fromEntries([...progress.messagesByType].sort()),
    emailsAccepted: run.emailsAccepted,
    publishedOnAllTopics: (sampler.last?.published ?? 0) - (sampler.samples[0]?.published ?? 0),
    services,
    raw: {
      kafka: raw.kafka,
      copy: raw.copy,
      ratios: {
        endToEndToRawKafka: raw.kafka.casesPerS ? +(endToEndCasesPerS / raw.kafka.casesPerS).toFixed(4) : null,
        endToEndToRawCopy: raw.copy.casesPerS ? +(endToEndCasesPerS / raw.copy.casesPerS).toFixed(4) : null,
      },
      chainEventsPerCase: CHAIN_TYPES.length,
    },
    checks: { problems: run.problems, lostOrDoubled: lost },
    targets: {
      endToEndCasesPerS: { target: `>= ${settings.targets.casesPerSAtLeast}`, actual: endToEndCasesPerS, pass: endToEndCasesPerS >= settings.targets.casesPerSAtLeast },
      servicePeakRssMb: { target: `< ${settings.targets.rssMbBelow} each`, actual: servicePeakRss, pass: servicePeakRss < settings.targets.rssMbBelow },
      nothingLost: { target: 'no case lost or doubled, no event id twice', actual: lost === 0 ? 'none' : `${lost} problem(s)`, pass: lost === 0 },
    },
    samples: sampler.samples,
    logDir: run.atEnd.logDir,
  };
}
