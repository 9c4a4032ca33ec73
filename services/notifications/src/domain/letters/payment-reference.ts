import { PaymentReferenceInvalidError } from './letter-errors';

/**
 * Structured payment references: what the debtor copies into the bank transfer so the payment
 * finds its case without a human reading the remittance text.
 *
 * - Belgium: the structured communication (OGM/VCS) `+++ddd/dddd/ddddd+++`: ten digits, then two
 *   check digits = the ten digits mod 97 (97 when the remainder is 0).
 * - Elsewhere in SEPA: the ISO 11649 creditor reference `RFkk` + 1 to 21 letters or digits, where
 *   `kk` makes the ISO 7064 mod 97-10 check of `body + "RF" + kk` equal 1.
 *
 * A case gets both from the same ten "payment digits" derived from its UUID (see
 * `paymentDigitsFromCaseId`), so a payment quoting either resolves to the same key.
 */

const TEN_DIGITS = /^\d{10}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CREDITOR_REFERENCE_BODY = /^[0-9A-Z]{1,21}$/;
const TEN_TO_THE_TEN = 10_000_000_000n;
/** Coprime with 10^10, so variants 0, 1, 2… of one case give distinct digits. */
const VARIANT_STRIDE = 1_000_000_007n;

/**
 * The ten payment digits of a case: the case UUID read as a 128-bit integer, plus
 * `variant × 1 000 000 007`, modulo 10^10, left-padded with zeros.
 *
 * Deterministic (the same case always gets the same digits, so a letter rendered again carries
 * the same reference), but not unique: 10^10 values for 122 random bits. Among n live cases the
 * chance that some two share digits is about 1 − e^(−n²/2·10^10): 0.5 % at 10 000 cases, 39 % at
 * 100 000, near certain at 1 000 000; a new case collides with one of N existing cases with
 * probability N/10^10 (1 in 100 000 at N = 100 000). So whoever issues the reference must store it
 * with the case under a unique index and, on a clash, issue variant 1, 2… of the same case.
 */
export function paymentDigitsFromCaseId(caseId: string, variant = 0): string {
  if (!UUID.test(caseId)) throw new PaymentReferenceInvalidError(`case id ${JSON.stringify(caseId)} is not a UUID`);
  if (!Number.isSafeInteger(variant) || variant < 0) throw new PaymentReferenceInvalidError(`variant ${variant} is not a non-negative integer`);
  const value = BigInt(`0x${caseId.replace(/-/g, '')}`) + BigInt(variant) * VARIANT_STRIDE;
  return (value % TEN_TO_THE_TEN).toString().padStart(10, '0');
}

/** The two check digits of a Belgian structured communication: the ten digits mod 97, 97 for 0. */
export function belgianStructuredReferenceCheck(tenDigits: string): string {
  if (!TEN_DIGITS.test(tenDigits)) throw new PaymentReferenceInvalidError(`${JSON.stringify(tenDigits)} is not ten digits`);
  const remainder = Number(BigInt(tenDigits) % 97n);
  return String(remainder === 0 ? 97 : remainder).padStart(2, '0');
}

/** `0108068171` → `+++010/8068/17183+++`. */
export function belgianStructuredReference(tenDigits: string): string {
  const digits = tenDigits + belgianStructuredReferenceCheck(tenDigits);
  return `+++${digits.slice(0, 3)}/${digits.slice(3, 7)}/${digits.slice(7)}+++`;
}

/**
 * The twelve digits of a structured communication as printed (`+++010/8068/17183+++`), as banks
 * also show it (`***010/8068/17183***`) or as typed (`010806817183`, spaces allowed); undefined
 * when the text has another shape. The check digits are not verified here.
 */
export function compactBelgianStructuredReference(text: string): string | undefined {
  const compact = text.replace(/\s/g, '');
  const printed = /^(?:\+{3}|\*{3})(\d{3})\/(\d{4})\/(\d{5})(?:\+{3}|\*{3})$/.exec(compact);
  if (printed) return printed.slice(1).join('');
  return /^\d{12}$/.test(compact) ? compact : undefined;
}

export function isValidBelgianStructuredReference(text: string): boolean {
  const digits = compactBelgianStructuredReference(text);
  return digits !== undefined && belgianStructuredReferenceCheck(digits.slice(0, 10)) === digits.slice(10);
}

/** ISO 7064 mod 97-10 of an alphanumeric string, letters counting A = 10 … Z = 35. */
function mod97(alphanumeric: string): number {
  let remainder = 0;
  for (const char of alphanumeric) {
    const value = parseInt(char, 36);
    remainder = value < 10 ? (remainder * 10 + value) % 97 : (remainder * 100 + value) % 97;
  }
  return remainder;
}

/** `539007547034` → `RF18539007547034` (compact; `formatCreditorReference` groups it for print). */
export function creditorReference(body: string): string {
  const upper = body.toUpperCase();
  if (!CREDITOR_REFERENCE_BODY.test(upper)) {
    throw new PaymentReferenceInvalidError(`${JSON.stringify(body)} is not 1 to 21 letters or digits`);
  }
  const check = 98 - mod97(`${upper}RF00`);
  return `RF${String(check).padStart(2, '0')}${upper}`;
}

/** Upper case without spaces, dashes or dots: `rf18 5390 0754 7034` → `RF18539007547034`. */
export function compactCreditorReference(text: string): string {
  return text.replace(/[\s.-]/g, '').toUpperCase();
}

export function isValidCreditorReference(text: string): boolean {
  const compact = compactCreditorReference(text);
  return /^RF\d{2}[0-9A-Z]{1,21}$/.test(compact) && mod97(compact.slice(4) + compact.slice(0, 4)) === 1;
}

/** Groups of four, the last one shorter: `RF18 5390 0754 7034`. */
export function formatCreditorReference(reference: string): string {
  return compactCreditorReference(reference).replace(/(.{4})(?=.)/g, '$1 ');
}

/** The case's Belgian structured communication, as printed. */
export function belgianStructuredReferenceForCase(caseId: string, variant = 0): string {
  return belgianStructuredReference(paymentDigitsFromCaseId(caseId, variant));
}

/** The case's ISO 11649 creditor reference over the same ten digits, grouped for print. */
export function creditorReferenceForCase(caseId: string, variant = 0): string {
  return formatCreditorReference(creditorReference(paymentDigitsFromCaseId(caseId, variant)));
}
