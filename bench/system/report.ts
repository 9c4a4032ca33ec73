/**
 * The system benchmark's output: the result as JSON and its chart as PNG under bench/results/, and
 * the report on the console (phases and rates, each process, the raw baselines, targets and problems).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { chartPng, chartSvg } from './chart';
import { panels } from './panels';
import type { RunResult } from './result';
import type { Sample } from './sampler';

/** Writes bench/results/system-<timestamp>.json and .png; answers their paths. */
export function writeResult(result: RunResult, samples: Sample[]): { jsonFile: string; pngFile: string } {
  const stamp = result.at.replace(/[:.]/g, '-');
  const dir = join(__dirname, '..', 'results');
  mkdirSync(dir, { recursive: true });
  const jsonFile = join(dir, `system-${stamp}.json`);
  writeFileSync(jsonFile, `${JSON.stringify(result, null, 2)}\n`);
  const pngFile = join(dir, `system-${stamp}.png`);
  writeFileSync(pngFile, chartPng(chartSvg(`System benchmark: ${result.cases.toLocaleString('en')} cases, ${result.at.slice(0, 16)}Z, ${cpus().length} cores (mean ${result.machine.meanBusyPct}% busy)`, panels(samples, result.phases))));
  return { jsonFile, pngFile };
}

export function printReport(result: RunResult, files: { jsonFile: string; pngFile: string }): void {
  const { cases, phases, rates, stages, raw, machine } = result;
  console.table({
    'import → all opened (CaseOpened)': { cases, 's from upload': phases.allOpenedS, 'cases/s': rates.importToOpenedCasesPerS },
    'import → all screened (DebtorScreened)': { cases, 's from upload': phases.allScreenedS, 'cases/s': rates.importToScreenedCasesPerS },
    'clock advance → first steps and letters': { cases: rates.casesCarriedAfterAdvance, 's from upload': phases.doneS, 'cases/s': rates.advanceToLettersCasesPerS },
    'end to end (upload → every first step and letter)': { cases, 's from upload': phases.doneS, 'cases/s': rates.endToEndCasesPerS },
    'drained (nothing moving, outboxes empty)': { cases: '', 's from upload': phases.drainedS, 'cases/s': '' },
  });
  console.table(Object.fromEntries(Object.entries(result.services).map(([name, s]) => [name, { 'RSS at upload MB': s.rssAtStartMb ?? '', 'peak RSS MB': s.peakRssMb, 'peak CPU %': s.peakCpuPct, 'mean CPU %': s.meanCpuPct, 'CPU s': s.cpuSeconds }])));
  console.table({
    'raw kafkajs produce (4 events/case)': { 'msg/s': raw.kafka.produceMsgPerS, 'rows/s': '', 'cases/s': '' },
    'raw kafkajs consume': { 'msg/s': raw.kafka.consumeMsgPerS, 'rows/s': '', 'cases/s': '' },
    'raw kafkajs produce + consume': { 'msg/s': '', 'rows/s': '', 'cases/s': raw.kafka.casesPerS },
    'raw COPY import rows': { 'msg/s': '', 'rows/s': raw.copy.importRowsPerS, 'cases/s': '' },
    'raw COPY event rows (4/case)': { 'msg/s': '', 'rows/s': raw.copy.eventRowsPerS, 'cases/s': '' },
    'raw COPY import + events': { 'msg/s': '', 'rows/s': '', 'cases/s': raw.copy.casesPerS },
  });
  console.log(`ratios: end to end / raw broker ${raw.ratios.endToEndToRawKafka}, end to end / raw COPY ${raw.ratios.endToEndToRawCopy}`);
  console.log(`verdicts ${JSON.stringify(stages.verdicts)}; letters expected ${stages.letterExpected}, got ${stages.letter}, deferred past the ${result.horizon.days}-day horizon ${result.horizon.lettersDeferredPastIt}; first steps scheduled ${stages.firstStep}/${stages.clear}, first actions sent ${stages.firstAction}; clock advances ${result.advances.length}`);
  const sent = (type: string) => result.messagesByType[`collections.v1.${type}`] ?? 0;
  console.log(`notifications: NotificationSent ${sent('NotificationSent')}, NotificationFailed ${sent('NotificationFailed')}; e-mails taken by the SMTP sink ${result.emailsAccepted}`);
  console.log(`machine: ${cpus().length} cores, mean ${machine.meanBusyPct}% busy, load ${machine.load[0]} at start, ${machine.loadAverageAtEnd[0]} at end; ${machine.cpuSecondsOurs} of ${machine.cpuSecondsAll} CPU s were this run's`);
  for (const [name, target] of Object.entries(result.targets)) console.log(`target ${name} ${target.target}: ${target.actual} ${target.pass ? 'MET' : 'NOT MET'}`);
  for (const problem of result.checks.problems) console.log(`PROBLEM: ${problem}`);
  console.log(`wrote ${files.jsonFile}\nwrote ${files.pngFile}`);
}
