import { ServiceConfig } from '@collections/observability';
import { IsInt, IsString, Matches, Max, Min, MinLength, ValidateIf } from 'class-validator';

const CURRENCY_ACCOUNT = '[A-Z]{3}=[A-Z]{2}\\d{2}[A-Z0-9]{10,30}:[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?';
const CURRENCY_ACCOUNTS = new RegExp(`^${CURRENCY_ACCOUNT}(?:,${CURRENCY_ACCOUNT})*$`);
const GATEWAY_SECRETS = /^[a-z0-9-]+=[^,=\s]{16,}(,[a-z0-9-]+=[^,=\s]{16,})*$/;

/** The payments service's environment; start-up fails naming any variable that is missing or malformed. */
export class PaymentsConfig extends ServiceConfig {
  /**
   * The shared secret of each payment gateway, `provider=secret,provider=secret`: a receipt is
   * accepted only with a valid HMAC-SHA256 signature made with its provider's secret. Required in
   * production; local runs get `local-gateway` with a fixed secret.
   */
  @ValidateIf((config: PaymentsConfig) => config.NODE_ENV === 'production' || config.GATEWAY_SECRETS !== undefined)
  @Matches(GATEWAY_SECRETS, { message: 'must be provider=secret pairs separated by commas, each secret at least 16 characters' })
  readonly GATEWAY_SECRETS?: string;

  /** How old a signed gateway receipt may be before it is refused as a replay. */
  @IsInt({ message: 'must be a whole number of seconds' })
  @Min(30, { message: 'must be at least 30' })
  @Max(3_600, { message: 'must be at most 3600' })
  readonly GATEWAY_SIGNATURE_TOLERANCE_S: number = 300;

  /** The agency's client-money account remittances are paid from (pain.001 debtor). */
  @IsString() @MinLength(2)
  readonly AGENCY_NAME: string = 'Acme Recovery SRL';

  @Matches(/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/, { message: 'must be an IBAN without spaces' })
  readonly AGENCY_IBAN: string = 'BE71096123456769';

  @Matches(/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/, { message: 'must be a BIC' })
  readonly AGENCY_BIC: string = 'GKCCBEBB';

  /**
   * The agency's client-money accounts in other currencies, `CUR=IBAN:BIC,…` (e.g.
   * `SEK=SE7160000000000123456789:FICTSESS`): a remittance or refund in that currency is debited from
   * it (pain.001 DbtrAcct with Ccy). A currency without one is paid from AGENCY_IBAN, the bank converting.
   */
  @ValidateIf((config: PaymentsConfig) => config.AGENCY_CURRENCY_ACCOUNTS !== undefined && config.AGENCY_CURRENCY_ACCOUNTS !== '')
  @Matches(CURRENCY_ACCOUNTS, { message: 'must be CUR=IBAN:BIC pairs separated by commas, e.g. SEK=SE7160000000000123456789:FICTSESS' })
  readonly AGENCY_CURRENCY_ACCOUNTS?: string;

  /** How often each replica looks for missed instalments, lapsed settlements and remittances due. */
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(1_000, { message: 'must be at least 1000' })
  @Max(3_600_000, { message: 'must be at most 3600000' })
  readonly SCHEDULE_INTERVAL_MS: number = 60_000;

  /** AGENCY_CURRENCY_ACCOUNTS by currency, each under the agency's name. */
  get agencyCurrencyAccounts(): ReadonlyMap<string, { name: string; iban: string; bic: string; currency: string }> {
    const pairs = (this.AGENCY_CURRENCY_ACCOUNTS ?? '').split(',').filter((pair) => pair !== '');
    return new Map(
      pairs.map((pair) => {
        const [currency, account] = pair.split('=') as [string, string];
        const [iban, bic] = account.split(':') as [string, string];
        return [currency, { name: this.AGENCY_NAME, iban, bic, currency }];
      }),
    );
  }

  get gatewaySecrets(): ReadonlyMap<string, string> {
    const raw = this.GATEWAY_SECRETS ?? 'local-gateway=local-gateway-secret-0001';
    return new Map(raw.split(',').map((pair) => pair.split('=') as [string, string]));
  }
}
