import { jaroWinkler } from './jaro-winkler';
import { spellingSkeleton, type NameToken } from './names';

/** A word of a name, as compared. */
export interface NameWord extends NameToken {
  /** Several words of this name written as one, to compare with a joined word of the other name (van den Berg ↔ Vandenberg). */
  joined?: boolean;
}

export const WORD_SCORES = {
  /** The same sound spelled another way (same `spellingSkeleton`), or words joined on one side. */
  spellingVariant: 0.98,
  /** The most a difference no rule explains can score: with a birth date alone, such a name goes to review. */
  maxTypo: 0.88,
  /** Masculine and feminine forms of one given name (Luis/Luisa, Jean/Jeanne, Mario/Maria): perhaps a brother and sister, twins even. */
  genderedForms: 0.7,
  /** An initial (J./Jan) or a shortened word (Alex/Alexander, but also Lars/Larsson). */
  shortened: 0.6,
} as const;

/** Endings that make a feminine form of a name, as spelling skeletons (doubled letters collapsed: Jeanne → jeane). */
const FEMININE_ENDINGS = ['ete', 'ine', 'ina', 'ie', 'a', 'e'];

function genderedSkeletons(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 3 || short === long) return false;
  if (short.length === long.length) return long.startsWith(short.slice(0, -1)) && [short.at(-1), long.at(-1)].sort().join('') === 'ao';
  return FEMININE_ENDINGS.some((ending) => long === short + ending);
}

/**
 * Two given names that are the masculine and feminine forms of one name: Luis/Luisa, Jean/Jeanne,
 * Stefan/Stefanie, Mario/Maria. Only given names: family names ending in e are spellings (Clark/Clarke).
 */
export function genderedForms(a: NameWord, b: NameWord): boolean {
  const plainGiven = (word: NameWord) => word.given && !word.particle && !word.initial;
  return plainGiven(a) && plainGiven(b) && genderedSkeletons(spellingSkeleton(a.text), spellingSkeleton(b.text));
}

/** One word begins the other, which goes on for at least 3 more letters. */
function shortened(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.length - short.length >= 3 && long.startsWith(short);
}

/**
 * How alike two words of a name are, in [0, 1]:
 * 1 for the same folded word; 0.98 for a spelling variant or a joined word; 0.6 for an initial or
 * shortened word and the word it begins; 0.7 for gendered forms; 0 for an initial that does not
 * begin the other word, for two different particles (van der/van den: a closed set, so a
 * difference is no typo) and for two words with digits that differ; otherwise
 * 1 − 2·(1 − Jaro-Winkler), taking the better of the words and their skeletons, between 0 and
 * 0.88: a letter off in a long word gives 0.88 (Gonzalez/Gonzales, Peeters/Pieters), Jon/John 0.87,
 * Jan/Marc 0.06.
 */
export function wordSimilarity(a: NameWord, b: NameWord): number {
  if (a.text === b.text) return a.joined || b.joined ? WORD_SCORES.spellingVariant : 1;
  if (a.initial || b.initial) {
    const [initial, other] = a.initial ? [a, b] : [b, a];
    return !other.initial && other.text.startsWith(initial.text) ? WORD_SCORES.shortened : 0;
  }
  if (a.particle && b.particle) return 0;
  if (/\d/.test(a.text) || /\d/.test(b.text)) return 0;
  const [skeletonA, skeletonB] = [spellingSkeleton(a.text), spellingSkeleton(b.text)];
  if (skeletonA === skeletonB) return WORD_SCORES.spellingVariant;
  if (shortened(a.text, b.text) || shortened(skeletonA, skeletonB)) return WORD_SCORES.shortened;
  if (genderedForms(a, b)) return WORD_SCORES.genderedForms;
  const jw = Math.max(jaroWinkler(a.text, b.text), jaroWinkler(skeletonA, skeletonB));
  return Math.min(WORD_SCORES.maxTypo, Math.max(0, 1 - 2 * (1 - jw)));
}
