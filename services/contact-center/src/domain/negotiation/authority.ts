import { type Money, formatMinor, formatMoney, isCurrencyCode, minorUnitDigits } from '../money';
import { type ProposalProblem, problem } from '../problem';
import { RateInvalidError, RateMissingError } from './negotiation.errors';

/**
 * The agency may agree a plan or a settlement on its own only while the balance is below EUR 50,000
 * (DESIGN.md §2 step 4): above that the creditor decides, because the creditor bears the loss.
 */
export const AUTHORITY_LIMIT_EUR_MINOR = 5_000_000n;

/**
 * Kept up to date by an operator. `eurPer['SEK'] = '0.0871'`: EUR for one whole unit of the currency.
 * Rates are decimal strings, not numbers, so that '0.0871' stays exactly 871/10000 (a double cannot
 * hold it) and the limit check comes out the same on every machine. EUR itself is '1'.
 */
export interface RatesTable {
  readonly asOf: string;
  readonly eurPer: Readonly<Record<string, string>>;
}

const RATE_SHAPE = /^(\d+)(?:\.(\d+))?$/;

interface ScaledRate {
  readonly units: bigint;
  readonly scale: bigint;
}

function parseRate(currency: string, rate: string): ScaledRate {
  const match = RATE_SHAPE.exec(rate);
  if (match === null) throw new RateInvalidError(currency, rate);
  const fraction = match[2] ?? '';
  const units = BigInt(match[1] + fraction);
  if (units === 0n) throw new RateInvalidError(currency, rate);
  return { units, scale: 10n ** BigInt(fraction.length) };
}

function rateFor(currency: string, rates: RatesTable): ScaledRate {
  // EUR needs no operator to know its own rate.
  if (currency === 'EUR') return { units: 1n, scale: 1n };
  const rate = Object.prototype.hasOwnProperty.call(rates.eurPer, currency) ? rates.eurPer[currency] : undefined;
  if (rate === undefined) throw new RateMissingError(currency, rates.asOf);
  return parseRate(currency, rate);
}

/**
 * The amount in euro cents, computed exactly with integers and rounded HALF-UP to the cent (a half
 * cent goes away from zero). Half-up is the rule the EU set for euro conversions (Regulation (EC)
 * 1103/97, art. 5) and the one a creditor checking by hand will use; at the limit it also errs on the
 * side of asking the creditor: 49,999.995 EUR becomes 50,000.00 and needs approval.
 */
export function toEurMinor(amount: Money, rates: RatesTable): bigint {
  const rate = rateFor(amount.currency, rates);
  // cents = amountMinor / 10^digits · units / scale · 100
  const numerator = amount.amountMinor * rate.units * 100n;
  const denominator = 10n ** BigInt(minorUnitDigits(amount.currency)) * rate.scale;
  return divideHalfUp(numerator, denominator);
}

function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n;
  const abs = negative ? -numerator : numerator;
  const quotient = abs / denominator;
  const rounded = (abs % denominator) * 2n >= denominator ? quotient + 1n : quotient;
  return negative ? -rounded : rounded;
}

export interface Authority {
  readonly agencyMayAgree: boolean;
  readonly balanceEurMinor: bigint;
  readonly limitEurMinor: bigint;
  /** Whose limit applied: the agency's 50,000 EUR or the creditor's own, lower one. */
  readonly limitSource: 'AGENCY' | 'CREDITOR';
  readonly reason: string;
}

/**
 * Whether the agency may agree alone: only while the balance in EUR is strictly below the limit, the
 * lower of 50,000 EUR and the creditor's contractual limit. A creditor limit at or above 50,000 EUR
 * changes nothing: the contract can narrow the agency's authority, never widen it. A negative
 * creditor limit counts as 0 (every plan goes to the creditor).
 */
export function authorityFor(balance: Money, rates: RatesTable, creditorLimitEurMinor?: bigint): Authority {
  const balanceEurMinor = toEurMinor(balance, rates);
  const creditorLimit = creditorLimitEurMinor === undefined ? undefined : creditorLimitEurMinor < 0n ? 0n : creditorLimitEurMinor;
  const limitSource = creditorLimit !== undefined && creditorLimit < AUTHORITY_LIMIT_EUR_MINOR ? 'CREDITOR' : 'AGENCY';
  const limitEurMinor = limitSource === 'CREDITOR' ? creditorLimit! : AUTHORITY_LIMIT_EUR_MINOR;
  const agencyMayAgree = balanceEurMinor < limitEurMinor;

  const balanceText =
    balance.currency === 'EUR'
      ? `the balance of ${formatMoney(balance)}`
      : `the balance of ${formatMoney(balance)} (${formatMinor(balanceEurMinor)} EUR at the rates of ${rates.asOf})`;
  const limitText = `${limitSource === 'CREDITOR' ? "the creditor's limit" : "the agency's limit"} of ${formatMinor(limitEurMinor)} EUR`;
  const reason = agencyMayAgree
    ? `${balanceText} is below ${limitText}: the agency may agree on its own`
    : `${balanceText} is not below ${limitText}: the creditor must approve`;
  return { agencyMayAgree, balanceEurMinor, limitEurMinor, limitSource, reason };
}

/** For the operator endpoint that replaces the table: every problem at once, nothing half-applied. */
export function validateRatesTable(rates: RatesTable): ProposalProblem[] {
  const problems: ProposalProblem[] = [];
  if (typeof rates.asOf !== 'string' || rates.asOf.trim() === '') problems.push(problem('asOf', 'REQUIRED', 'say as of when the rates are valid'));
  for (const [currency, rate] of Object.entries(rates.eurPer ?? {})) {
    if (!isCurrencyCode(currency)) problems.push(problem(`eurPer.${currency}`, 'INVALID_CURRENCY', `'${currency}' is not a three-letter currency code`));
    else if (typeof rate !== 'string' || !RATE_SHAPE.exec(rate) || /^[0.]+$/.test(rate))
      problems.push(problem(`eurPer.${currency}`, 'INVALID_RATE', `the rate for ${currency} must be a positive decimal string such as '0.0871'`));
    else if (currency === 'EUR' && parseRate(currency, rate).units !== parseRate(currency, rate).scale)
      problems.push(problem('eurPer.EUR', 'INVALID_RATE', 'one euro is worth one euro: the EUR rate must be 1'));
  }
  return problems;
}
