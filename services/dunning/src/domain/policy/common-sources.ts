import type { PolicySource } from './collection-policy';
import { POLICY_RULE_IDS } from './collection-policy';
import { HOUSE_RULES_URL } from './house-rules';

/** Sources shared by several countries' policies. */

export const GDPR_URL = 'https://eur-lex.europa.eu/eli/reg/2016/679/oj';
export const LATE_PAYMENT_DIRECTIVE_URL = 'https://eur-lex.europa.eu/eli/dir/2011/7/oj';

/** Keys every EU (and UK GDPR) first notice carries: the privacy notice and the right to object. */
export const GDPR_NOTICE_KEYS = ['privacy-notice', 'right-to-object-notice'];

export const GDPR_NOTICE_SOURCE: PolicySource = {
  ruleId: POLICY_RULE_IDS.firstNoticeContent,
  url: GDPR_URL,
  verified: true,
  basis: 'law',
  citation: 'GDPR art. 14(3)(b), art. 21(4)',
  note: 'Privacy notice at the first contact and the right-to-object notice (UK GDPR alike).',
};

/** A business debtor's first notice: our own list, plus the EU late-payment compensation where it applies. */
export const B2B_FIRST_NOTICE_KEYS = ['creditor-name', 'invoice-reference', 'amount-due', 'due-date', 'payment-instructions'];

export const B2B_FIRST_NOTICE_SOURCE: PolicySource = {
  ruleId: POLICY_RULE_IDS.firstNoticeContent,
  url: HOUSE_RULES_URL,
  verified: false,
  basis: 'house',
  note: 'No statutory content for a business reminder in our sources: what identifies the claim and how to pay.',
};

export const LATE_PAYMENT_COMPENSATION_SOURCE: PolicySource = {
  ruleId: POLICY_RULE_IDS.firstNoticeContent,
  url: LATE_PAYMENT_DIRECTIVE_URL,
  verified: true,
  basis: 'law',
  citation: 'Directive 2011/7/EU art. 6',
  note: 'EUR 40 per late payment is due without a reminder; the notice states it when it is claimed (house: always state it).',
};

/** Our merging decision for a country (COUNTRY-RULES.md has none): the reason goes in the note. */
export function mergeSource(note: string, basis: PolicySource['basis'] = 'assumption'): PolicySource {
  return {
    ruleId: POLICY_RULE_IDS.mergeLetters,
    url: HOUSE_RULES_URL,
    verified: false,
    basis,
    note,
  };
}
