import Handlebars from 'handlebars';
import { LANGUAGES, type Language, MESSAGE_KINDS, type MessageChannel, type MessageContext, type MessageKind } from '../message';
import type { CompiledLanguage, CompiledTemplate, TemplateCatalogue } from './compile-catalogue';
import { formatAddress, formatCalendarDate, formatMoney, formatNumber, localeOf } from './locale-format';
import { includedMentions } from './mandatory-mentions';
import { MAX_SMS_SEGMENTS, normaliseSmsText, smsLength } from './sms-encoding';
import { SmsTooLongError, TemplateError, TemplateNotFoundError, TemplateRenderFailedError } from './template.errors';
import { CREDITOR_KINDS, LEADING_MENTIONS, type MentionKey, TEMPLATE_COUNTRIES, type TemplateCountry } from './template-wording';

export interface RenderRequest {
  kind: MessageKind;
  language: Language;
  /** The debtor's country: its law picks the mentions, and with the language it picks the locale. */
  country: TemplateCountry;
  channel: MessageChannel;
}

export interface RenderedMessage {
  /** One line of plain text. */
  subject: string;
  /** Plain text: the paragraphs separated by a blank line (the SMS itself for an SMS). */
  text: string;
  /** An HTML fragment: one `<p>` per paragraph, values escaped, line breaks as `<br>`. */
  html: string;
  /** Plain-text paragraphs in order: salutation, leading mentions, body, mentions, contact, closing. */
  paragraphs: string[];
  /** The SMS text, GSM-friendly typography, at most `MAX_SMS_SEGMENTS` segments. */
  sms?: string;
}

type Helpers = Record<string, (...args: unknown[]) => string>;
const helpersByLocale = new Map<string, Helpers>();

function helpersFor(locale: string): Helpers {
  let helpers = helpersByLocale.get(locale);
  if (!helpers) {
    helpers = {
      money: (value) => formatMoney(value as Parameters<typeof formatMoney>[0], locale),
      date: (value) => formatCalendarDate(value as string, locale),
      number: (value) => formatNumber(value as number, locale),
      address: (value) => formatAddress(value as Parameters<typeof formatAddress>[0]),
    };
    helpersByLocale.set(locale, helpers);
  }
  return helpers;
}

/**
 * One message in words. Throws `TemplateNotFoundError` for a kind × channel that has no template
 * (an SMS for a kind sent by letter), `TemplateRenderFailedError` when the context lacks a value a
 * template prints (`respondBy` for a reminder, `creditor.address` for an identity mention…),
 * `TemplateValueInvalidError` for a value a helper cannot format, `SmsTooLongError` for an SMS over
 * 3 segments. Nothing is ever left blank.
 */
export function render(catalogue: TemplateCatalogue, request: RenderRequest, given: MessageContext): RenderedMessage {
  const { kind, language, country, channel } = request;
  const context = withoutBlanks(given);
  const wording = catalogue.languages.get(language);
  if (!wording || !(LANGUAGES as readonly string[]).includes(language)) throw new TemplateNotFoundError(`no templates in language "${language}" (known: ${LANGUAGES.join(', ')})`);
  if (!(TEMPLATE_COUNTRIES as readonly string[]).includes(country)) throw new TemplateNotFoundError(`no wording for country "${country}" (known: ${TEMPLATE_COUNTRIES.join(', ')})`);
  if (!(MESSAGE_KINDS as readonly string[]).includes(kind)) throw new TemplateNotFoundError(`unknown message kind "${kind}"`);
  if (!['letter', 'email', 'sms'].includes(channel)) throw new TemplateNotFoundError(`unknown channel "${channel}"`);

  const helpers = helpersFor(localeOf(language, country));
  const label = (part: string) => `${kind} / ${language} / ${country} / ${channel} / ${part}`;
  const run = (template: CompiledTemplate, part: string, mode: 'text' | 'html'): string => {
    try {
      return template[mode](context, { helpers }).trim();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (error instanceof TemplateError && !(error instanceof TemplateRenderFailedError)) {
        throw new TemplateRenderFailedError(`${label(part)}: ${reason}`, [error.code]);
      }
      throw new TemplateRenderFailedError(`${label(part)}: the context lacks a value the template prints (${reason})`);
    }
  };

  const compiledKind = wording.kinds[kind];
  const subject = run(compiledKind.subject, 'subject', 'text').replace(/\s+/g, ' ');
  const mentions = includedMentions(kind, country, channel);
  const leading = mentions.filter((key) => LEADING_MENTIONS.includes(key));
  const trailing = mentions.filter((key) => !LEADING_MENTIONS.includes(key));

  if (channel === 'sms') {
    if (!compiledKind.sms) throw new TemplateNotFoundError(`${kind} is not sent by SMS: it has no SMS text`);
    // the text first (the part a phone shows in its preview), then the mentions' short forms
    const pieces = [run(compiledKind.sms, 'text', 'text'), ...mentions.map((key) => run(smsMention(wording, key, label), `mention:${key}`, 'text'))];
    const sms = normaliseSmsText(pieces.filter((p) => p !== '').join(' ').replace(/\s+/g, ' '));
    const length = smsLength(sms);
    if (length.segments > MAX_SMS_SEGMENTS) {
      throw new SmsTooLongError(`${label('text')}: the SMS needs ${length.segments} segments (${length.units} ${length.encoding} units), at most ${MAX_SMS_SEGMENTS} are allowed`);
    }
    return { subject, text: sms, html: `<p>${Handlebars.Utils.escapeExpression(sms)}</p>`, paragraphs: [sms], sms };
  }

  const toCreditor = (CREDITOR_KINDS as readonly string[]).includes(kind);
  const salutation = toCreditor ? wording.frame.creditorSalutation : channel === 'letter' ? wording.frame.debtorLetterSalutation : wording.frame.debtorEmailSalutation;
  const parts: Array<[CompiledTemplate, string]> = [
    [salutation, 'salutation'],
    ...leading.map((key): [CompiledTemplate, string] => [paragraphMention(wording, key, country, label), `mention:${key}`]),
    ...(channel === 'letter' ? compiledKind.letter : compiledKind.email).map((t, i): [CompiledTemplate, string] => [t, `body[${i}]`]),
    ...trailing.map((key): [CompiledTemplate, string] => [paragraphMention(wording, key, country, label), `mention:${key}`]),
    ...(toCreditor ? [] : [[wording.frame.contact, 'contact'] as [CompiledTemplate, string]]),
    ...wording.frame.closing.map((t, i): [CompiledTemplate, string] => [t, `closing[${i}]`]),
  ];
  const paragraphs: string[] = [];
  const html: string[] = [];
  for (const [template, part] of parts) {
    const text = run(template, part, 'text');
    if (text === '') continue; // a paragraph made only of an {{#if}} that is false
    paragraphs.push(text);
    html.push(`<p>${run(template, part, 'html').replace(/\n/g, '<br>')}</p>`);
  }
  return { subject, text: paragraphs.join('\n\n'), html: html.join('\n'), paragraphs };
}

function paragraphMention(wording: CompiledLanguage, key: MentionKey, country: TemplateCountry, label: (part: string) => string): CompiledTemplate {
  const mention = wording.mentions[key];
  const template = mention.byCountry[country] ?? mention.paragraph;
  if (!template) throw new TemplateNotFoundError(`${label(`mention:${key}`)}: no wording of this mention for ${country}`);
  return template;
}

function smsMention(wording: CompiledLanguage, key: MentionKey, label: (part: string) => string): CompiledTemplate {
  const template = wording.mentions[key].sms;
  if (!template) throw new TemplateNotFoundError(`${label(`mention:${key}`)}: this mention has no SMS form`);
  return template;
}

/**
 * The context without its blank values (undefined, null, strings of spaces): Handlebars' strict
 * mode throws only for an absent key, so a key present with nothing in it must go too, or
 * `{{body}}` would print an empty paragraph instead of failing.
 */
function withoutBlanks<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutBlanks) as T;
  if (typeof value !== 'object' || value === null) return value;
  const kept: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined || field === null || (typeof field === 'string' && field.trim() === '')) continue;
    kept[key] = withoutBlanks(field);
  }
  return kept as T;
}
