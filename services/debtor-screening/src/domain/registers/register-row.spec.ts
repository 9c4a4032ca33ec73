import type { RegisterKind } from './register-entry';
import { readRegisterRow, type RowProblem } from './register-row';

const TODAY = '2025-06-30';
const ROW = 7;

/** A valid row of each register kind; a test changes only what it is about. */
const VALID: Record<RegisterKind, Record<string, string>> = {
  situations: {
    entry_id: 'CDS-1',
    subject_type: 'person',
    country: 'BE',
    national_id: '85010112345',
    given_names: 'Jean',
    family_name: 'Dupont',
    situation: 'COLLECTIVE_DEBT_SETTLEMENT',
    effective_from: '2020-01-01',
  },
  persons: { entry_id: 'P-1', subject_type: 'person', country: 'BE', family_name: 'Dupont', birth_date: '1985-01-01', status: 'alive' },
  companies: { entry_id: 'C-1', subject_type: 'company', country: 'BE', legal_name: 'Acme', company_number: '0123456789', status: 'active' },
};

function read(kind: RegisterKind, changes: Record<string, string> = {}) {
  return readRegisterRow({ ...VALID[kind], ...changes }, ROW, kind, TODAY);
}

function problemsOf(kind: RegisterKind, changes: Record<string, string>): RowProblem[] {
  const result = read(kind, changes);
  return 'problems' in result ? result.problems : [];
}

function entryOf(kind: RegisterKind, changes: Record<string, string> = {}) {
  const result = read(kind, changes);
  if ('problems' in result) throw new Error(`expected an entry, got ${JSON.stringify(result.problems)}`);
  return result.entry;
}

describe('readRegisterRow', () => {
  it('reads a situations row into an entry with no absent keys', () => {
    expect(entryOf('situations', { reference: 'RG 20/123', contact: 'Me Martin', postal_code: '' })).toStrictEqual({
      entryId: 'CDS-1',
      action: 'upsert',
      declaredAction: 'upsert',
      subject: { kind: 'person', country: 'BE', nationalId: '85010112345', givenNames: 'Jean', familyName: 'Dupont' },
      situation: 'COLLECTIVE_DEBT_SETTLEMENT',
      effectiveFrom: '2020-01-01',
      reference: 'RG 20/123',
      contact: 'Me Martin',
    });
  });

  it('reads a companies row with its legal form and status', () => {
    expect(entryOf('companies', { legal_form: 'SA', status: 'In_Liquidation', street: 'Rue Haute 1', locality: 'Liège' })).toStrictEqual({
      entryId: 'C-1',
      action: 'upsert',
      declaredAction: 'upsert',
      subject: { kind: 'company', country: 'BE', legalName: 'Acme', companyNumber: '0123456789', street: 'Rue Haute 1', locality: 'Liège' },
      legalForm: 'SA',
      status: 'in_liquidation',
    });
  });

  it('trims values and treats blank ones as absent', () => {
    const entry = entryOf('situations', { entry_id: '  CDS-1 ', country: ' be ', given_names: '   ', situation: ' deceased ', heirs_known: ' Yes ' });

    expect(entry).toMatchObject({ entryId: 'CDS-1', situation: 'DECEASED', heirsKnown: true, subject: { country: 'BE' } });
    expect(entry.subject).not.toHaveProperty('givenNames');
  });

  it.each([
    ['', 'upsert', 'upsert'],
    ['add', 'upsert', 'add'],
    ['CHANGE', 'upsert', 'change'],
    ['Remove', 'remove', 'remove'],
  ])('maps action %j to %s, keeping %s as declared', (action, expected, declared) => {
    expect(entryOf('situations', { action })).toMatchObject({ action: expected, declaredAction: declared });
  });

  it.each<[string, RegisterKind, Record<string, string>, string | undefined, string]>([
    ['entry_id missing', 'situations', { entry_id: ' ' }, 'entry_id', 'missing'],
    ['an unknown action', 'situations', { action: 'delete' }, 'action', 'unknown_action'],
    ['subject_type missing', 'situations', { subject_type: '' }, 'subject_type', 'missing'],
    ['an unknown subject_type', 'situations', { subject_type: 'firm' }, 'subject_type', 'unknown_subject_type'],
    ['country missing', 'situations', { country: '' }, 'country', 'missing'],
    ['a country name instead of a code', 'situations', { country: 'Belgium' }, 'country', 'invalid_country'],
    ['a code that is no country', 'situations', { country: 'EU' }, 'country', 'invalid_country'],
    ['an unassigned code', 'situations', { country: 'XX' }, 'country', 'invalid_country'],
    ['a birth_date that does not exist', 'persons', { birth_date: '1985-02-30' }, 'birth_date', 'invalid_date'],
    ['a day-first birth_date', 'persons', { birth_date: '01/02/1985' }, 'birth_date', 'invalid_date'],
    ['a birth_date after today', 'persons', { birth_date: '2025-07-01' }, 'birth_date', 'future_date'],
    ['an effective_from that is not a date', 'situations', { effective_from: '2020-1-1' }, 'effective_from', 'invalid_date'],
    ['an effective_to that is not a date', 'situations', { effective_to: 'open' }, 'effective_to', 'invalid_date'],
    ['effective_to before effective_from', 'situations', { effective_to: '2019-12-31' }, 'effective_to', 'date_range'],
    ['situation missing in a situations register', 'situations', { situation: '' }, 'situation', 'missing'],
    ['an unknown situation', 'situations', { situation: 'BANKRUPCY' }, 'situation', 'unknown_situation'],
    ['a situation in a persons register', 'persons', { situation: 'DECEASED' }, 'situation', 'not_allowed'],
    ['a situation in a companies register', 'companies', { situation: 'BANKRUPTCY' }, 'situation', 'not_allowed'],
    ['status missing in a persons register', 'persons', { status: '' }, 'status', 'missing'],
    ['status missing in a companies register', 'companies', { status: '' }, 'status', 'missing'],
    ['a person status in a companies register', 'companies', { status: 'alive' }, 'status', 'unknown_status'],
    ['a company status in a persons register', 'persons', { status: 'dissolved' }, 'status', 'unknown_status'],
    ['a status in a situations register', 'situations', { status: 'alive' }, 'status', 'not_allowed'],
    ['heirs_known that is not a yes or no', 'situations', { situation: 'DECEASED', heirs_known: 'maybe' }, 'heirs_known', 'invalid_boolean'],
    ['a person without family_name', 'situations', { family_name: '' }, 'family_name', 'missing'],
    ['a person with nothing to match on but the name', 'situations', { national_id: '' }, undefined, 'not_matchable'],
    ['a company with neither legal_name nor company_number', 'companies', { legal_name: '', company_number: '' }, undefined, 'not_matchable'],
    ['BANKRUPTCY of a person', 'situations', { situation: 'BANKRUPTCY' }, 'situation', 'situation_for_wrong_subject'],
    ['LIQUIDATION of a person', 'situations', { situation: 'liquidation' }, 'situation', 'situation_for_wrong_subject'],
    [
      'DECEASED of a company',
      'situations',
      { situation: 'DECEASED', subject_type: 'company', legal_name: 'Acme', family_name: '' },
      'situation',
      'situation_for_wrong_subject',
    ],
    [
      'INCARCERATION of a company',
      'situations',
      { situation: 'INCARCERATION', subject_type: 'company', legal_name: 'Acme' },
      'situation',
      'situation_for_wrong_subject',
    ],
    ['a company in a persons register', 'persons', { subject_type: 'company', legal_name: 'Acme' }, 'subject_type', 'subject_for_wrong_register'],
    ['a person in a companies register', 'companies', { subject_type: 'person', family_name: 'Dupont', postal_code: '1000' }, 'subject_type', 'subject_for_wrong_register'],
  ])('rejects %s', (_, kind, changes, field, code) => {
    const problems = problemsOf(kind, changes);

    expect(problems).toEqual([expect.objectContaining({ row: ROW, code, ...(field ? { field } : {}) })]);
    if (field) expect(problems[0]!.reason).toContain(field);
    else expect(problems[0]).not.toHaveProperty('field');
  });

  it.each<[string, RegisterKind, Record<string, string>]>([
    ['a lower-case country', 'situations', { country: 'nl' }],
    ['a birth_date of 29 February in a leap year', 'persons', { birth_date: '2024-02-29' }],
    ['a birth_date of today', 'persons', { birth_date: TODAY }],
    ['a future effective_from', 'situations', { effective_from: '2030-01-01' }],
    ['effective_to equal to effective_from', 'situations', { effective_to: '2020-01-01' }],
    ['a person matched by birth_date', 'situations', { national_id: '', birth_date: '1970-05-05' }],
    ['a person matched by postal_code', 'situations', { national_id: '', postal_code: '1000' }],
    ['a company matched by company_number alone', 'companies', { legal_name: '' }],
    ['a company matched by legal_name alone', 'companies', { company_number: '' }],
    ['NOTORIOUS_INSOLVENCY of a person', 'situations', { situation: 'notorious_insolvency' }],
    ['NOTORIOUS_INSOLVENCY of a company', 'situations', { situation: 'NOTORIOUS_INSOLVENCY', subject_type: 'Company', legal_name: 'Acme' }],
    ['BANKRUPTCY of a company', 'situations', { situation: 'BANKRUPTCY', subject_type: 'company', company_number: '0123' }],
    ['a deceased person with heirs_known', 'persons', { status: 'DECEASED', heirs_known: '0' }],
    ['a sole trader with a company_number', 'situations', { company_number: '0123456789' }],
  ])('accepts %s', (_, kind, changes) => {
    expect(problemsOf(kind, changes)).toEqual([]);
  });

  it.each([
    ['true', true],
    ['FALSE', false],
    ['yes', true],
    ['No', false],
    ['1', true],
    ['0', false],
  ])('reads heirs_known %j as %s for a death', (heirsKnown, expected) => {
    expect(entryOf('situations', { situation: 'DECEASED', heirs_known: heirsKnown }).heirsKnown).toBe(expected);
  });

  it('drops heirs_known outside a death, where it means nothing', () => {
    expect(entryOf('situations', { heirs_known: 'no' })).not.toHaveProperty('heirsKnown');
    expect(entryOf('persons', { status: 'alive', heirs_known: 'yes' })).not.toHaveProperty('heirsKnown');
  });

  it('reports every problem of the row at once', () => {
    const problems = problemsOf('situations', { entry_id: '', country: 'Belgique', effective_from: '2020-02-30', situation: 'JAILED', family_name: '' });

    expect(problems.map(({ field, code }) => [field, code])).toEqual([
      ['entry_id', 'missing'],
      ['country', 'invalid_country'],
      ['effective_from', 'invalid_date'],
      ['situation', 'unknown_situation'],
      ['family_name', 'missing'],
    ]);
    expect(problems.every((problem) => problem.row === ROW)).toBe(true);
  });

  it('reports an unknown action and still checks the rest as for an upsert', () => {
    expect(problemsOf('situations', { action: 'drop', country: '' }).map((p) => p.code)).toEqual(['unknown_action', 'missing']);
  });

  it('echoes an enumeration value, cut short, in the reason', () => {
    const [problem] = problemsOf('situations', { situation: 'x'.repeat(100) });

    expect(problem!.reason).toContain(`"${'x'.repeat(40)}…"`);
  });

  describe('a removal', () => {
    it('needs only entry_id and matches by it', () => {
      expect(readRegisterRow({ entry_id: 'CDS-9', action: 'remove' }, ROW, 'situations', TODAY)).toStrictEqual({
        entry: { entryId: 'CDS-9', action: 'remove', declaredAction: 'remove', subject: { kind: 'person', country: '' } },
      });
    });

    it.each<[RegisterKind, Record<string, string>, string]>([
      ['companies', {}, 'company'],
      ['persons', {}, 'person'],
      ['situations', { situation: 'LIQUIDATION' }, 'company'],
      ['situations', { subject_type: 'company' }, 'company'],
    ])('in a %s register %j is about a %s', (kind, changes, subjectKind) => {
      const result = readRegisterRow({ entry_id: 'X-1', action: 'remove', ...changes }, ROW, kind, TODAY);

      expect(result).toMatchObject({ entry: { subject: { kind: subjectKind } } });
    });

    it('is not held to what an upsert requires', () => {
      const changes = { action: 'remove', subject_type: 'company', family_name: '', situation: 'DECEASED', country: '' };

      expect(problemsOf('situations', changes)).toEqual([]);
    });

    it('still has the values it gives checked', () => {
      const problems = problemsOf('persons', { action: 'remove', birth_date: '1985-13-01', status: 'gone' });

      expect(problems.map((p) => p.code)).toEqual(['invalid_date', 'unknown_status']);
    });

    it('still needs entry_id', () => {
      expect(readRegisterRow({ action: 'remove' }, ROW, 'situations', TODAY)).toEqual({
        problems: [{ row: ROW, field: 'entry_id', code: 'missing', reason: 'entry_id is required' }],
      });
    });
  });
});
