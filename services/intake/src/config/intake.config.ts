import { ServiceConfig } from '@collections/observability';
import { join } from 'node:path';
import { IsInt, IsString, Max, Min, MinLength } from 'class-validator';

const MIB = 1024 * 1024;
const MINUTE = 60_000;

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

  /** The built creditor portal (`npm run portal:build`), served at /portal/. */
  @IsString({ message: 'must be a directory path' })
  @MinLength(1, { message: 'must be a directory path' })
  readonly PORTAL_DIST_DIR: string = join(__dirname, '../../portal/dist');

  /** A portal session ends after this long without a request. */
  @IsInt({ message: 'must be a whole number of minutes' })
  @Min(1, { message: 'must be at least 1' })
  @Max(1440, { message: 'must be at most 1440' })
  readonly PORTAL_SESSION_IDLE_MINUTES: number = 8 * 60;

  /** ... and this long after sign-in however busy it is. */
  @IsInt({ message: 'must be a whole number of minutes' })
  @Min(1, { message: 'must be at least 1' })
  @Max(10_080, { message: 'must be at most 10080' })
  readonly PORTAL_SESSION_ABSOLUTE_MINUTES: number = 12 * 60;

  /** Failed sign-ins to one account within PORTAL_SIGN_IN_WINDOW_MINUTES before every attempt is refused (429). */
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  readonly PORTAL_SIGN_IN_MAX_FAILURES: number = 5;

  /**
   * The same from one client address. Higher than per account: a creditor's staff often share
   * one office address, and one person's typos should not lock out colleagues.
   */
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  readonly PORTAL_SIGN_IN_MAX_FAILURES_PER_CLIENT: number = 20;

  @IsInt({ message: 'must be a whole number of minutes' })
  @Min(1, { message: 'must be at least 1' })
  @Max(1440, { message: 'must be at most 1440' })
  readonly PORTAL_SIGN_IN_WINDOW_MINUTES: number = 15;

  /**
   * Which proxies' X-Forwarded-For to believe for the client address (sign-in limits per client):
   * `false` (direct exposure), a hop count such as `1` behind one ingress, or subnets such as `10.0.0.0/8`.
   */
  @IsString({ message: 'must be false, a number of hops or a list of addresses/subnets' })
  readonly TRUST_PROXY: string = 'false';

  get portalSessionLifetimes(): { idleMs: number; absoluteMs: number } {
    return { idleMs: this.PORTAL_SESSION_IDLE_MINUTES * MINUTE, absoluteMs: this.PORTAL_SESSION_ABSOLUTE_MINUTES * MINUTE };
  }

  get portalSignInLimits(): { perEmail: { maxFailures: number; windowMs: number }; perClient: { maxFailures: number; windowMs: number } } {
    const windowMs = this.PORTAL_SIGN_IN_WINDOW_MINUTES * MINUTE;
    return { perEmail: { maxFailures: this.PORTAL_SIGN_IN_MAX_FAILURES, windowMs }, perClient: { maxFailures: this.PORTAL_SIGN_IN_MAX_FAILURES_PER_CLIENT, windowMs } };
  }

  get documentMaxBytes(): number {
    return this.DOCUMENT_MAX_MIB * MIB;
  }

  get caseImportMaxBytes(): number {
    return this.CASE_IMPORT_MAX_MIB * MIB;
  }
}
