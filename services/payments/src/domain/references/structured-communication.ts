import { mod97 } from './mod97';
import {
  CaseSequenceInvalidError,
  ReferenceCharactersInvalidError,
  ReferenceCheckDigitsInvalidError,
  ReferenceLengthInvalidError,
  type ReferenceParse,
} from './reference.errors';

/**
 * Belgian structured communication (OGM/VCS), normalised to its 12 digits: a 10-digit base and
 * two check digits, the base mod 97 with 0 written as 97. Banks print it `+++123/4567/89002+++`.
 */
export type StructuredCommunication = string & { readonly __scheme: 'OGM' };

const BASE_DIGITS = 10;

function checkDigits(base: string): string {
  const remainder = mod97(base);
  return String(remainder === 0 ? 97 : remainder).padStart(2, '0');
}

/** The same case sequence number always yields the same communication, so letters can be reprinted. */
export function generateStructuredCommunication(caseSequence: bigint | number | string): StructuredCommunication {
  const text = String(caseSequence);
  if (!/^\d+$/.test(text) || text.length > BASE_DIGITS) {
    throw new CaseSequenceInvalidError('OGM', text, `case sequence ${text} is not a whole number of at most ${BASE_DIGITS} digits`);
  }
  const base = text.padStart(BASE_DIGITS, '0');
  return (base + checkDigits(base)) as StructuredCommunication;
}

// Debtors copy the communication with or without the +++ / *** frame, slashes, spaces or dots.
function stripDecoration(input: string): string {
  return input
    .trim()
    .replace(/^(\+{3}|\*{3})/, '')
    .replace(/(\+{3}|\*{3})$/, '')
    .replace(/[\s/.]/g, '');
}

export function parseStructuredCommunication(input: string): ReferenceParse<StructuredCommunication> {
  const digits = stripDecoration(input);
  if (!/^\d*$/.test(digits)) {
    return { ok: false, error: new ReferenceCharactersInvalidError('OGM', input, `structured communication ${input} holds characters other than digits`) };
  }
  if (digits.length !== BASE_DIGITS + 2) {
    return { ok: false, error: new ReferenceLengthInvalidError('OGM', input, `structured communication ${input} has ${digits.length} digits, not 12`) };
  }
  if (checkDigits(digits.slice(0, BASE_DIGITS)) !== digits.slice(BASE_DIGITS)) {
    return { ok: false, error: new ReferenceCheckDigitsInvalidError('OGM', input, `structured communication ${input} has wrong check digits`) };
  }
  return { ok: true, reference: digits as StructuredCommunication };
}

export function isValidStructuredCommunication(input: string): boolean {
  return parseStructuredCommunication(input).ok;
}

export function formatStructuredCommunication(reference: StructuredCommunication): string {
  return `+++${reference.slice(0, 3)}/${reference.slice(3, 7)}/${reference.slice(7)}+++`;
}
