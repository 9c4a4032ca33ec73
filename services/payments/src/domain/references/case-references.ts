import { generateCreditorReference, type CreditorReference } from './creditor-reference';
import { generateStructuredCommunication, type StructuredCommunication } from './structured-communication';
import { CaseSequenceInvalidError } from './reference.errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TEN_TO_THE_TEN = 10_000_000_000n;
/** Coprime with 10^10, so variants 0, 1, 2… of one case give distinct digits. */
const VARIANT_STRIDE = 1_000_000_007n;

/**
 * The references a case is paid with: an OGM and an RF reference over the same ten digits derived
 * from the case id — the derivation notifications uses to print them on letters, so a letter
 * needs no round trip to payments. The digits are not unique (10^10 values for random UUIDs):
 * payments stores them under a unique key and, on a clash, issues variant 1, 2… of the case.
 */
export function caseReferences(caseId: string, variant = 0): { digits: string; ogm: StructuredCommunication; rf: CreditorReference } {
  if (!UUID.test(caseId)) throw new CaseSequenceInvalidError('OGM', caseId, `case id ${JSON.stringify(caseId)} is not a UUID`);
  const digits = ((BigInt(`0x${caseId.replace(/-/g, '')}`) + BigInt(variant) * VARIANT_STRIDE) % TEN_TO_THE_TEN).toString().padStart(10, '0');
  return { digits, ogm: generateStructuredCommunication(digits), rf: generateCreditorReference(digits) };
}
