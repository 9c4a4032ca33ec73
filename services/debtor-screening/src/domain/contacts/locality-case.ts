/**
 * Title-casing of locality names per country convention: every word capitalised, except the
 * particles that stay lower-case inside a name (Saint-Josse-ten-Noode, Frankfurt am Main,
 * Alphen aan den Rijn, Stratford-upon-Avon, Vilanova i la Geltrú). The first word is always
 * capitalised (Le Havre, Den Haag), except the Dutch 's and 't ('s-Hertogenbosch).
 */
const FRENCH = ['de', 'du', 'des', 'la', 'le', 'les', 'sur', 'sous', 'en', 'lès', 'lez', 'aux', 'au', 'et', 'd', 'l'];
const DUTCH = ['aan', 'de', 'den', 'der', 'het', 'in', 'op', 'bij', 'van', 'onder', 'over', 'ter', 'ten', 'en'];
const GERMAN = ['am', 'an', 'der', 'die', 'dem', 'den', 'im', 'in', 'bei', 'vor', 'ob', 'auf', 'unter', 'zum', 'zur', 'von'];
const SPANISH = ['de', 'del', 'la', 'las', 'los', 'el', 'y', 'i', 'd', 'l'];
const ENGLISH = ['upon', 'on', 'in', 'the', 'by', 'under', 'le', 'de', 'la', 'en', 'cum', 'super', 'next'];
const ITALIAN = ['di', 'del', 'della', 'dei', 'degli', 'delle', 'sul', 'sulla', 'al', 'in', 'd', 'l', 'nell'];
const PORTUGUESE = ['de', 'da', 'do', 'das', 'dos', 'e'];

const PARTICLES: Readonly<Record<string, readonly string[]>> = {
  BE: [...FRENCH, ...DUTCH],
  FR: FRENCH, MC: FRENCH, LU: [...FRENCH, ...GERMAN], CH: [...GERMAN, ...FRENCH],
  NL: DUTCH, DE: GERMAN, AT: GERMAN,
  ES: SPANISH, IT: ITALIAN, PT: PORTUGUESE,
  GB: ENGLISH, IE: ENGLISH,
};

/** Countries where the digraph ij is capitalised as one letter (IJmuiden, Capelle aan den IJssel). */
const IJ_COUNTRIES = new Set(['NL', 'BE']);

const APOSTROPHES = /['\u2019]/;

/**
 * Title-cases a locality written all in capitals or all in small letters ("BRUXELLES",
 * "saint-josse-ten-noode"). A name already in mixed case is kept as written: whoever typed
 * "McAllen" or "IJmuiden" knew better than a rule.
 */
export function caseLocality(locality: string, country: string): string {
  const hasUpper = locality !== locality.toLowerCase();
  const hasLower = locality !== locality.toUpperCase();
  if (hasUpper && hasLower) return locality;
  const particles = new Set(PARTICLES[country] ?? []);
  const capitalise = IJ_COUNTRIES.has(country) ? capitaliseDutch : capitaliseFirst;
  // Words and the separators between them: "l'haÿ-les-roses" → ["", "l", "'", "haÿ", "-", "les", "-", "roses", ""].
  const parts = locality.toLowerCase().split(/([\p{L}\p{M}\p{N}]+)/u);
  let wordIndex = 0;
  for (let i = 1; i < parts.length; i += 2) {
    parts[i] = caseWord(parts[i], wordIndex, parts[i - 1], i >= 2 ? parts[i - 2] : '', particles, capitalise);
    wordIndex += 1;
  }
  return parts.join('');
}

function caseWord(
  word: string,
  wordIndex: number,
  before: string,
  wordBefore: string,
  particles: ReadonlySet<string>,
  capitalise: (word: string) => string,
): string {
  const afterApostrophe = APOSTROPHES.test(before) && before.length === 1 && wordBefore !== '';
  if (wordIndex === 0 && APOSTROPHES.test(before) && (word === 's' || word === 't')) return word; // 's-Hertogenbosch, 't Zandt
  if (afterApostrophe && word === 's' && wordBefore.length > 1) return word; // Bishop's Stortford
  if (afterApostrophe && wordBefore.length === 1) return capitalise(word); // L'Haÿ, Braine-l'Alleud, O'Fallon
  if (wordIndex > 0 && particles.has(word)) return word;
  return capitalise(word);
}

function capitaliseFirst(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function capitaliseDutch(word: string): string {
  return word.startsWith('ij') ? `IJ${word.slice(2)}` : capitaliseFirst(word);
}
