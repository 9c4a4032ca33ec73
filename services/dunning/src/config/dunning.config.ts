import { ServiceConfig } from '@collections/observability';
import { IsInt, Max, Min } from 'class-validator';

/** The dunning service's environment; start-up fails naming any variable that is missing or malformed. */
export class DunningConfig extends ServiceConfig {
  /** How often an idle timer scanner looks for due steps (one indexed query per pass). */
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(50, { message: 'must be at least 50' })
  @Max(60_000, { message: 'must be at most 60000' })
  readonly TIMER_SCAN_INTERVAL_MS: number = 1_000;

  /** Step timers fired per transaction. */
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  @Max(10_000, { message: 'must be at most 10000' })
  readonly TIMER_BATCH_SIZE: number = 500;

  /** How often each replica reloads the operator-edited scenarios (an edit reaches the other replicas within it). */
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(1_000, { message: 'must be at least 1000' })
  @Max(600_000, { message: 'must be at most 600000' })
  readonly SCENARIO_REFRESH_INTERVAL_MS: number = 30_000;
}
