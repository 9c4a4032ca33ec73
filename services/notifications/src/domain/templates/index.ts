/** The notifications service's message templates: wording per language, country mentions, rendering. */
export { compileCatalogue, createTemplateCatalogue, type TemplateCatalogue, type TemplateSets } from './compile-catalogue';
export { MESSAGE_CONTEXT_SHAPE, TEMPLATE_HELPERS } from './context-paths';
export { composeDigest, REMINDER_PREFIX } from './digest-wording';
export { envelopeSenderLine, revealsCollection } from './envelope';
export { formatAddress, formatCalendarDate, formatMoney, formatNumber, localeOf, minorToDecimalString } from './locale-format';
export { includedMentions, mandatoryMentions, mentionText } from './mandatory-mentions';
export { render, type RenderedMessage, type RenderRequest } from './render-message';
export { MAX_SMS_SEGMENTS, normaliseSmsText, smsLength, type SmsLength } from './sms-encoding';
export * from './template.errors';
export { messageKindOf, parseTemplateKey, type ParsedTemplateKey, STEP_TEMPLATES, type StepTemplateId } from './template-key';
export { TEMPLATE_SETS } from './template-sets';
export {
  COUNTRY_WORDED_MENTIONS,
  CREDITOR_KINDS,
  type LanguageWording,
  MENTION_KEYS,
  type MentionKey,
  SMS_KINDS,
  TEMPLATE_COUNTRIES,
  type TemplateCountry,
} from './template-wording';
