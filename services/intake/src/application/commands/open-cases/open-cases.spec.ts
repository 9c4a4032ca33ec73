import { aCaseFileInput, TODAY } from '../../../../test/builders/case-file-input.builder';
import { FixedCreditorTerms } from '../../../../test/fakes/fixed-creditor.terms';
import { InMemoryCaseImportLog } from '../../../../test/fakes/in-memory-case-import.log';
import { InMemoryCaseMessages } from '../../../../test/fakes/in-memory-case.messages';
import { InMemoryCaseRecords } from '../../../../test/fakes/in-memory-case.records';
import { InMemoryCaseStore } from '../../../../test/fakes/in-memory-case.store';
import { aConsultant, InMemoryConsultantPool } from '../../../../test/fakes/in-memory-consultant.pool';
import { Case } from '../../../domain/case/case.aggregate';
import type { CaseFile } from '../../../domain/case-file/case-file';
import { fingerprintCaseFile } from '../../../domain/case-file/case-file-fingerprint';
import type { CaseFileInput } from '../../../domain/case-file/case-file.input';
import { validateCaseFile } from '../../../domain/case-file/validate-case-file';
import type { ConsultantCandidate } from '../../../domain/consultant/consultant-assignment';
import type { IntakeTransaction } from '../../ports/intake-transaction.port';
import { openCases } from './open-cases';

const CREDITOR = 'creditor-1';
const NOW = new Date('2026-11-22T10:00:00Z');
const API = { route: 'api' } as const;

function aCaseFile(overrides: Partial<CaseFileInput> = {}): CaseFile {
  const validation = validateCaseFile(aCaseFileInput(overrides), TODAY);
  if (!validation.ok) throw new Error(`expected a valid case file: ${JSON.stringify(validation.errors)}`);
  return validation.caseFile;
}

/** The same case file with the second invoice's principal changed. */
function aChangedCaseFile(overrides: Partial<CaseFileInput> = {}): CaseFile {
  const changed = aCaseFile(overrides);
  changed.invoices[1].principalMinor += 100n;
  return changed;
}

/** A case another writer opened for this reference. */
function anotherWritersCase(caseFile: CaseFile): Case {
  return Case.open({ id: 'other-writers-case', creditorId: CREDITOR, caseFile, fingerprint: fingerprintCaseFile(caseFile), consultantId: 'consultant-b', origin: API, openedAt: NOW });
}

function intake(consultants: ConsultantCandidate[] = [aConsultant({ id: 'consultant-a' }), aConsultant({ id: 'consultant-b' })], terms = new FixedCreditorTerms()) {
  const cases = new InMemoryCaseStore();
  const pool = new InMemoryConsultantPool(consultants);
  const tx: IntakeTransaction = { cases, consultants: pool, terms, imports: new InMemoryCaseImportLog(), records: new InMemoryCaseRecords(), messages: new InMemoryCaseMessages() };
  return { tx, cases, pool };
}

describe('openCases', () => {
  it('opens a case for a new reference with the least loaded consultant, and counts it in their load', async () => {
    const { tx, cases, pool } = intake([aConsultant({ id: 'consultant-a', openCases: 7 }), aConsultant({ id: 'consultant-b', openCases: 2 })]);

    const [outcome] = await openCases(tx, CREDITOR, [aCaseFile()], API, NOW);

    expect(outcome).toEqual({ status: 'opened', caseId: expect.any(String), consultantId: 'consultant-b' });
    expect(pool.openCasesOf('consultant-b')).toBe(3);
    expect(pool.openCasesOf('consultant-a')).toBe(7);
    const [stored] = cases.all;
    expect(stored.props).toMatchObject({ id: outcome.caseId, creditorId: CREDITOR, consultantId: 'consultant-b', state: 'open', origin: API, openedAt: NOW });
    expect(stored.props.caseFile.creditorReference).toBe('ACME-2026-000123');
    expect(cases.published).toEqual([{ type: 'CaseOpened', caseId: outcome.caseId }]);
  });

  it('gives the next new case to the other consultant once the first one\'s load has grown', async () => {
    const { tx, pool } = intake();

    const [first] = await openCases(tx, CREDITOR, [aCaseFile({ creditorReference: 'REF-1' })], API, NOW);
    const [second] = await openCases(tx, CREDITOR, [aCaseFile({ creditorReference: 'REF-2' })], API, NOW);

    expect(first).toMatchObject({ status: 'opened', consultantId: 'consultant-a' });
    expect(second).toMatchObject({ status: 'opened', consultantId: 'consultant-b' });
    expect([pool.openCasesOf('consultant-a'), pool.openCasesOf('consultant-b')]).toEqual([1, 1]);
  });

  it('spreads a batch of new cases across consultants and adds each one\'s share to their load', async () => {
    const { tx, pool } = intake();
    const files = ['REF-1', 'REF-2', 'REF-3'].map((creditorReference) => aCaseFile({ creditorReference }));

    const outcomes = await openCases(tx, CREDITOR, files, API, NOW);

    expect(outcomes.map((outcome) => outcome.status === 'opened' && outcome.consultantId)).toEqual(['consultant-a', 'consultant-b', 'consultant-a']);
    expect([pool.openCasesOf('consultant-a'), pool.openCasesOf('consultant-b')]).toEqual([2, 1]);
  });

  it('charges the creditor\'s registration fee with each case it opens', async () => {
    const fee = { amountMinor: 2_500n, currency: 'EUR' };
    const { tx, cases } = intake(undefined, new FixedCreditorTerms({ [CREDITOR]: fee }));

    const [outcome] = await openCases(tx, CREDITOR, [aCaseFile()], API, NOW);

    expect(cases.published).toEqual([
      { type: 'CaseOpened', caseId: outcome.caseId },
      { type: 'RegistrationFeeCharged', caseId: outcome.caseId, fee },
    ]);
  });

  it('answers "existing" with the same case for the same reference and content, opening nothing', async () => {
    const { tx, cases, pool } = intake();
    const [opened] = await openCases(tx, CREDITOR, [aCaseFile()], API, NOW);

    const [again] = await openCases(tx, CREDITOR, [aCaseFile()], API, NOW);

    expect(again).toEqual({ status: 'existing', caseId: opened.caseId, consultantId: 'consultant-a' });
    expect(cases.all).toHaveLength(1);
    expect(cases.published).toHaveLength(1);
    expect(pool.openCasesOf('consultant-a')).toBe(1);
  });

  it('answers "conflict" with the differing fields for the same reference with other content', async () => {
    const { tx, cases } = intake();
    const [opened] = await openCases(tx, CREDITOR, [aCaseFile()], API, NOW);

    const [changed] = await openCases(tx, CREDITOR, [aChangedCaseFile()], API, NOW);

    expect(changed).toEqual({ status: 'conflict', caseId: opened.caseId, differences: [expect.objectContaining({ field: 'invoices[1].principalMinor', code: 'DIFFERS' })] });
    expect(cases.all).toHaveLength(1);
    expect(cases.all[0].props.caseFile.invoices[1].principalMinor).toBe(40_050n);
  });

  it('keeps the references of different creditors apart', async () => {
    const { tx, cases } = intake();
    const [mine] = await openCases(tx, CREDITOR, [aCaseFile()], API, NOW);

    const [theirs] = await openCases(tx, 'creditor-2', [aChangedCaseFile()], API, NOW);

    expect(theirs).toMatchObject({ status: 'opened' });
    expect(theirs.caseId).not.toBe(mine.caseId);
    expect(cases.all).toHaveLength(2);
  });

  it('opens one case for two files with the same reference and content in one batch', async () => {
    const { tx, cases, pool } = intake();

    const [first, second] = await openCases(tx, CREDITOR, [aCaseFile(), aCaseFile()], API, NOW);

    expect(first).toMatchObject({ status: 'opened', consultantId: 'consultant-a' });
    expect(second).toEqual({ status: 'existing', caseId: first.caseId, consultantId: 'consultant-a' });
    expect(cases.all).toHaveLength(1);
    expect([pool.openCasesOf('consultant-a'), pool.openCasesOf('consultant-b')]).toEqual([1, 0]);
  });

  it('opens the first of two files with the same reference in one batch and answers "conflict" for the other if it differs', async () => {
    const { tx, cases } = intake();

    const [first, second] = await openCases(tx, CREDITOR, [aCaseFile(), aChangedCaseFile()], API, NOW);

    expect(first).toMatchObject({ status: 'opened' });
    expect(second).toEqual({ status: 'conflict', caseId: first.caseId, differences: [expect.objectContaining({ field: 'invoices[1].principalMinor' })] });
    expect(cases.all).toHaveLength(1);
  });

  it('opens one case when the very same case file object comes twice in a batch', async () => {
    const { tx, cases } = intake();
    const file = aCaseFile();

    const [first, second] = await openCases(tx, CREDITOR, [file, file], API, NOW);

    expect(first).toMatchObject({ status: 'opened' });
    expect(second).toMatchObject({ status: 'existing', caseId: first.caseId });
    expect(cases.all).toHaveLength(1);
  });

  it('answers "existing" with the other writer\'s case when a concurrent writer inserted the same content first', async () => {
    const { tx, cases, pool } = intake();
    cases.insertConcurrentlyBeforeNextInsert(anotherWritersCase(aCaseFile()));

    const [outcome] = await openCases(tx, CREDITOR, [aCaseFile()], API, NOW);

    expect(outcome).toEqual({ status: 'existing', caseId: 'other-writers-case', consultantId: 'consultant-b' });
    expect(cases.casesOfReference(CREDITOR, 'ACME-2026-000123').map((c) => c.props.id)).toEqual(['other-writers-case']);
    expect(cases.published).toEqual([]);
    expect([pool.openCasesOf('consultant-a'), pool.openCasesOf('consultant-b')]).toEqual([0, 0]);
  });

  it('answers "conflict" with the other writer\'s case when a concurrent writer inserted other content first', async () => {
    const { tx, cases, pool } = intake();
    cases.insertConcurrentlyBeforeNextInsert(anotherWritersCase(aChangedCaseFile()));

    const [outcome] = await openCases(tx, CREDITOR, [aCaseFile()], API, NOW);

    expect(outcome).toEqual({ status: 'conflict', caseId: 'other-writers-case', differences: [expect.objectContaining({ field: 'invoices[1].principalMinor' })] });
    expect(cases.casesOfReference(CREDITOR, 'ACME-2026-000123')).toHaveLength(1);
    expect(pool.openCasesOf('consultant-a')).toBe(0);
  });

  it('still opens the other cases of a batch in which one reference lost a race', async () => {
    const { tx, cases, pool } = intake();
    cases.insertConcurrentlyBeforeNextInsert(anotherWritersCase(aCaseFile({ creditorReference: 'REF-2' })));
    const files = ['REF-1', 'REF-2', 'REF-3'].map((creditorReference) => aCaseFile({ creditorReference }));

    const outcomes = await openCases(tx, CREDITOR, files, API, NOW);

    expect(outcomes.map((outcome) => outcome.status)).toEqual(['opened', 'existing', 'opened']);
    expect(outcomes[1].caseId).toBe('other-writers-case');
    expect(cases.all).toHaveLength(3);
    expect(cases.published.map((event) => event.caseId)).toEqual([outcomes[0].caseId, outcomes[2].caseId]);
    expect((pool.openCasesOf('consultant-a') ?? 0) + (pool.openCasesOf('consultant-b') ?? 0)).toBe(2);
  });

  it('opens the case without a consultant when nobody covers the debtor country', async () => {
    const { tx, cases } = intake([aConsultant({ id: 'consultant-nl', countries: ['NL'] }), aConsultant({ id: 'consultant-fr', countries: ['FR'], languages: ['fr'] })]);

    const [outcome] = await openCases(tx, CREDITOR, [aCaseFile()], API, NOW);

    expect(outcome).toEqual({ status: 'opened', caseId: expect.any(String), consultantId: null });
    expect(cases.all[0].needsManualAssignment).toBe(true);
  });
});
