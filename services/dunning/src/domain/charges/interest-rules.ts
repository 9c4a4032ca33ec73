import type { DebtorKind, PolicyCountry } from '../steps';
import type { ChargeRule } from './charge';
import type { ReferenceIndex } from './reference-rates';

/**
 * Which statutory default interest each country gives each kind of creditor claim, as data: a
 * reference rate plus a margin, reset every half-year, from which day it runs, and whether the law
 * sets the rate or only caps a contractual one. Where COUNTRY-RULES names no statutory rate the rule
 * is `none` (the stricter reading: no interest), never a guess.
 */
export type InterestFormula =
  | { type: 'index-plus-margin'; index: ReferenceIndex; marginBasisPoints: number; roundUpToBasisPoints?: number }
  | { type: 'none' };

export interface InterestRule {
  rule: ChargeRule;
  formula: InterestFormula;
  /** `statutory`: the law's rate applies as is; `cap-on-agreed`: the law only caps the contract's rate. */
  basis: 'statutory' | 'cap-on-agreed';
  /** The first day interest runs: after the due date, after the statutory wait, or after the formal notice. */
  accruesFrom: 'day-after-due-date' | 'day-after-waiting-period' | 'day-after-formal-notice';
}

const DIRECTIVE_DATE_NOTE = 'id date: the Directive 2011/7 transposition deadline; the national in-force date was not confirmed';

function interest(ruleId: string, source: string, verified: boolean, formula: InterestFormula, extra: Partial<InterestRule> & { note?: string } = {}): InterestRule {
  const { note, ...rest } = extra;
  return {
    rule: { ruleId, kind: 'DEFAULT_INTEREST', source, verified, ...(note ? { note } : {}) },
    formula,
    basis: 'statutory',
    accruesFrom: 'day-after-due-date',
    ...rest,
  };
}

const NONE: InterestFormula = { type: 'none' };
const ECB_PLUS = (points: number, roundUpToBasisPoints?: number): InterestFormula => ({
  type: 'index-plus-margin',
  index: 'ECB_MRO',
  marginBasisPoints: points * 100,
  ...(roundUpToBasisPoints ? { roundUpToBasisPoints } : {}),
});

export const INTEREST_RULES: Readonly<Record<PolicyCountry, Readonly<Record<DebtorKind, InterestRule>>>> = {
  BE: {
    B2C: interest('BE.consumer-interest-cap@2023-09-01', 'CEL Book XIX (art. XIX.4); eubelius.com; embuild.be', false, ECB_PLUS(8, 50), {
      basis: 'cap-on-agreed',
      accruesFrom: 'day-after-waiting-period',
      note: 'caps the contractual rate at the law of 2 Aug 2002 rate (12.5 % 2024, 11.5 % H1 2025, 10.5 % H1 2026); the cap values are verified; that it runs only from the day after the 14-day wait is the stricter reading, unverified',
    }),
    B2B: interest('BE.late-payment-interest@2013-03-16', 'Law of 2 Aug 2002 art. 5; eubelius.com; embuild.be', true, ECB_PLUS(8, 50), { note: DIRECTIVE_DATE_NOTE }),
  },
  FR: {
    B2C: interest('FR.legal-interest@2015-01-01', 'Code monétaire et financier L313-2, D313-1-A; Code civil 1231-6; juriblio.fr', false, { type: 'index-plus-margin', index: 'FR_LEGAL_RATE_OTHER', marginBasisPoints: 0 }, {
      accruesFrom: 'day-after-formal-notice',
      note: 'the "other cases" rate (the creditor is a professional, not a consumer); runs from the formal notice (Code civil 1231-6, not in COUNTRY-RULES)',
    }),
    B2B: interest('FR.late-payment-penalty@2013-03-16', 'Code de commerce L441-10; legipass.com; dalloz-actualite.fr', true, ECB_PLUS(10), { note: `statutory default when the contract sets none; ${DIRECTIVE_DATE_NOTE}` }),
  },
  ES: {
    B2C: interest('ES.consumer-interest@2024-01-01', 'none found (COUNTRY-RULES ES has no consumer rate)', false, NONE, { note: 'stricter reading: no statutory default interest charged to a consumer' }),
    B2B: interest('ES.late-payment-interest@2013-03-16', 'Ley 3/2004 art. 7; supercontable.com; tax.es', false, ECB_PLUS(8), { note: `COUNTRY-RULES marks the half-yearly reset (verify); ${DIRECTIVE_DATE_NOTE}` }),
  },
  NL: {
    B2C: interest('NL.consumer-interest@2024-01-01', 'none in COUNTRY-RULES (wettelijke rente BW 6:119 not sourced)', false, NONE, { note: 'stricter reading: no interest until the statutory rate is sourced' }),
    B2B: interest('NL.commercial-interest@2013-03-16', 'BW 6:119a, 6:120; Directive 2011/7 (COUNTRY-RULES EU row, verify)', false, ECB_PLUS(8), { note: DIRECTIVE_DATE_NOTE }),
  },
  DE: {
    B2C: interest('DE.default-interest-consumer@2002-01-01', 'BGB §288(1), §247; haufe.de', true, { type: 'index-plus-margin', index: 'DE_BASE_RATE', marginBasisPoints: 500 }, {
      note: 'runs from default (Verzug, BGB §286): the caller passes as due date the day before default began',
    }),
    B2B: interest('DE.default-interest-business@2014-07-29', 'BGB §288(2), §247; haufe.de', true, { type: 'index-plus-margin', index: 'DE_BASE_RATE', marginBasisPoints: 900 }),
  },
  SE: {
    B2C: interest('SE.default-interest@2002-07-01', 'Räntelagen (1975:635) §6, §9; lawline.se', true, { type: 'index-plus-margin', index: 'SE_REFERENCE_RATE', marginBasisPoints: 800 }),
    B2B: interest('SE.default-interest@2002-07-01', 'Räntelagen (1975:635) §6, §9; lawline.se', true, { type: 'index-plus-margin', index: 'SE_REFERENCE_RATE', marginBasisPoints: 800 }),
  },
  GB: {
    B2C: interest('GB.consumer-interest@2014-04-01', 'none found (no statutory pre-judgment interest for consumers in COUNTRY-RULES)', false, NONE, { note: 'stricter reading: contractual interest only, not computed here' }),
    B2B: interest('GB.late-payment-interest@2002-08-07', 'Late Payment of Commercial Debts (Interest) Act 1998; Rate of Interest (No. 3) Order 2002; flashbill.co.uk', true, { type: 'index-plus-margin', index: 'GB_BANK_RATE', marginBasisPoints: 800 }),
  },
  US: {
    B2C: interest('US.default-interest@2021-11-30', '15 U.S.C. 1692f(1); state law (not modelled)', false, NONE, { note: 'stricter reading: none unless contractual and lawful in the state, neither an input here' }),
    B2B: interest('US.default-interest@2021-11-30', 'state law (not modelled); the FDCPA covers consumer debts only', false, NONE, { note: 'stricter reading: none unless contractual and lawful in the state, neither an input here' }),
  },
};
