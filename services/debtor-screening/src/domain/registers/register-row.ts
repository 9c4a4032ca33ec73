import { isCalendarDate } from './calendar-date';
import type { RegisterColumn } from './register-columns';
import {
  COMPANY_STATUSES,
  PERSON_STATUSES,
  SITUATION_KINDS,
  type CompanyStatus,
  type PersonStatus,
  type RegisterEntry,
  type RegisterKind,
  type RegisterSubject,
  type SituationKind,
} from './register-entry';
import type { RowProblem, RowProblemCode } from './row-problem';

export { checkRegisterHeader, registerColumnName, REGISTER_COLUMNS, type RegisterColumn } from './register-columns';
export type { RowProblem, RowProblemCode } from './row-problem';

/** The action as the file wrote it; a blank one is `upsert`. The loader reports a `change` of an unknown entry. */
export type DeclaredAction = 'add' | 'change' | 'upsert' | 'remove';
export type RegisterRowEntry = RegisterEntry & { declaredAction: DeclaredAction };
/** An entry read from a file, with the line its row starts on. */
export type ParsedEntry = RegisterRowEntry & { row: number };
/** What a register file reader hands out: up to its chunk size of rows, each either an entry or problems. */
export interface RegisterFileChunk {
  entries: ParsedEntry[];
  problems: RowProblem[];
}

type SubjectKind = RegisterSubject['kind'];

type Status = CompanyStatus | PersonStatus;

// Keyed by the lower-case spelling: every enumeration is case-insensitive.
const ACTIONS = new Map<string, DeclaredAction>([['add', 'add'], ['change', 'change'], ['remove', 'remove']]);
const SUBJECT_KINDS = new Map<string, SubjectKind>([['person', 'person'], ['company', 'company']]);
const BOOLEANS = new Map<string, boolean>([['true', true], ['yes', true], ['1', true], ['false', false], ['no', false], ['0', false]]);
const SITUATIONS = new Map<string, SituationKind>(SITUATION_KINDS.map((kind) => [kind.toLowerCase(), kind]));
/** Who each situation can be about; absent means either. */
const SITUATION_SUBJECT: Partial<Record<SituationKind, SubjectKind>> = {
  BANKRUPTCY: 'company',
  LIQUIDATION: 'company',
  DECEASED: 'person',
  INCARCERATION: 'person',
  COLLECTIVE_DEBT_SETTLEMENT: 'person',
  PROVISIONAL_ADMINISTRATION: 'person',
};
const REGISTER_SUBJECT: Partial<Record<RegisterKind, SubjectKind>> = { persons: 'person', companies: 'company' };
const SITUATIONS_ALLOWED = SITUATION_KINDS.join(', ');
const STATUSES: Partial<Record<RegisterKind, { options: ReadonlyMap<string, Status>; allowed: string }>> = {
  persons: { options: new Map(PERSON_STATUSES.map((status) => [status, status])), allowed: PERSON_STATUSES.join(', ') },
  companies: { options: new Map(COMPANY_STATUSES.map((status) => [status, status])), allowed: COMPANY_STATUSES.join(', ') },
};

/**
 * Reads one data row of a register file of `kind`. `raw` is keyed by lower-case column name
 * (absent columns may be left out); values are trimmed and an empty one is absent. Every problem of
 * the row is returned at once. `today` (YYYY-MM-DD) bounds birth dates.
 * A removal needs only `entry_id`: values it gives are still checked, but nothing is required of
 * them, and its `subject` is whatever the row gives (kind defaulting to the register's or the
 * situation's, country to '') — the loader should match a removal by `entryId` alone.
 */
export function readRegisterRow(
  raw: Record<string, string>,
  rowNumber: number,
  kind: RegisterKind,
  today: string,
): { entry: RegisterRowEntry } | { problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const report = (field: RegisterColumn | undefined, code: RowProblemCode, reason: string) =>
    problems.push(field ? { row: rowNumber, field, code, reason } : { row: rowNumber, code, reason });
  const value = (column: RegisterColumn) => present(raw[column]);
  const choice = <T>(column: RegisterColumn, options: ReadonlyMap<string, T>, code: RowProblemCode, allowed: string): T | undefined => {
    const text = value(column);
    if (text === undefined) return undefined;
    const chosen = options.get(text.toLowerCase());
    if (chosen === undefined) report(column, code, `${column} ${quote(text)} is not one of ${allowed}`);
    return chosen;
  };
  const date = (column: RegisterColumn) => {
    const text = value(column);
    if (text === undefined || isCalendarDate(text)) return text;
    report(column, 'invalid_date', `${column} is not a calendar date written YYYY-MM-DD`);
    return undefined;
  };

  const entryId = value('entry_id');
  if (entryId === undefined) report('entry_id', 'missing', 'entry_id is required');
  const declaredAction = present(raw.action) === undefined ? 'upsert' : choice('action', ACTIONS, 'unknown_action', 'add, change, remove or blank');
  const removal = declaredAction === 'remove';
  const required = (column: RegisterColumn, given: unknown, why = '') => {
    if (!removal && given === undefined && value(column) === undefined) report(column, 'missing', `${column} is required${why}`);
  };

  const subjectKind = choice('subject_type', SUBJECT_KINDS, 'unknown_subject_type', 'person or company');
  required('subject_type', subjectKind);
  const countryText = value('country');
  const country = countryText?.toUpperCase();
  if (country !== undefined && !isCountryCode(country)) report('country', 'invalid_country', 'country is not an ISO 3166 alpha-2 code (e.g. BE)');
  required('country', country);

  const birthDate = date('birth_date');
  if (birthDate !== undefined && birthDate > today) report('birth_date', 'future_date', `birth_date is after today (${today})`);
  const effectiveFrom = date('effective_from');
  const effectiveTo = date('effective_to');
  if (effectiveFrom !== undefined && effectiveTo !== undefined && effectiveTo < effectiveFrom) {
    report('effective_to', 'date_range', 'effective_to is before effective_from');
  }

  const situation = readSituation();
  const status = readStatus();
  const heirsKnown = choice('heirs_known', BOOLEANS, 'invalid_boolean', 'true, false, yes, no, 1 or 0');

  const subject: RegisterSubject = {
    kind: subjectKind ?? REGISTER_SUBJECT[kind] ?? (situation && SITUATION_SUBJECT[situation]) ?? 'person',
    country: country ?? '',
  };
  assign(subject, 'nationalId', value('national_id'));
  assign(subject, 'companyNumber', value('company_number'));
  assign(subject, 'givenNames', value('given_names'));
  assign(subject, 'familyName', value('family_name'));
  assign(subject, 'legalName', value('legal_name'));
  assign(subject, 'birthDate', birthDate);
  assign(subject, 'street', value('street'));
  assign(subject, 'postalCode', value('postal_code'));
  assign(subject, 'locality', value('locality'));
  if (!removal && subjectKind !== undefined) checkSubject(subjectKind);

  if (problems.length > 0 || entryId === undefined || declaredAction === undefined) return { problems };
  const entry: RegisterRowEntry = { entryId, action: removal ? 'remove' : 'upsert', declaredAction, subject };
  assign(entry, 'situation', situation);
  assign(entry, 'legalForm', value('legal_form'));
  assign(entry, 'status', status);
  assign(entry, 'effectiveFrom', effectiveFrom);
  assign(entry, 'effectiveTo', effectiveTo);
  assign(entry, 'reference', value('reference'));
  // Heirs only matter for a death; a spreadsheet default elsewhere is dropped rather than rejected.
  if (situation === 'DECEASED' || status === 'deceased') assign(entry, 'heirsKnown', heirsKnown);
  assign(entry, 'contact', value('contact'));
  return { entry };

  function readSituation(): SituationKind | undefined {
    if (kind !== 'situations') {
      if (!removal && value('situation') !== undefined) report('situation', 'not_allowed', `situation must be empty in a ${kind} register`);
      return undefined;
    }
    const read = choice('situation', SITUATIONS, 'unknown_situation', SITUATIONS_ALLOWED);
    required('situation', read, ' in a situations register');
    return read;
  }

  function readStatus(): Status | undefined {
    const statuses = STATUSES[kind];
    if (!statuses) {
      if (!removal && value('status') !== undefined) report('status', 'not_allowed', `status must be empty in a ${kind} register`);
      return undefined;
    }
    const read = choice('status', statuses.options, 'unknown_status', statuses.allowed);
    required('status', read, ` in a ${kind} register`);
    return read;
  }

  function checkSubject(subjectKind: SubjectKind): void {
    const registerSubject = REGISTER_SUBJECT[kind];
    if (registerSubject !== undefined && registerSubject !== subjectKind) {
      report('subject_type', 'subject_for_wrong_register', `subject_type must be ${registerSubject} in a ${kind} register`);
    }
    const situationSubject = situation && SITUATION_SUBJECT[situation];
    if (situationSubject !== undefined && situationSubject !== subjectKind) {
      report('situation', 'situation_for_wrong_subject', `situation ${situation} applies to a ${situationSubject}, not a ${subjectKind}`);
    }
    if (subjectKind === 'person') {
      required('family_name', undefined, ' for a person');
      if (value('national_id') === undefined && value('birth_date') === undefined && value('postal_code') === undefined) {
        report(undefined, 'not_matchable', 'a person needs national_id, birth_date or postal_code to be matched');
      }
    } else if (value('legal_name') === undefined && value('company_number') === undefined) {
      report(undefined, 'not_matchable', 'a company needs legal_name or company_number to be matched');
    }
  }
}

function present(text: string | undefined): string | undefined {
  if (text === undefined || text === '') return undefined;
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Sets only defined values, so entries carry no `undefined` keys (they compare and serialise cleanly). */
function assign<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

/** An enumeration value echoed in a reason, cut short: a shifted column may hold anything. */
function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

const REGION_NAMES = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
/** ICU regions that are not countries. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'ZZ', 'QO']);
// A file repeats a handful of countries: ICU is asked once per code (at most 26² answers kept).
const countryAnswers = new Map<string, boolean>();

function isCountryCode(code: string): boolean {
  let known = countryAnswers.get(code);
  if (known !== undefined) return known;
  if (!/^[A-Z]{2}$/.test(code)) return false;
  known = !NOT_COUNTRIES.has(code) && REGION_NAMES.of(code) !== undefined;
  countryAnswers.set(code, known);
  return known;
}
