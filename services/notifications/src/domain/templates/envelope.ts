import type { Language } from '../message';
import { TemplateNotFoundError } from './template.errors';
import { TEMPLATE_SETS } from './template-sets';
import { TEMPLATE_COUNTRIES, type TemplateCountry } from './template-wording';

/**
 * What the outside of a letter may say (the return address and the text seen through the
 * window). Anyone handling the envelope — a neighbour, a family member, a colleague — must not
 * learn that it is about a debt where the law says so:
 * - BE: an envelope revealing debt collection is forbidden (Book XIX and unfair practices);
 * - US: no language or symbol on the envelope but the collector's name and address, and the name
 *   only if it does not indicate debt collection (Reg F 1006.22(f)(5));
 * - GB: no disclosure to third parties (CONC 7.9): the stricter reading keeps envelopes neutral.
 * Elsewhere no rule was found: the envelope may name the agency as a collection agency.
 */
const NEUTRAL_ENVELOPE: readonly TemplateCountry[] = ['BE', 'US', 'GB'];

/** Words in an agency name that reveal debt collection (any of our languages). */
const COLLECTION_WORDS = /collect|recouvr|recover|debt|cr[ée]ance|incass|inkass|forderung|schuld|cobro|cobran|deud|indriv|fordring|skuld/i;

export function revealsCollection(country: TemplateCountry): boolean {
  assertCountry(country);
  return !NEUTRAL_ENVELOPE.includes(country);
}

/**
 * The sender line on the envelope. Where the envelope may reveal collection: the agency's name and
 * what it is ("Acme – Agence de recouvrement"). Where it may not: the agency's name alone, or a
 * neutral sender ("Service clientèle") when the name itself speaks of collection. The layout adds
 * the return address under it.
 */
export function envelopeSenderLine(country: TemplateCountry, agencyName: string, language: Language): string {
  assertCountry(country);
  const wording = TEMPLATE_SETS[language]?.envelope;
  if (!wording) throw new TemplateNotFoundError(`no envelope wording in language "${language}"`);
  const name = agencyName.trim();
  if (revealsCollection(country)) return name === '' ? wording.collectionAgency : `${name} – ${wording.collectionAgency}`;
  return name === '' || COLLECTION_WORDS.test(name) ? wording.neutralSender : name;
}

function assertCountry(country: string): asserts country is TemplateCountry {
  if (!(TEMPLATE_COUNTRIES as readonly string[]).includes(country)) {
    throw new TemplateNotFoundError(`no envelope rule for country "${country}" (known: ${TEMPLATE_COUNTRIES.join(', ')})`);
  }
}
