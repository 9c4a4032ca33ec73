import { aCaseFileInput, TODAY } from '../../../test/builders/case-file-input.builder';
import type { CaseFile } from '../case-file/case-file';
import { fingerprintCaseFile } from '../case-file/case-file-fingerprint';
import { validateCaseFile } from '../case-file/validate-case-file';
import { Case, type CaseProps } from './case.aggregate';

const OPENED_AT = new Date('2026-11-22T10:00:00Z');
const WITHDRAWN_AT = new Date('2026-11-25T08:30:00Z');

function aCaseFile(): CaseFile {
  const validation = validateCaseFile(aCaseFileInput(), TODAY);
  if (!validation.ok) throw new Error(`the builder's case file should be valid: ${JSON.stringify(validation.errors)}`);
  return validation.caseFile;
}

function openingProps(): Omit<CaseProps, 'state' | 'withdrawnAt' | 'withdrawalReason'> {
  const caseFile = aCaseFile();
  return {
    id: 'case-1',
    creditorId: 'creditor-1',
    caseFile,
    fingerprint: fingerprintCaseFile(caseFile),
    consultantId: 'consultant-a',
    origin: { route: 'api' },
    openedAt: OPENED_AT,
  };
}

describe('Case', () => {
  describe('open', () => {
    it('opens the case and records CaseOpened', () => {
      const opened = Case.open(openingProps());

      expect(opened.props).toMatchObject({ id: 'case-1', state: 'open', withdrawnAt: null, withdrawalReason: null, openedAt: OPENED_AT });
      expect(opened.pullEvents()).toEqual([{ type: 'CaseOpened', caseId: 'case-1' }]);
    });

    it('records RegistrationFeeCharged after CaseOpened when the contract has a positive fee', () => {
      const fee = { amountMinor: 1_500n, currency: 'EUR' };

      expect(Case.open(openingProps(), fee).pullEvents()).toEqual([
        { type: 'CaseOpened', caseId: 'case-1' },
        { type: 'RegistrationFeeCharged', caseId: 'case-1', fee },
      ]);
    });

    it.each([
      ['no fee', undefined],
      ['a zero fee', { amountMinor: 0n, currency: 'EUR' }],
      ['a negative fee', { amountMinor: -100n, currency: 'EUR' }],
    ])('charges nothing with %s', (_label, fee) => {
      expect(Case.open(openingProps(), fee).pullEvents().map((event) => event.type)).toEqual(['CaseOpened']);
    });

    it('needs manual assignment when no consultant was found', () => {
      expect(Case.open({ ...openingProps(), consultantId: null }).needsManualAssignment).toBe(true);
      expect(Case.open(openingProps()).needsManualAssignment).toBe(false);
    });
  });

  describe('withdraw', () => {
    it('withdraws an open case with the reason and the time, and records CaseWithdrawn', () => {
      const withdrawn = Case.open(openingProps());
      withdrawn.pullEvents();

      withdrawn.withdraw('paid directly to the creditor', WITHDRAWN_AT);

      expect(withdrawn.props).toMatchObject({ state: 'withdrawn', withdrawnAt: WITHDRAWN_AT, withdrawalReason: 'paid directly to the creditor' });
      expect(withdrawn.pullEvents()).toEqual([{ type: 'CaseWithdrawn', caseId: 'case-1', reason: 'paid directly to the creditor' }]);
    });

    it('records nothing more and keeps the first reason and time when withdrawn twice', () => {
      const withdrawn = Case.open(openingProps());
      withdrawn.pullEvents();
      withdrawn.withdraw('paid directly to the creditor', WITHDRAWN_AT);
      withdrawn.pullEvents();

      withdrawn.withdraw('sent by mistake', new Date('2026-12-01T00:00:00Z'));

      expect(withdrawn.pullEvents()).toEqual([]);
      expect(withdrawn.props).toMatchObject({ state: 'withdrawn', withdrawnAt: WITHDRAWN_AT, withdrawalReason: 'paid directly to the creditor' });
    });

    it('records CaseWithdrawn only once when withdrawn twice before the events are pulled', () => {
      const withdrawn = Case.open(openingProps());

      withdrawn.withdraw('paid directly to the creditor', WITHDRAWN_AT);
      withdrawn.withdraw('paid directly to the creditor', WITHDRAWN_AT);

      expect(withdrawn.pullEvents().map((event) => event.type)).toEqual(['CaseOpened', 'CaseWithdrawn']);
    });
  });

  describe('pullEvents', () => {
    it('hands each recorded event out once', () => {
      const opened = Case.open(openingProps());

      expect(opened.pullEvents()).toHaveLength(1);
      expect(opened.pullEvents()).toEqual([]);
    });
  });

  describe('restore', () => {
    it('brings back a stored case as it was, without recording any event', () => {
      const props: CaseProps = { ...openingProps(), state: 'withdrawn', withdrawnAt: WITHDRAWN_AT, withdrawalReason: 'settled' };

      const restored = Case.restore(props);

      expect(restored.props).toEqual(props);
      expect(restored.pullEvents()).toEqual([]);
    });

    it('records CaseWithdrawn when a restored open case is withdrawn', () => {
      const restored = Case.restore({ ...openingProps(), state: 'open', withdrawnAt: null, withdrawalReason: null });

      restored.withdraw('settled', WITHDRAWN_AT);

      expect(restored.pullEvents()).toEqual([{ type: 'CaseWithdrawn', caseId: 'case-1', reason: 'settled' }]);
    });
  });
});
