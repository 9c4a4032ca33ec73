import { expandLetters, mod97 } from './mod97';
import {
  CaseSequenceInvalidError,
  ReferenceCharactersInvalidError,
  ReferenceCheckDigitsInvalidError,
  ReferenceLengthInvalidError,
  type ReferenceParse,
} from './reference.errors';

/**
 * ISO 11649 creditor reference, normalised: `RF`, two check digits, 1 to 21 upper-case
 * alphanumerics, no spaces. Checked with ISO 7064 mod 97-10, exactly as an IBAN.
 */
export type CreditorReference = string & { readonly __scheme: 'RF' };

const MAX_BODY = 21;

// The check digits are computed with the "RF00" header moved behind the body, as for IBAN.
function remainderOf(body: string, header: string): number {
  return mod97(expandLetters(body + header));
}

export function generateCreditorReference(caseSequence: bigint | number | string): CreditorReference {
  const body = String(caseSequence).toUpperCase();
  if (!/^[A-Z0-9]+$/.test(body) || body.length > MAX_BODY) {
    throw new CaseSequenceInvalidError('RF', body, `case sequence ${body} is not 1 to ${MAX_BODY} letters or digits`);
  }
  const check = String(98 - remainderOf(body, 'RF00')).padStart(2, '0');
  return `RF${check}${body}` as CreditorReference;
}

export function parseCreditorReference(input: string): ReferenceParse<CreditorReference> {
  const compact = input.replace(/\s/g, '').toUpperCase();
  if (!/^RF\d{2}[A-Z0-9]*$/.test(compact)) {
    return { ok: false, error: new ReferenceCharactersInvalidError('RF', input, `creditor reference ${input} is not RF, two digits and letters or digits`) };
  }
  const body = compact.slice(4);
  if (body.length < 1 || body.length > MAX_BODY) {
    return { ok: false, error: new ReferenceLengthInvalidError('RF', input, `creditor reference ${input} has ${body.length} characters after the check digits, not 1 to ${MAX_BODY}`) };
  }
  if (remainderOf(body, compact.slice(0, 4)) !== 1) {
    return { ok: false, error: new ReferenceCheckDigitsInvalidError('RF', input, `creditor reference ${input} has wrong check digits`) };
  }
  return { ok: true, reference: compact as CreditorReference };
}

export function isValidCreditorReference(input: string): boolean {
  return parseCreditorReference(input).ok;
}

/** Groups of four, as ISO 11649 recommends for print: `RF18 5390 0754 7034`. */
export function formatCreditorReference(reference: CreditorReference): string {
  return reference.match(/.{1,4}/g)!.join(' ');
}
