import type { Money } from '../money';
import { sameDebtorName } from './debtor-name.normalisation';
import { findReferencesInText } from '../references';

/** The form references are issued and looked up in: no frames, slashes or spaces, upper case. */
const normaliseReference = (raw: string): string => raw.replace(/[\s+*/]/g, '').toUpperCase();

/** What matching needs to know of one receipt (one `TxDtls` of a credit entry, a gateway payment…). */
export interface ReceiptToMatch {
  readonly amount: Money;
  /** The structured creditor reference as received (`+++090/9337/55493+++`, `RF18 5390 0754 7034`, an OCR number). */
  readonly structuredReference?: string;
  /** Free remittance text, searched for OGM and RF references. */
  readonly remittanceText?: string;
  readonly debtorName?: string;
}

/** An open case the receipt might pay, for matching by amount and name. */
export interface OpenCaseCandidate {
  readonly caseId: string;
  readonly debtorName: string;
  readonly outstanding: Money;
  /** Amounts of instalments the debtor is expected to pay (plan instalments, a settlement). */
  readonly expectedInstalments?: readonly Money[];
}

export interface MatchingSources {
  /** The case a normalised reference (`090933755493`, `RF18539007547034`) was issued for, if any. */
  caseByReference(reference: string): string | undefined;
  readonly openCases: readonly OpenCaseCandidate[];
}

export type MatchMethod = 'STRUCTURED_REFERENCE' | 'TEXT_REFERENCE' | 'AMOUNT_AND_NAME';
export type UnmatchedCode = 'NO_REFERENCE' | 'REFERENCE_UNKNOWN' | 'AMBIGUOUS';

export type ReceiptMatch =
  | {
      readonly matched: true;
      readonly caseId: string;
      readonly method: MatchMethod;
      /** The normalised reference that matched (absent for AMOUNT_AND_NAME). */
      readonly reference?: string;
    }
  | {
      readonly matched: false;
      readonly code: UnmatchedCode;
      /** `'no reference'`, `'reference unknown'` or `'ambiguous: N candidates'`. */
      readonly reason: string;
      /** The normalised references that were looked up and not found. */
      readonly unknownReferences: readonly string[];
      /** The cases that fitted equally well when ambiguous. */
      readonly candidateCaseIds: readonly string[];
    };

/**
 * Finds the case a receipt pays: by its structured reference, then by an OGM / RF reference in its
 * free text, then by amount (the outstanding balance or an expected instalment) and debtor name
 * among the open cases — only when exactly one case fits. Otherwise says why not.
 */
export function matchReceipt(receipt: ReceiptToMatch, sources: MatchingSources): ReceiptMatch {
  const unknownReferences: string[] = [];

  const structured = receipt.structuredReference === undefined ? '' : normaliseReference(receipt.structuredReference);
  if (structured) {
    const caseId = sources.caseByReference(structured);
    if (caseId !== undefined) return { matched: true, caseId, method: 'STRUCTURED_REFERENCE', reference: structured };
    unknownReferences.push(structured);
  }

  const inText = findReferencesInText(receipt.remittanceText ?? '').map((found) => found.reference as string).filter((reference) => reference !== structured);
  const known = new Map<string, string>(); // case id → first reference naming it
  for (const reference of inText) {
    const caseId = sources.caseByReference(reference);
    if (caseId === undefined) unknownReferences.push(reference);
    else if (!known.has(caseId)) known.set(caseId, reference);
  }
  if (known.size === 1) {
    const [[caseId, reference]] = [...known];
    return { matched: true, caseId: caseId!, method: 'TEXT_REFERENCE', reference };
  }
  if (known.size > 1) return ambiguous([...known.keys()], unknownReferences);

  const fitting = sources.openCases.filter((candidate) => amountFits(receipt.amount, candidate) && sameDebtorName(receipt.debtorName, candidate.debtorName));
  if (fitting.length === 1) return { matched: true, caseId: fitting[0]!.caseId, method: 'AMOUNT_AND_NAME' };
  if (fitting.length > 1) return ambiguous(fitting.map((c) => c.caseId), unknownReferences);

  return unknownReferences.length > 0
    ? { matched: false, code: 'REFERENCE_UNKNOWN', reason: 'reference unknown', unknownReferences, candidateCaseIds: [] }
    : { matched: false, code: 'NO_REFERENCE', reason: 'no reference', unknownReferences, candidateCaseIds: [] };
}

function amountFits(amount: Money, candidate: OpenCaseCandidate): boolean {
  const expected = [candidate.outstanding, ...(candidate.expectedInstalments ?? [])];
  return expected.some((m) => m.currency === amount.currency && m.amountMinor === amount.amountMinor);
}

function ambiguous(caseIds: string[], unknownReferences: string[]): ReceiptMatch {
  return { matched: false, code: 'AMBIGUOUS', reason: `ambiguous: ${caseIds.length} candidates`, unknownReferences, candidateCaseIds: caseIds };
}
