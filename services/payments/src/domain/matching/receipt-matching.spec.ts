import type { Money } from '../money';
import { matchReceipt, type OpenCaseCandidate, type ReceiptToMatch } from './index';

const eur = (amountMinor: bigint): Money => ({ amountMinor, currency: 'EUR' });
const issued: Record<string, string> = {
  '090933755493': 'case-peeters',
  RF18539007547034: 'case-devries',
  RF872024000118: 'case-deboer',
  '123456789002': 'case-dupont',
};
const caseByReference = (reference: string) => issued[reference];
const receipt = (fields: Partial<ReceiptToMatch>): ReceiptToMatch => ({ amount: eur(25000n), ...fields });
const openCase = (caseId: string, debtorName: string, outstanding: bigint, instalments: bigint[] = []): OpenCaseCandidate => ({
  caseId,
  debtorName,
  outstanding: eur(outstanding),
  expectedInstalments: instalments.map(eur),
});

describe('matchReceipt', () => {
  it('matches by structured reference, whatever the printed form', () => {
    expect(matchReceipt(receipt({ structuredReference: '+++090/9337/55493+++' }), { caseByReference, openCases: [] })).toEqual({
      matched: true,
      caseId: 'case-peeters',
      method: 'STRUCTURED_REFERENCE',
      reference: '090933755493',
    });
    expect(matchReceipt(receipt({ structuredReference: 'RF18 5390 0754 7034' }), { caseByReference, openCases: [] })).toMatchObject({
      caseId: 'case-devries',
      method: 'STRUCTURED_REFERENCE',
    });
  });

  it('prefers the structured reference over a reference in the text', () => {
    const result = matchReceipt(receipt({ structuredReference: '123456789002', remittanceText: 'dossier +++090/9337/55493+++' }), { caseByReference, openCases: [] });
    expect(result).toMatchObject({ matched: true, caseId: 'case-dupont', method: 'STRUCTURED_REFERENCE' });
  });

  it('falls back to a valid reference found in the free text', () => {
    const result = matchReceipt(receipt({ remittanceText: 'Betaling dossier RF87 2024 0001 18 termijn 2' }), { caseByReference, openCases: [] });
    expect(result).toEqual({ matched: true, caseId: 'case-deboer', method: 'TEXT_REFERENCE', reference: 'RF872024000118' });
  });

  it('looks past an unknown structured reference to the text', () => {
    const result = matchReceipt(receipt({ structuredReference: '4455667788', remittanceText: 'ogm 090/9337/55493' }), { caseByReference, openCases: [] });
    expect(result).toMatchObject({ matched: true, caseId: 'case-peeters', method: 'TEXT_REFERENCE' });
  });

  it('is ambiguous when the text names references of two different cases', () => {
    const result = matchReceipt(receipt({ remittanceText: '+++090/9337/55493+++ and +++123/4567/89002+++' }), { caseByReference, openCases: [] });
    expect(result).toMatchObject({ matched: false, code: 'AMBIGUOUS', reason: 'ambiguous: 2 candidates', candidateCaseIds: ['case-peeters', 'case-dupont'] });
  });

  it('matches by outstanding amount and a normalised debtor name when exactly one open case fits', () => {
    const openCases = [openCase('case-a', 'Bakkerij De Vries B.V.', 30000n), openCase('case-b', 'Bakkerij De Vries BV', 12500n), openCase('case-c', 'Jan Peeters', 30000n)];
    const result = matchReceipt(receipt({ amount: eur(30000n), debtorName: 'DE VRIES BAKKERIJ NV', remittanceText: 'factuur 2024-0345' }), { caseByReference, openCases });
    expect(result).toEqual({ matched: true, caseId: 'case-a', method: 'AMOUNT_AND_NAME' });
  });

  it('matches an expected instalment amount too', () => {
    const openCases = [openCase('case-plan', 'Schäfer, Jürgen', 150000n, [50000n]), openCase('case-other', 'Jürgen Schäfer', 80000n)];
    const result = matchReceipt(receipt({ amount: eur(50000n), debtorName: 'Jurgen Schafer' }), { caseByReference, openCases });
    expect(result).toMatchObject({ matched: true, caseId: 'case-plan', method: 'AMOUNT_AND_NAME' });
  });

  it('is ambiguous when several open cases fit amount and name', () => {
    const openCases = [openCase('case-1', 'Marie Lambert', 8000n), openCase('case-2', 'LAMBERT MARIE', 20000n, [8000n]), openCase('case-3', 'Marie Lambert', 8000n)];
    const result = matchReceipt(receipt({ amount: eur(8000n), debtorName: 'Lambert, Marie' }), { caseByReference, openCases });
    expect(result).toEqual({
      matched: false,
      code: 'AMBIGUOUS',
      reason: 'ambiguous: 3 candidates',
      unknownReferences: [],
      candidateCaseIds: ['case-1', 'case-2', 'case-3'],
    });
  });

  it('does not match by amount alone, by name alone, or across currencies', () => {
    const openCases = [openCase('case-a', 'Jan Peeters', 25000n)];
    const sources = { caseByReference, openCases };
    expect(matchReceipt(receipt({ amount: eur(25000n), debtorName: 'Piet Janssens' }), sources)).toMatchObject({ matched: false, code: 'NO_REFERENCE' });
    expect(matchReceipt(receipt({ amount: eur(24999n), debtorName: 'Jan Peeters' }), sources)).toMatchObject({ matched: false, code: 'NO_REFERENCE' });
    expect(matchReceipt(receipt({ amount: { amountMinor: 25000n, currency: 'SEK' }, debtorName: 'Jan Peeters' }), sources)).toMatchObject({ matched: false });
    expect(matchReceipt(receipt({ amount: eur(25000n) }), sources)).toMatchObject({ matched: false, reason: 'no reference' });
  });

  it('says the reference is unknown when a reference was given but names no case', () => {
    const result = matchReceipt(receipt({ structuredReference: '+++020/0123/45640+++', remittanceText: 'see RF07NL4471' }), { caseByReference, openCases: [] });
    expect(result).toEqual({
      matched: false,
      code: 'REFERENCE_UNKNOWN',
      reason: 'reference unknown',
      unknownReferences: ['020012345640', 'RF07NL4471'],
      candidateCaseIds: [],
    });
  });

  it('says there is no reference when the text holds only numbers that fail their check digits', () => {
    const result = matchReceipt(receipt({ remittanceText: 'invoice +++090/9337/55494+++' }), { caseByReference, openCases: [] });
    expect(result).toMatchObject({ matched: false, code: 'NO_REFERENCE', reason: 'no reference' });
  });
});
