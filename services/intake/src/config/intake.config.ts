import { ServiceConfig } from '@collections/observability';
import { IsInt, IsString, Max, Min, MinLength, ValidateIf } from 'class-validator';

const MIB = 1024 * 1024;

/** The intake service's environment; start-up fails naming any variable that is missing or malformed. */
export class IntakeConfig extends ServiceConfig {
  /**
   * Shared secret of the agency's operators for `/ops/...` (creditors, consultants, channels).
   * Required in production; elsewhere it defaults to `local-operator-token` for local runs.
   */
  @ValidateIf((config: IntakeConfig) => config.NODE_ENV === 'production' || config.OPERATOR_TOKEN !== undefined)
  @IsString({ message: 'must be set in production (the operator endpoints need it)' })
  @MinLength(16, { message: 'must be at least 16 characters' })
  readonly OPERATOR_TOKEN?: string;

  /** Largest bulk file accepted; a bigger upload answers 413. */
  @IsInt({ message: 'must be a whole number of mebibytes' })
  @Min(1, { message: 'must be at least 1' })
  @Max(2048, { message: 'must be at most 2048' })
  readonly CASE_IMPORT_MAX_MIB: number = 25;

  /** Largest supporting document accepted (PDF, PNG, JPEG). */
  @IsInt({ message: 'must be a whole number of mebibytes' })
  @Min(1, { message: 'must be at least 1' })
  @Max(100, { message: 'must be at most 100' })
  readonly DOCUMENT_MAX_MIB: number = 10;

  get operatorToken(): string {
    return this.OPERATOR_TOKEN ?? 'local-operator-token';
  }

  get documentMaxBytes(): number {
    return this.DOCUMENT_MAX_MIB * MIB;
  }

  get caseImportMaxBytes(): number {
    return this.CASE_IMPORT_MAX_MIB * MIB;
  }
}
