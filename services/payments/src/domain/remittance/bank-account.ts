import { BankAccountInvalidError } from './remittance.errors';

/**
 * IBAN lengths of the SEPA countries (ISO 13616 registry). A country not listed is still checked for
 * shape and check digits; a listed one also for length, which catches a dropped or doubled digit
 * that happens to keep mod 97 (rare, but a payout to it would be lost for weeks).
 */
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AT: 20, BE: 16, BG: 22, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, ES: 24, FI: 18, FR: 27,
  GB: 22, GI: 23, GR: 27, HR: 21, HU: 28, IE: 22, IS: 26, IT: 27, LI: 21, LT: 20, LU: 20, LV: 21, MC: 27,
  MT: 31, NL: 18, NO: 15, PL: 28, PT: 25, RO: 24, SE: 24, SI: 19, SK: 24, SM: 27, VA: 22,
};

const IBAN_SHAPE = /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/;
const BIC_SHAPE = /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/;

/** The IBAN as banks store it: no spaces, upper case. */
export function normaliseIban(iban: string): string {
  return iban.replace(/\s+/g, '').toUpperCase();
}

/** Shape, country length and the ISO 7064 mod-97 check of an IBAN (spaces and case ignored). */
export function isValidIban(iban: string): boolean {
  const compact = normaliseIban(iban);
  if (!IBAN_SHAPE.test(compact)) return false;
  const length = IBAN_LENGTHS[compact.slice(0, 2)];
  if (length !== undefined && compact.length !== length) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  // Letters count as 10..35; folding digit by digit keeps the remainder small, no bigint needed.
  let remainder = 0;
  for (const char of rearranged) {
    const value = char >= 'A' ? char.charCodeAt(0) - 55 : Number(char);
    remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
  }
  return remainder === 1;
}

/** The normalised IBAN, or a BankAccountInvalidError naming `whose` account it is (never the IBAN itself: it is personal data in logs). */
export function checkedIban(iban: string, whose: string): string {
  if (!isValidIban(iban)) throw new BankAccountInvalidError(`the IBAN of ${whose} is not valid`);
  return normaliseIban(iban);
}

export function isValidBic(bic: string): boolean {
  return BIC_SHAPE.test(bic.trim().toUpperCase());
}

export function checkedBic(bic: string, whose: string): string {
  if (!isValidBic(bic)) throw new BankAccountInvalidError(`the BIC of ${whose} is not valid`);
  return bic.trim().toUpperCase();
}

/**
 * A creditor's payout account checked for every currency it is paid in: a valid IBAN, a valid BIC
 * when given, and a BIC when any currency is not EUR (such a remittance leaves outside SEPA and is
 * routed by BIC). Checked when the terms are registered, so that a daily run never meets an account
 * it cannot write a payment file for.
 */
export function checkedPayoutAccount(account: { iban: string; bic?: string }, currencies: readonly string[], whose: string): { iban: string; bic?: string } {
  const iban = checkedIban(account.iban, whose);
  if (account.bic !== undefined) return { iban, bic: checkedBic(account.bic, whose) };
  const outsideSepa = currencies.filter((currency) => currency !== 'EUR');
  if (outsideSepa.length > 0) throw new BankAccountInvalidError(`${whose} is paid in ${outsideSepa.join(', ')}, outside SEPA: a BIC is required`);
  return { iban };
}
