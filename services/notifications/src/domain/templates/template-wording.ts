import type { MessageKind } from '../message';

/**
 * The shape of one language's wording. Each `messages.<language>.ts` exports a `LanguageWording`,
 * so a missing kind, part or mention is a TypeScript error; `compileCatalogue` checks the same
 * again at start-up for wording that did not come through the compiler.
 *
 * Every string is a Handlebars template over `MessageContext` (see context-paths.ts for the paths
 * and helpers allowed). Literal text is plain text: no `<`, `>` or `&` (the HTML rendering escapes
 * the values and wraps paragraphs itself). A `\n` inside a paragraph is a line break.
 */

/** The countries whose law words some messages (the dunning policies' countries). */
export const TEMPLATE_COUNTRIES = ['BE', 'FR', 'DE', 'NL', 'ES', 'SE', 'GB', 'US'] as const;
export type TemplateCountry = (typeof TEMPLATE_COUNTRIES)[number];

/** Kinds that have an SMS text; every other kind goes by letter or e-mail only. */
export const SMS_KINDS = ['PAYMENT_REMINDER', 'PLAN_BREACH', 'INSTALMENT_REMINDER', 'PAYMENT_RECEIPT', 'FIRST_REMINDER'] as const satisfies readonly MessageKind[];
export type SmsKind = (typeof SMS_KINDS)[number];

/** Kinds addressed to the creditor (the agency's client), not to the debtor. */
export const CREDITOR_KINDS = ['CREDITOR_INFORMATION_REQUEST', 'CREDITOR_RECOMMENDATION', 'CREDITOR_APPROVAL_REQUEST', 'CREDITOR_REMITTANCE'] as const satisfies readonly MessageKind[];
export type CreditorKind = (typeof CREDITOR_KINDS)[number];

/**
 * Machine-checkable mandatory mentions, in the order they appear in a message (after the kind's
 * own paragraphs, except the leading ones). Each has, per language, one exact phrase that the
 * rendered text contains (tests and the PDF text check search for it).
 */
export const MENTION_KEYS = [
  'debt-collector-disclosure', // US 1006.18(e): leads every message
  'letter-reference', // FR R124-4: every later step repeats the reference and date
  'creditor-identity',
  'collector-identity',
  'supervisory-authority', // BE, DE (RDG §13a(1) 8)
  'amicable-not-judicial',
  'claim-basis',
  'amount-breakdown',
  'interest-calculation', // DE RDG §13a(1) 3-4
  'costs-breakdown', // DE RDG §13a(1) 5
  'vat-statement', // DE RDG §13a(1) 6
  'interest-continuing', // GB pre-action protocol
  'wait-14-days', // BE Book XIX first reminder, NL BW 6:96(6)
  'wait-15-days', // BE collector's formal notice
  'respond-30-days', // GB letter of claim
  'damages-warning', // BE
  'collection-costs-warning', // NL
  'next-steps-warning', // SE, ES
  'payment-instructions',
  'validation-notice', // US 1006.34
  'dispute-instructions',
  'negotiation-invitation', // ES LO 1/2025
  'reply-form-enclosures', // GB pre-action protocol
  'debt-advice', // GB
  'l111-8-text', // FR CPCE L111-8 paras 2-3
  'privacy-notice', // GDPR Art. 14
  'right-to-object', // GDPR Art. 21(4)
  'opt-out', // US e-mail and SMS (and every SMS and e-mail here)
] as const;
export type MentionKey = (typeof MENTION_KEYS)[number];

/** Mentions placed right after the salutation instead of after the body (an SMS puts every mention after its text). */
export const LEADING_MENTIONS: readonly MentionKey[] = ['debt-collector-disclosure', 'letter-reference'];

/** Mentions worded differently per country: a paragraph for each listed country and no generic one. */
export const COUNTRY_WORDED_MENTIONS = {
  'supervisory-authority': ['BE', 'DE'],
  'wait-14-days': ['BE', 'NL'],
  'next-steps-warning': ['SE', 'ES'],
} as const satisfies Partial<Record<MentionKey, readonly TemplateCountry[]>>;
type CountryWordedMention = keyof typeof COUNTRY_WORDED_MENTIONS;

/** Mentions that also have a short SMS form. */
export const SMS_MENTIONS = ['debt-collector-disclosure', 'opt-out'] as const satisfies readonly MentionKey[];
type SmsMention = (typeof SMS_MENTIONS)[number];

export interface KindWording {
  /** One line, plain text (e-mail subject, letter heading). */
  subject: string;
  /** Letter body paragraphs between the salutation and the mentions (the layout adds addresses and date). */
  letter: string[];
  /** E-mail body paragraphs, same place. */
  email: string[];
}
export interface SmsKindWording extends KindWording {
  /** The SMS text, before the mentions' SMS forms and the opt-out. Keep it short (see sms-encoding.ts). */
  sms: string;
}
export type KindsWording = { [K in MessageKind]: K extends SmsKind ? SmsKindWording : KindWording };

interface MentionBase {
  /** Literal text (no placeholder) that every paragraph and SMS form of the mention contains. */
  phrase: string;
}
export type MentionWording<K extends MentionKey> = MentionBase &
  (K extends CountryWordedMention ? { byCountry: Record<(typeof COUNTRY_WORDED_MENTIONS)[K][number], string> } : { paragraph: string }) &
  (K extends SmsMention ? { sms: string } : unknown);
export type MentionsWording = { [K in MentionKey]: MentionWording<K> };

export interface FrameWording {
  debtorLetterSalutation: string;
  debtorEmailSalutation: string;
  creditorSalutation: string;
  /** Before the closing of every debtor letter and e-mail. */
  contact: string;
  /** Closing lines: the last is the signature. */
  closing: string[];
}

export interface EnvelopeWording {
  /** Shown after the agency's name where the envelope may say what the sender does. */
  collectionAgency: string;
  /** Shown instead of an agency name that itself reveals debt collection, where the envelope may not. */
  neutralSender: string;
}

export interface LanguageWording {
  frame: FrameWording;
  kinds: KindsWording;
  mentions: MentionsWording;
  envelope: EnvelopeWording;
}
