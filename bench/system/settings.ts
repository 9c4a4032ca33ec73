/** What a run of the system benchmark is told (bench/system.bench.ts reads it from the environment). */
export interface BenchSettings {
  cases: number;
  seed: number;
  timeoutS: number;
  drainTimeoutS: number;
  logLevel: string;
  horizonDays: number;
  targets: { casesPerSAtLeast: number; rssMbBelow: number };
}
