import { foldText } from '../identity/debtor-identity-keys';
import { transliterate } from './transliteration';

/**
 * Names as words that can be compared: lower case, ASCII, accents and marks gone (José → jose,
 * Ö → o, ß → ss, ø → o, æ → ae, Cyrillic and Greek spelled in Latin), apostrophes joined
 * (O'Brien → obrien, D'Hondt → dhondt) and hyphens and dots splitting words
 * (Dupont-Lefèvre → dupont lefevre, J.-P. → j p).
 */
export interface NameToken {
  /** The folded word: a–z and 0–9 only. */
  text: string;
  /** van, de, der, von, du, le, y ...: part of the name, but weighing less and with no spelling variants. */
  particle: boolean;
  /** A single letter: an initial (J. for Jan). */
  initial: boolean;
  /** A word of the given names (not of the family name or a company name). */
  given: boolean;
}

/**
 * Dutch, German, French, Spanish, Portuguese, Italian, Scandinavian and Arabic name particles, folded.
 * Single letters other than the Spanish y are initials, not particles: the 't of van 't Hof and the
 * Portuguese e cannot be told from T. and E. once folded.
 */
export const PARTICLES: ReadonlySet<string> = new Set([
  'van', 'von', 'vom', 'der', 'den', 'de', 'het', 'ten', 'ter', 'te', 'op', 'in', 'zu', 'zum', 'zur', 'af', 'av',
  'du', 'des', 'le', 'la', 'les', 'del', 'los', 'las', 'y', 'da', 'das', 'do', 'dos', 'di', 'della', 'lo', 'el', 'al',
]);

/** Words that say what kind of company it is, not which one (short and spelled-out forms). */
const LEGAL_FORMS: ReadonlySet<string> = new Set([
  // BE, NL
  'bv', 'bvba', 'nv', 'vof', 'cv', 'cvba', 'commv', 'vzw', 'stichting', 'besloten', 'naamloze', 'vennootschap', 'beperkte', 'aansprakelijkheid',
  // FR, BE, LU
  'sa', 'sas', 'sasu', 'sarl', 'eurl', 'sci', 'snc', 'sca', 'scs', 'sc', 'scrl', 'sprl', 'srl', 'asbl', 'scop', 'scp', 'selarl', 'gie',
  'societe', 'anonyme', 'responsabilite', 'limitee',
  // DE, AT
  'gmbh', 'mbh', 'ag', 'kg', 'kgaa', 'ohg', 'ug', 'gbr', 'ek', 'ev', 'eg', 'haftungsbeschrankt', 'gesellschaft', 'beschrankter', 'haftung',
  // ES
  'sl', 'slu', 'sau', 'sll', 'slne', 'cb', 'sociedad', 'limitada', 'anonima',
  // SE
  'ab', 'hb', 'kb', 'publ', 'aktiebolag', 'aktiebolaget', 'handelsbolag', 'kommanditbolag',
  // EN
  'ltd', 'limited', 'plc', 'llp', 'lp', 'llc', 'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'cic',
]);

/**
 * Articles and conjunctions in company names: the, le, la, les, het, el, and (& is dropped by
 * folding), en, und, et, y, och, og, a, met, mit. Not de, der or den: in Dutch and German names
 * they are particles (Van den Berg BV is not Van der Berg BV).
 */
const CONNECTIVES: ReadonlySet<string> = new Set(['the', 'le', 'la', 'les', 'het', 'el', 'and', 'en', 'und', 'et', 'y', 'och', 'og', 'a', 'met', 'mit']);

/** The folded words of a name, in the order written. */
export function foldWords(...parts: Array<string | undefined>): string[] {
  return parts.flatMap((part) => foldText(transliterate(part ?? '')).split(' ')).filter(Boolean);
}

const toToken = (given: boolean) => (text: string): NameToken => {
  const particle = PARTICLES.has(text);
  return { text, particle, initial: !particle && /^[a-z]$/.test(text), given };
};

/** A person's name as tokens: the given names, then the family name, each in the order written. */
export function nameTokens(givenNames: string | undefined, familyName: string | undefined): NameToken[] {
  return [...foldWords(givenNames).map(toToken(true)), ...foldWords(familyName).map(toToken(false))];
}

/** Runs of single letters are one abbreviation in a company name: B.V. → bv, S.à r.l. → sarl, I.B.M. → ibm. */
function joinLetterRuns(words: string[]): string[] {
  const joined: string[] = [];
  let run = '';
  for (const word of [...words, '']) {
    if (word.length === 1) run += word;
    else {
      if (run) joined.push(run);
      run = '';
      if (word) joined.push(word);
    }
  }
  return joined;
}

/** A company's name as tokens, legal forms and connectives left out (kept when nothing else is left). */
export function companyNameTokens(legalName: string | undefined): NameToken[] {
  const words = joinLetterRuns(foldWords(legalName));
  const distinctive = words.filter((word) => !LEGAL_FORMS.has(word) && !CONNECTIVES.has(word));
  return (distinctive.length > 0 ? distinctive : words).map(toToken(false));
}

/**
 * A person's folded name, words sorted and joined by one space: deterministic and independent of
 * word order and of which field a word was in, for the pg_trgm-indexed column.
 * foldName('José', 'García López') === 'garcia jose lopez'. Particles stay (van der berg → berg der van);
 * a repeated word stays too (García García is not García).
 */
export function foldName(...parts: Array<string | undefined>): string {
  return foldWords(...parts).sort().join(' ');
}

/** A company's folded name without legal form or connectives, words sorted: 'The Acme & Co B.V.' → 'acme'. */
export function foldCompanyName(legalName: string | undefined): string {
  return companyNameTokens(legalName).map((token) => token.text).sort().join(' ');
}

/**
 * A folded word with the spellings of one sound made equal, for comparison only: German umlauts
 * written out (Mueller/Müller, Joergensen/Jørgensen, Saether/Sæther), Scandinavian å written aa
 * (Aasa/Åsa), Dutch ij written y (Bijl/Byl), ph/f, th/t, hard c/k (Eric/Erik, Claes/Klaas),
 * y/i (Meyer/Meier, Sergey/Sergei) and doubled letters (Andersson/Anderson, Müller/Muller).
 * The ue of gue and que is a Spanish spelling, not an umlaut, and stays.
 */
export function spellingSkeleton(word: string): string {
  return word
    .replace(/(?<![gq])ue/g, 'u')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/aa/g, 'a')
    .replace(/ij/g, 'y')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/c(?![eihy])/g, 'k')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
}
