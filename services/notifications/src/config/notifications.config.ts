import { ServiceConfig } from '@collections/observability';
import { IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, ValidateIf } from 'class-validator';

/** The notifications service's environment; start-up fails naming any variable that is missing or malformed. */
export class NotificationsConfig extends ServiceConfig {
  /** The SMTP relay e-mails go through, e.g. `smtp://relay.agency.example:587` (credentials in the URL). */
  @Matches(/^smtps?:\/\/.+/, { message: 'must be an smtp:// or smtps:// URL' })
  readonly SMTP_URL: string = 'smtp://127.0.0.1:2525';

  @IsString() @MinLength(3)
  readonly MAIL_FROM: string = 'Collections Agency <no-reply@agency.example>';

  /** Where letters go when no print-and-post provider is configured (development): one PDF per letter. */
  @IsString() @MinLength(1)
  readonly LETTER_SINK_DIR: string = 'tmp/letters';

  /** The SMS provider's endpoint; unset: SMS are written to SMS_SINK_DIR (development). */
  @IsOptional() @Matches(/^https?:\/\/.+/, { message: 'must be an http(s) URL' })
  readonly SMS_PROVIDER_URL?: string;

  @IsOptional() @IsString()
  readonly SMS_PROVIDER_TOKEN?: string;

  @IsString() @MinLength(1)
  readonly SMS_SINK_DIR: string = 'tmp/sms';

  /** How often an idle delivery worker looks for due deliveries. */
  @IsInt({ message: 'must be a whole number of milliseconds' }) @Min(50) @Max(60_000)
  readonly DELIVERY_INTERVAL_MS: number = 1_000;

  @IsInt({ message: 'must be a whole number' }) @Min(1) @Max(1_000)
  readonly DELIVERY_BATCH_SIZE: number = 50;

  /** Shared secret providers present in X-Callback-Token; required in production, `local-callback-token` elsewhere. */
  @ValidateIf((config: NotificationsConfig) => config.NODE_ENV === 'production' || config.DELIVERY_CALLBACK_TOKEN !== undefined)
  @IsString({ message: 'must be set in production (providers authenticate their callbacks with it)' })
  @MinLength(16, { message: 'must be at least 16 characters' })
  readonly DELIVERY_CALLBACK_TOKEN?: string;

  get callbackToken(): string {
    return this.DELIVERY_CALLBACK_TOKEN ?? 'local-callback-token';
  }
}
