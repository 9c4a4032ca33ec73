import Handlebars from 'handlebars';
import { LANGUAGES, type Language, MESSAGE_KINDS, type MessageChannel, type MessageKind } from '../message';
import { templateProblems } from './context-paths';
import { includedMentions } from './mandatory-mentions';
import { type CatalogueProblem, TemplateCatalogueInvalidError } from './template.errors';
import { TEMPLATE_SETS } from './template-sets';
import {
  COUNTRY_WORDED_MENTIONS,
  CREDITOR_KINDS,
  type EnvelopeWording,
  type FrameWording,
  type LanguageWording,
  MENTION_KEYS,
  type MentionKey,
  SMS_KINDS,
  SMS_MENTIONS,
  TEMPLATE_COUNTRIES,
  type TemplateCountry,
} from './template-wording';

/**
 * The catalogue: every template of every language, parsed, checked and compiled once at start-up.
 * Each template is compiled twice: for plain text (letters' paragraphs, SMS, subjects; no
 * escaping) and for HTML (`noEscape: false`: every value is HTML-escaped). Both run in strict mode,
 * so a printed value the context lacks throws instead of leaving a blank.
 */

type Delegate = Handlebars.TemplateDelegate;
export interface CompiledTemplate {
  source: string;
  text: Delegate;
  html: Delegate;
}
export interface CompiledKind {
  subject: CompiledTemplate;
  letter: CompiledTemplate[];
  email: CompiledTemplate[];
  sms?: CompiledTemplate;
}
export interface CompiledMention {
  phrase: string;
  paragraph?: CompiledTemplate;
  byCountry: Partial<Record<TemplateCountry, CompiledTemplate>>;
  sms?: CompiledTemplate;
}
export interface CompiledLanguage {
  frame: { [K in keyof FrameWording]: FrameWording[K] extends string[] ? CompiledTemplate[] : CompiledTemplate };
  kinds: Record<MessageKind, CompiledKind>;
  mentions: Record<MentionKey, CompiledMention>;
  envelope: EnvelopeWording;
}
export interface TemplateCatalogue {
  readonly languages: ReadonlyMap<Language, CompiledLanguage>;
}

type DeepPartial<T> = T extends string ? T : T extends Array<infer U> ? Array<DeepPartial<U>> : { [K in keyof T]?: DeepPartial<T[K]> };
/** Wording per language, possibly incomplete (what `compileCatalogue` checks). */
export type TemplateSets = Partial<Record<Language, DeepPartial<LanguageWording>>>;

const hb = Handlebars.create();
const COMPILE_OPTIONS = {
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: { money: true, date: true, number: true, address: true, if: true, unless: true, each: true, with: false, lookup: false, log: false },
  ignoreStandalone: true,
  preventIndent: true,
};

type Where = Omit<CatalogueProblem, 'problem'>;

/**
 * `Handlebars.compile` only generates the template's code on its first call; `_setup`, which that
 * first call runs, does it now: the work is done once, at start-up, not on the first letter.
 */
function compileNow(source: string, noEscape: boolean): Delegate {
  const delegate = hb.compile(source, { ...COMPILE_OPTIONS, noEscape });
  const internals = delegate as unknown as { _setup?: (options: object) => void };
  if (typeof internals._setup === 'function') internals._setup({});
  return delegate;
}

class Compiler {
  readonly problems: CatalogueProblem[] = [];

  problem(where: Where, problem: string): void {
    this.problems.push({ ...where, problem });
  }

  /** A template, or undefined (with the problem recorded) when missing or wrong. */
  template(source: unknown, where: Where): CompiledTemplate | undefined {
    if (typeof source !== 'string' || source.trim() === '') return void this.problem(where, 'missing');
    let ast: hbs.AST.Program;
    try {
      ast = hb.parse(source);
    } catch (error) {
      return void this.problem(where, `does not parse: ${(error as Error).message.split('\n')[0]}`);
    }
    const problems = templateProblems(ast);
    if (problems.length > 0) return void problems.forEach((p) => this.problem(where, p));
    return { source, text: compileNow(source, true), html: compileNow(source, false) };
  }

  paragraphs(sources: unknown, where: Where): CompiledTemplate[] {
    if (!Array.isArray(sources) || sources.length === 0) {
      this.problem(where, 'missing');
      return [];
    }
    return sources.map((source, i) => this.template(source, { ...where, part: `${where.part}[${i}]` })).filter((t): t is CompiledTemplate => t !== undefined);
  }

  containsPhrase(template: CompiledTemplate | undefined, phrase: string, where: Where): void {
    if (template && phrase !== '' && !template.source.includes(phrase)) this.problem(where, `does not contain the mention's phrase "${phrase}"`);
  }
}

const record = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {});

function compileLanguage(c: Compiler, language: Language, wording: Record<string, unknown>): CompiledLanguage {
  const frameIn = record(wording.frame);
  const frameWhere = (part: string): Where => ({ language, where: 'frame', channel: '*', part });
  const frame = {
    debtorLetterSalutation: c.template(frameIn.debtorLetterSalutation, frameWhere('debtorLetterSalutation'))!,
    debtorEmailSalutation: c.template(frameIn.debtorEmailSalutation, frameWhere('debtorEmailSalutation'))!,
    creditorSalutation: c.template(frameIn.creditorSalutation, frameWhere('creditorSalutation'))!,
    contact: c.template(frameIn.contact, frameWhere('contact'))!,
    closing: c.paragraphs(frameIn.closing, frameWhere('closing')),
  };

  const kindsIn = record(wording.kinds);
  const kinds = {} as Record<MessageKind, CompiledKind>;
  for (const kind of MESSAGE_KINDS) {
    const k = record(kindsIn[kind]);
    const at = (channel: Where['channel'], part: string): Where => ({ language, where: kind, channel, part });
    kinds[kind] = {
      subject: c.template(k.subject, at('*', 'subject'))!,
      letter: c.paragraphs(k.letter, at('letter', 'body')),
      email: c.paragraphs(k.email, at('email', 'body')),
      sms: (SMS_KINDS as readonly string[]).includes(kind) ? c.template(k.sms, at('sms', 'text')) : undefined,
    };
  }

  const mentionsIn = record(wording.mentions);
  const mentions = {} as Record<MentionKey, CompiledMention>;
  for (const key of MENTION_KEYS) {
    const m = record(mentionsIn[key]);
    const at = (channel: Where['channel'], part: string): Where => ({ language, where: `mention:${key}`, channel, part });
    const phrase = typeof m.phrase === 'string' ? m.phrase : '';
    if (phrase.trim() === '') c.problem(at('*', 'phrase'), 'missing');
    else if (phrase.includes('{{')) c.problem(at('*', 'phrase'), 'a phrase is literal text: no placeholder');
    const countries = (COUNTRY_WORDED_MENTIONS as Partial<Record<MentionKey, readonly TemplateCountry[]>>)[key];
    const compiled: CompiledMention = { phrase, byCountry: {} };
    if (countries) {
      const byCountry = record(m.byCountry);
      for (const country of countries) {
        compiled.byCountry[country] = c.template(byCountry[country], at('*', `byCountry.${country}`));
        c.containsPhrase(compiled.byCountry[country], phrase, at('*', `byCountry.${country}`));
      }
    } else {
      compiled.paragraph = c.template(m.paragraph, at('*', 'paragraph'));
      c.containsPhrase(compiled.paragraph, phrase, at('*', 'paragraph'));
    }
    if ((SMS_MENTIONS as readonly string[]).includes(key)) {
      compiled.sms = c.template(m.sms, at('sms', 'sms'));
      c.containsPhrase(compiled.sms, phrase, at('sms', 'sms'));
    }
    mentions[key] = compiled;
  }

  const envelopeIn = record(wording.envelope);
  const envelope = { collectionAgency: '', neutralSender: '' };
  for (const part of ['collectionAgency', 'neutralSender'] as const) {
    const value = envelopeIn[part];
    if (typeof value !== 'string' || value.trim() === '') c.problem({ language, where: 'envelope', channel: 'letter', part }, 'missing');
    else if (value.includes('{{')) c.problem({ language, where: 'envelope', channel: 'letter', part }, 'envelope wording is literal text: no placeholder');
    else envelope[part] = value;
  }
  return { frame, kinds, mentions, envelope };
}

/** Every mention a message will carry must be worded for its country and channel. */
function checkMentionCoverage(c: Compiler, language: Language, compiled: CompiledLanguage): void {
  const channels: MessageChannel[] = ['letter', 'email', 'sms'];
  const reported = new Set<string>();
  for (const kind of MESSAGE_KINDS) {
    if ((CREDITOR_KINDS as readonly string[]).includes(kind)) continue;
    for (const country of TEMPLATE_COUNTRIES) {
      for (const channel of channels) {
        if (channel === 'sms' && !(SMS_KINDS as readonly string[]).includes(kind)) continue;
        for (const key of includedMentions(kind, country, channel)) {
          const m = compiled.mentions[key];
          const worded = m.phrase !== '' && (m.paragraph !== undefined || Object.values(m.byCountry).some(Boolean)); // else already reported
          const available = channel === 'sms' ? m.sms : (m.byCountry[country] ?? m.paragraph);
          const id = `${key}|${country}|${channel === 'sms' ? 'sms' : 'paragraph'}`;
          if (worded && !available && !reported.has(id)) {
            reported.add(id);
            c.problem({ language, where: `mention:${key}`, channel, part: country }, `${kind} in ${country} needs this mention but it has no wording for ${country}${channel === 'sms' ? ' by SMS' : ''}`);
          }
        }
      }
    }
  }
}

/**
 * Compiles the given wording and throws `TemplateCatalogueInvalidError` listing every problem at
 * once: each missing (kind, language, channel, part), each unknown placeholder or helper, each
 * mention paragraph without its phrase. A missing translation is an error at start-up, never a
 * blank letter.
 */
export function compileCatalogue(sets: TemplateSets): TemplateCatalogue {
  const c = new Compiler();
  const languages = new Map<Language, CompiledLanguage>();
  for (const language of LANGUAGES) {
    const compiled = compileLanguage(c, language, record(sets[language]));
    checkMentionCoverage(c, language, compiled);
    languages.set(language, compiled);
  }
  if (c.problems.length > 0) throw new TemplateCatalogueInvalidError(c.problems);
  return { languages };
}

/** The service's catalogue, from the wording in `messages.<language>.ts`. Call once at start-up. */
export function createTemplateCatalogue(): TemplateCatalogue {
  return compileCatalogue(TEMPLATE_SETS);
}
