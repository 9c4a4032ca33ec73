import { ServiceConfig } from '@collections/observability';
import { IsInt, Max, Min } from 'class-validator';

/** The debtor-screening service's environment; start-up fails naming any variable that is missing or malformed. */
export class DebtorScreeningConfig extends ServiceConfig {
  /**
   * How often the register date watch looks for entries that began or ceased to apply (a day is
   * looked at once, so a short interval costs one cheap query per pass).
   */
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(100, { message: 'must be at least 100' })
  @Max(86_400_000, { message: 'must be at most 86400000 (a day)' })
  readonly REGISTER_DATE_WATCH_INTERVAL_MS: number = 60_000;
}
