/**
 * Registers screening matches debtors against. Two families:
 * - registers of special situations (a court's collective-debt-settlement list, a gazette of
 *   bankruptcies, a death register ...): each entry says that a person or company is in a situation
 *   since a date, and keeps where that came from;
 * - identity sources (a person register, a company register): the official name, legal form,
 *   registered address and status, used to enrich and verify the debtor.
 * Each register is one `source` (e.g. "BE.central-individual-debt-register"), loaded from files or,
 * later, a live registry; entries are identified by the source's own `entryId`.
 */

export const SITUATION_KINDS = [
  'NOTORIOUS_INSOLVENCY',
  'PROVISIONAL_ADMINISTRATION',
  'COLLECTIVE_DEBT_SETTLEMENT',
  'INCARCERATION',
  'BANKRUPTCY',
  'LIQUIDATION',
  'DECEASED',
] as const;
export type SituationKind = (typeof SITUATION_KINDS)[number];

export const REGISTER_KINDS = ['situations', 'persons', 'companies'] as const;
export type RegisterKind = (typeof REGISTER_KINDS)[number];

/** Status of a company in the company register. */
export const COMPANY_STATUSES = ['active', 'bankrupt', 'in_liquidation', 'dissolved'] as const;
export type CompanyStatus = (typeof COMPANY_STATUSES)[number];

/** Status of a person in the person register. */
export const PERSON_STATUSES = ['alive', 'deceased'] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

/** Who an entry is about, as the register names them. Dates are calendar dates `YYYY-MM-DD`. */
export interface RegisterSubject {
  kind: 'person' | 'company';
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
  nationalId?: string;
  companyNumber?: string;
  givenNames?: string;
  familyName?: string;
  legalName?: string;
  birthDate?: string;
  street?: string;
  postalCode?: string;
  locality?: string;
}

/** One row of a register as loaded: what the register says, and what the loader should do with it. */
export interface RegisterEntry {
  /** The source's own id of this entry; unique within the source. */
  entryId: string;
  /** `upsert` adds the entry or changes it; `remove` takes it out (the situation ended, or it was an error). */
  action: 'upsert' | 'remove';
  subject: RegisterSubject;
  /** Situations registers: the situation. */
  situation?: SituationKind;
  /** Identity registers: the legal form (companies) and status. */
  legalForm?: string;
  status?: CompanyStatus | PersonStatus;
  /** First and last day the entry applies; open-ended when absent. */
  effectiveFrom?: string;
  effectiveTo?: string;
  /** Provenance beyond the source: court docket, gazette number, file reference. */
  reference?: string;
  /** DECEASED: whether heirs are known (then the case is suspended and the heirs contacted, otherwise rejected). */
  heirsKnown?: boolean;
  /** The mediator, administrator, trustee or liquidator to contact, as the register gives it. */
  contact?: string;
}
