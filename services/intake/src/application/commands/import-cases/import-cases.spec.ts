import { FixedClock } from '@collections/clock';
import { aCaseFileInput, TODAY } from '../../../../test/builders/case-file-input.builder';
import { InMemoryCaseImportStore } from '../../../../test/fakes/in-memory-case-import.store';
import { InMemoryCaseStore } from '../../../../test/fakes/in-memory-case.store';
import { aConsultant, InMemoryConsultantPool } from '../../../../test/fakes/in-memory-consultant.pool';
import { InMemoryUnitOfWork } from '../../../../test/fakes/in-memory-unit-of-work';
import { Case } from '../../../domain/case/case.aggregate';
import { fingerprintCaseFile } from '../../../domain/case-file/case-file-fingerprint';
import type { CaseFileInput } from '../../../domain/case-file/case-file.input';
import { validateCaseFile } from '../../../domain/case-file/validate-case-file';
import type { FieldError } from '../../../domain/shared/field-error';
import { ImportCasesHandler, type ImportItem } from './import-cases';

const IMPORT = 'import-1';
const CREDITOR = 'creditor-1';
const NOW = '2026-11-22T10:00:00Z';

/** A case of `rows` data rows from `line`; its problems are located at `line`, in a column named after the field. */
function aCaseItem(line: number, overrides: Partial<CaseFileInput> = {}, rows = 1): ImportItem {
  return {
    kind: 'case',
    caseFile: aCaseFileInput({ creditorReference: `REF-${line}`, ...overrides }),
    rows,
    firstLine: line,
    locate: (error: FieldError) => ({ line, column: `column of ${error.field}` }),
  };
}

function manyCases(count: number): ImportItem[] {
  return Array.from({ length: count }, (_, i) => aCaseItem(i + 2));
}

async function* fileOf(items: ImportItem[]): AsyncIterable<ImportItem> {
  for (const item of items) yield item;
}

function intake() {
  const journal: string[] = [];
  const cases = new InMemoryCaseStore();
  const unitOfWork = new InMemoryUnitOfWork({ cases, consultants: new InMemoryConsultantPool([aConsultant({ id: 'consultant-a' }), aConsultant({ id: 'consultant-b' })]) }, journal);
  const imports = new InMemoryCaseImportStore(journal);
  const handler = new ImportCasesHandler(unitOfWork, imports, new FixedClock(NOW));
  return { handler, unitOfWork, imports, cases, log: unitOfWork.tx.imports, journal };
}

describe('ImportCasesHandler', () => {
  it('opens the good cases, counts them and completes the import', async () => {
    const { handler, cases, log, imports } = intake();

    await handler.execute(IMPORT, CREDITOR, fileOf([aCaseItem(2), aCaseItem(3), aCaseItem(4)]));

    expect(cases.all.map((c) => c.props.caseFile.creditorReference).sort()).toEqual(['REF-2', 'REF-3', 'REF-4']);
    expect(cases.all.every((c) => c.props.creditorId === CREDITOR && c.props.openedAt.toISOString() === '2026-11-22T10:00:00.000Z')).toBe(true);
    expect(cases.all.map((c) => c.props.origin)).toEqual(Array(3).fill({ route: 'bulk_file', caseImportId: IMPORT }));
    expect(log.totals).toEqual({ rowsRead: 3, rowsUnreadable: 0, casesRead: 3, casesOpened: 3, casesAlreadyKnown: 0, casesRejected: 0 });
    expect(log.rejections).toEqual([]);
    expect(imports.states.get(IMPORT)).toBe('completed');
  });

  it('counts the data rows a case spans as rows read', async () => {
    const { handler, log } = intake();

    await handler.execute(IMPORT, CREDITOR, fileOf([aCaseItem(2, {}, 3), aCaseItem(5)]));

    expect(log.totals).toMatchObject({ rowsRead: 4, casesRead: 2, casesOpened: 2 });
  });

  it('reports each problem of an invalid case at the line and column its item locates, and opens the rest', async () => {
    const { handler, cases, log } = intake();
    const notYetDue = aCaseFileInput().invoices.map((invoice, i) => (i === 0 ? { ...invoice, dueDate: '2026-11-23' } : invoice));

    await handler.execute(IMPORT, CREDITOR, fileOf([aCaseItem(2), aCaseItem(3, { currency: 'XYZ', invoices: notYetDue }), aCaseItem(4)]));

    expect(cases.all.map((c) => c.props.caseFile.creditorReference).sort()).toEqual(['REF-2', 'REF-4']);
    expect(log.totals).toMatchObject({ casesRead: 3, casesOpened: 2, casesRejected: 1 });
    expect(log.rejections).toEqual(
      expect.arrayContaining([
        { line: 3, column: 'column of currency', code: 'UNKNOWN_CURRENCY', message: expect.any(String), creditorReference: 'REF-3' },
        { line: 3, column: 'column of invoices[0].dueDate', code: 'NOT_YET_DUE', message: expect.any(String), creditorReference: 'REF-3' },
      ]),
    );
    expect(log.rejections.every((rejection) => rejection.line === 3)).toBe(true);
  });

  it('counts and reports an unreadable item at its line, and goes on with the file', async () => {
    const { handler, cases, log, imports } = intake();
    const unreadable: ImportItem = { kind: 'unreadable', line: 3, errors: [{ field: '(row)', code: 'UNBALANCED_QUOTE', message: 'a quoted field is not closed' }] };

    await handler.execute(IMPORT, CREDITOR, fileOf([aCaseItem(2), unreadable, aCaseItem(4)]));

    expect(log.totals).toEqual({ rowsRead: 3, rowsUnreadable: 1, casesRead: 2, casesOpened: 2, casesAlreadyKnown: 0, casesRejected: 0 });
    expect(log.rejections).toEqual([{ line: 3, column: '(row)', code: 'UNBALANCED_QUOTE', message: 'a quoted field is not closed', creditorReference: '' }]);
    expect(cases.all).toHaveLength(2);
    expect(imports.states.get(IMPORT)).toBe('completed');
  });

  it('counts a case already submitted with the same content as already known, and reports one with other content as a conflict', async () => {
    const { handler, cases, log } = intake();
    for (const [reference, principalMinor] of [['REF-2', 125_000], ['REF-3', 999_999]] as const) {
      const validation = validateCaseFile(aCaseFileInput({ creditorReference: reference }), TODAY);
      if (!validation.ok) throw new Error('expected a valid case file');
      validation.caseFile.invoices[0].principalMinor = BigInt(principalMinor);
      const caseFile = validation.caseFile;
      cases.seed(Case.open({ id: `known-${reference}`, creditorId: CREDITOR, caseFile, fingerprint: fingerprintCaseFile(caseFile), consultantId: null, origin: { route: 'api' }, openedAt: new Date('2026-11-01T00:00:00Z') }));
    }

    await handler.execute(IMPORT, CREDITOR, fileOf([aCaseItem(2), aCaseItem(3), aCaseItem(4)]));

    expect(log.totals).toMatchObject({ casesRead: 3, casesOpened: 1, casesAlreadyKnown: 1, casesRejected: 1 });
    expect(log.rejections).toEqual([
      { line: 3, column: 'column of creditorReference', code: 'REFERENCE_CONFLICT', message: expect.stringContaining('known-REF-3'), creditorReference: 'REF-3' },
    ]);
    expect(log.rejections[0].message).toContain('invoices[0].principalMinor');
    expect(log.rejections[0].message).not.toContain('999999');
  });

  it('commits a 1,200-case file in three chunks and records completion after the last one', async () => {
    const { handler, unitOfWork, cases, log, journal } = intake();

    await handler.execute(IMPORT, CREDITOR, fileOf(manyCases(1_200)));

    expect(unitOfWork.runs).toBe(3);
    expect(log.chunks.map((chunk) => chunk.progress.casesOpened)).toEqual([500, 500, 200]);
    expect(log.chunks.every((chunk) => chunk.caseImportId === IMPORT)).toBe(true);
    expect(log.totals).toEqual({ rowsRead: 1_200, rowsUnreadable: 0, casesRead: 1_200, casesOpened: 1_200, casesAlreadyKnown: 0, casesRejected: 0 });
    expect(cases.all).toHaveLength(1_200);
    expect(journal).toEqual([`running ${IMPORT}`, 'transaction 1', 'transaction 2', 'transaction 3', `completed ${IMPORT}`]);
  });

  it('ends with an error after the current chunk, without completing, when asked to stop', async () => {
    const { handler, unitOfWork, cases, imports, journal } = intake();

    await expect(handler.execute(IMPORT, CREDITOR, fileOf(manyCases(1_200)), () => true)).rejects.toThrow('shutting down');

    expect(unitOfWork.runs).toBe(1);
    expect(cases.all).toHaveLength(500);
    expect(imports.states.get(IMPORT)).toBe('running');
    expect(journal).toEqual([`running ${IMPORT}`, 'transaction 1']);
  });

  it('keeps committing chunks while shouldStop says no, and stops after the first chunk it says yes', async () => {
    const { handler, unitOfWork, cases, imports } = intake();
    let asked = 0;

    await expect(handler.execute(IMPORT, CREDITOR, fileOf(manyCases(1_200)), () => ++asked > 1)).rejects.toThrow('shutting down');

    expect(asked).toBe(2);
    expect(unitOfWork.runs).toBe(2);
    expect(cases.all).toHaveLength(1_000);
    expect(imports.states.get(IMPORT)).toBe('running');
  });

  it('completes an empty file without opening a transaction', async () => {
    const { handler, unitOfWork, imports } = intake();

    await handler.execute(IMPORT, CREDITOR, fileOf([]));

    expect(unitOfWork.runs).toBe(0);
    expect(imports.states.get(IMPORT)).toBe('completed');
  });
});
