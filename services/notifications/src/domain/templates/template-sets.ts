import type { Language } from '../message';
import { MESSAGES_DE } from './messages.de';
import { MESSAGES_EN } from './messages.en';
import { MESSAGES_ES } from './messages.es';
import { MESSAGES_FR } from './messages.fr';
import { MESSAGES_NL } from './messages.nl';
import { MESSAGES_SV } from './messages.sv';
import type { LanguageWording } from './template-wording';

/**
 * The wording of every language, as `createTemplateCatalogue` compiles it. Typed as a full record:
 * a language missing here, or a kind, part or mention missing in a language file, does not compile.
 */
export const TEMPLATE_SETS: Record<Language, LanguageWording> = {
  fr: MESSAGES_FR,
  nl: MESSAGES_NL,
  de: MESSAGES_DE,
  en: MESSAGES_EN,
  es: MESSAGES_ES,
  sv: MESSAGES_SV,
};
