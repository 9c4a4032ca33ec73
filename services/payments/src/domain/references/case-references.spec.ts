import { caseReferences } from './case-references';
import { isValidCreditorReference } from './creditor-reference';
import { isValidStructuredCommunication } from './structured-communication';

describe('caseReferences', () => {
  const caseId = '3f2b8c1e-9a4d-4c6b-8e2f-1a2b3c4d5e6f';

  it('derives both references from the same ten digits, valid and stable', () => {
    const first = caseReferences(caseId);
    expect(first).toEqual(caseReferences(caseId));
    expect(first.ogm.slice(0, 10)).toBe(first.digits);
    expect(first.rf.slice(4)).toBe(first.digits);
    expect(isValidStructuredCommunication(first.ogm)).toBe(true);
    expect(isValidCreditorReference(first.rf)).toBe(true);
  });

  it('gives another variant of the case other digits, for a clash', () => {
    expect(caseReferences(caseId, 1).digits).not.toBe(caseReferences(caseId).digits);
  });

  it('refuses a case id that is not a UUID', () => {
    expect(() => caseReferences('case-42')).toThrow('is not a UUID');
  });
});
