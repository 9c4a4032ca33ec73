import { ServiceConfig } from '@collections/observability';
import { IsInt, Max, Min } from 'class-validator';

const MIB = 1024 * 1024;

/** The intake service's environment; start-up fails naming any variable that is missing or malformed. */
export class IntakeConfig extends ServiceConfig {
  /** Largest bulk file accepted; a bigger upload answers 413. */
  @IsInt({ message: 'must be a whole number of mebibytes' })
  @Min(1, { message: 'must be at least 1' })
  @Max(2048, { message: 'must be at most 2048' })
  readonly CASE_IMPORT_MAX_MIB: number = 25;

  /** How often each replica looks for webhook deliveries due (a fresh timeline entry is sent within it). */
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(100, { message: 'must be at least 100' })
  @Max(60_000, { message: 'must be at most 60000' })
  readonly WEBHOOK_DISPATCH_INTERVAL_MS: number = 1_000;

  /** Largest supporting document accepted (PDF, PNG, JPEG). */
  @IsInt({ message: 'must be a whole number of mebibytes' })
  @Min(1, { message: 'must be at least 1' })
  @Max(100, { message: 'must be at most 100' })
  readonly DOCUMENT_MAX_MIB: number = 10;

  get documentMaxBytes(): number {
    return this.DOCUMENT_MAX_MIB * MIB;
  }

  get caseImportMaxBytes(): number {
    return this.CASE_IMPORT_MAX_MIB * MIB;
  }
}
