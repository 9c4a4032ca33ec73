/** The four panels of the system benchmark's chart: consumer lag, cases reaching each stage, RSS and CPU per process. */
import { cpus } from 'node:os';
import { SERVICE_NAMES, type ServiceName } from '../../tools/platform/driver';
import type { StageCounts } from './case-progress';
import type { Panel, Series } from './chart';
import type { Sample } from './sampler';

export function panels(samples: Sample[], phases: { firstAdvanceS: number | null; allScreenedS: number | null; doneS: number | null }): Panel[] {
  const markers = [
    ...(phases.allScreenedS !== null ? [{ x: phases.allScreenedS, label: 'all screened' }] : []),
    ...(phases.firstAdvanceS !== null && phases.firstAdvanceS !== phases.allScreenedS ? [{ x: phases.firstAdvanceS, label: 'clock advanced' }] : []),
    ...(phases.doneS !== null ? [{ x: phases.doneS, label: 'all first letters' }] : []),
  ];
  const groups = [...new Set(samples.flatMap((s) => Object.keys(s.lag)))].sort();
  const lag: Series[] = groups.map((group) => ({ name: group, points: samples.map((s) => [s.t, s.lag[group] ?? 0] as [number, number]) }));
  // Over 5 s windows: the counting consumer reads in batches, so per-second figures come in bursts.
  const stage = (name: string, pick: (c: StageCounts) => number): Series => ({
    name,
    points: samples.slice(5).map((s, i) => [s.t, Math.max(0, (pick(s.stages) - pick(samples[i]!.stages)) / Math.max(0.5, s.t - samples[i]!.t))] as [number, number]),
  });
  const procs = [...SERVICE_NAMES, 'kafka', 'postgres', 'bench'] as Array<ServiceName | 'kafka' | 'postgres' | 'bench'>;
  // PostgreSQL's backends share its buffers, so their summed RSS counts shared pages many times: left out of the chart (in the JSON).
  const rss: Series[] = procs.filter((name) => name !== 'postgres').map((name) => ({ name, points: samples.filter((s) => s.procs[name]).map((s) => [s.t, s.procs[name]!.rssMb] as [number, number]) }));
  const cpu: Series[] = [
    ...procs.map((name) => ({ name, points: samples.filter((s) => s.procs[name]).map((s) => [s.t, s.procs[name]!.cpuPct] as [number, number]) })),
    { name: 'whole machine (% of 1 core)', points: samples.map((s) => [s.t, s.machineBusyPct * cpus().length] as [number, number]) },
  ];
  return [
    { title: 'Consumer lag per group (messages)', yLabel: 'messages behind', series: lag, markers },
    {
      title: 'Throughput: cases reaching each stage per second (5 s windows)',
      yLabel: 'cases/s',
      series: [stage('CaseOpened', (c) => c.opened), stage('DebtorScreened', (c) => c.screened), stage('first step scheduled', (c) => c.firstStep), stage('first LetterRequested', (c) => c.letter)],
      markers,
    },
    { title: 'RSS per process (MB)', yLabel: 'MB', series: rss, markers },
    { title: 'CPU per process (% of one core)', yLabel: '% of a core', series: cpu, markers },
  ];
}
