import type { Language, MessageChannel, MessageKind } from '../message';
import { TEMPLATE_SETS } from './template-sets';
import { CREDITOR_KINDS, MENTION_KEYS, type MentionKey, SMS_MENTIONS, type TemplateCountry } from './template-wording';

/**
 * Which mandatory mentions a message carries, by kind, country and channel (../../../../../shared/
 * COUNTRY-RULES.md). Each key has one exact phrase per language (`mentionText`) that the rendered
 * message contains, so a test or the PDF text check can prove the mention is there.
 *
 * Readings taken (stricter where the rule is unclear):
 * - the mentions apply to company debtors too (the context does not say B2C or B2B; extra
 *   information does no harm, a missing one does);
 * - the first reminder may be the agency's first contact, so it carries the formal notice's
 *   identity mentions and the GDPR Art. 14 / 21(4) notices, as the formal notice does (EU and GB);
 * - in the US every message to the debtor says it comes from a debt collector (1006.18(e)); the
 *   validation notice (1006.34) is in the first reminder only: repeated after its 30 days it
 *   would misstate the consumer's rights;
 * - in France every message to the debtor repeats the letter's reference and date (R124-4).
 */

type CountryMentions = { everyDebtorMessage?: MentionKey[] } & Partial<Record<MessageKind, MentionKey[]>>;

/** Whatever the country. */
const BY_KIND: Partial<Record<MessageKind, MentionKey[]>> = {
  FIRST_REMINDER: ['creditor-identity', 'claim-basis', 'amount-breakdown', 'payment-instructions'],
  SECOND_REMINDER: ['amount-breakdown', 'payment-instructions'],
  PAYMENT_REMINDER: ['payment-instructions'],
  FORMAL_NOTICE: ['creditor-identity', 'collector-identity', 'claim-basis', 'amount-breakdown', 'payment-instructions'],
  PLAN_BREACH: ['amount-breakdown', 'payment-instructions'],
  PAYMENT_PLAN_CONFIRMATION: ['payment-instructions'],
  INSTALMENT_REMINDER: ['payment-instructions'],
  SETTLEMENT_CONFIRMATION: ['payment-instructions'],
};

const GDPR_FIRST_CONTACT: CountryMentions = { FIRST_REMINDER: ['privacy-notice', 'right-to-object'], FORMAL_NOTICE: ['privacy-notice', 'right-to-object'] };

const DE_RDG_13A: MentionKey[] = ['collector-identity', 'interest-calculation', 'costs-breakdown', 'vat-statement', 'supervisory-authority'];

const BY_COUNTRY: Record<TemplateCountry, CountryMentions[]> = {
  // Book XIX: first reminder content (art. XIX.2) and the collector's formal notice (verify the full list against art. XIX.7 §2)
  BE: [GDPR_FIRST_CONTACT, { FIRST_REMINDER: ['collector-identity', 'amicable-not-judicial', 'wait-14-days', 'damages-warning'], FORMAL_NOTICE: ['supervisory-authority', 'amicable-not-judicial', 'wait-15-days'] }],
  // CPCE R124-4 and L111-8
  FR: [GDPR_FIRST_CONTACT, { everyDebtorMessage: ['letter-reference'], FIRST_REMINDER: ['collector-identity', 'amicable-not-judicial', 'l111-8-text'], FORMAL_NOTICE: ['amicable-not-judicial', 'l111-8-text'] }],
  // RDG §13a: with the first demand; repeated in the formal notice
  DE: [GDPR_FIRST_CONTACT, { FIRST_REMINDER: DE_RDG_13A, FORMAL_NOTICE: DE_RDG_13A }],
  // BW 6:96(6): the free 14-day letter
  NL: [GDPR_FIRST_CONTACT, { FIRST_REMINDER: ['collector-identity', 'wait-14-days', 'collection-costs-warning'] }],
  // LO 1/2025: the documented attempt to negotiate before going to court
  ES: [GDPR_FIRST_CONTACT, { FIRST_REMINDER: ['collector-identity', 'negotiation-invitation'], FORMAL_NOTICE: ['negotiation-invitation', 'next-steps-warning'] }],
  // the collection demand (inkassokrav): dispute route and what follows
  SE: [GDPR_FIRST_CONTACT, { FIRST_REMINDER: ['collector-identity', 'dispute-instructions'], FORMAL_NOTICE: ['dispute-instructions', 'next-steps-warning'] }],
  // pre-action protocol for debt claims (letter of claim), CONC 7.14 disputes; UK GDPR
  GB: [
    GDPR_FIRST_CONTACT,
    {
      FIRST_REMINDER: ['collector-identity', 'dispute-instructions', 'debt-advice'],
      FORMAL_NOTICE: ['interest-continuing', 'respond-30-days', 'reply-form-enclosures', 'dispute-instructions', 'debt-advice'],
    },
  ],
  // FDCPA / Regulation F
  US: [{ everyDebtorMessage: ['debt-collector-disclosure'], FIRST_REMINDER: ['collector-identity', 'validation-notice'] }],
};

/** Countries whose law requires an opt-out in every e-mail and SMS (Reg F 1006.6(e)). */
const OPT_OUT_REQUIRED: readonly TemplateCountry[] = ['US'];

const isCreditorKind = (kind: MessageKind) => (CREDITOR_KINDS as readonly MessageKind[]).includes(kind);

function inOrder(keys: Iterable<MentionKey>): MentionKey[] {
  const wanted = new Set(keys);
  return MENTION_KEYS.filter((key) => wanted.has(key));
}

/**
 * The mentions the law (or our stricter reading) requires in this message, in display order.
 * On an SMS only the mentions that have an SMS form apply; the rest stay on paper and e-mail.
 */
export function mandatoryMentions(kind: MessageKind, country: TemplateCountry, channel: MessageChannel = 'letter'): MentionKey[] {
  if (isCreditorKind(kind)) return [];
  const keys = new Set<MentionKey>(BY_KIND[kind] ?? []);
  for (const rules of BY_COUNTRY[country]) {
    for (const key of [...(rules.everyDebtorMessage ?? []), ...(rules[kind] ?? [])]) keys.add(key);
  }
  if (channel !== 'letter' && OPT_OUT_REQUIRED.includes(country)) keys.add('opt-out');
  const ordered = inOrder(keys);
  return channel === 'sms' ? ordered.filter((key) => (SMS_MENTIONS as readonly MentionKey[]).includes(key)) : ordered;
}

/**
 * The mentions a rendered message carries: the mandatory ones, plus the opt-out in every e-mail
 * and SMS to a debtor in every country (our choice: it costs one line, honours the channel
 * preferences GB CONC 7.9 and GDPR Art. 21 point to, and keeps one wording everywhere).
 */
export function includedMentions(kind: MessageKind, country: TemplateCountry, channel: MessageChannel): MentionKey[] {
  const keys = mandatoryMentions(kind, country, channel);
  return channel === 'letter' || isCreditorKind(kind) ? keys : inOrder([...keys, 'opt-out']);
}

/** The exact phrase of a mention in a language: the rendered message contains it verbatim. */
export function mentionText(key: MentionKey, language: Language): string {
  return TEMPLATE_SETS[language].mentions[key].phrase;
}
