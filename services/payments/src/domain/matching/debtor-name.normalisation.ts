/**
 * Compares debtor names the way a person would: case, accents, punctuation, word order and the
 * company's legal form (`B.V.`, `NV`, `GmbH`, `SA`, `AB`…) do not matter.
 * `'Schäfer, Jürgen'` and `'JURGEN SCHAFER'` both become `'jurgen schafer'`.
 */

const LEGAL_FORMS = new Set([
  // Benelux
  'bv', 'nv', 'vof', 'cv', 'bvba', 'cvba', 'vzw', 'asbl', 'sprl', 'srl', 'scrl', 'sa', 'sc', 'scs', 'comm',
  // France, Spain, Italy
  'sas', 'sasu', 'sarl', 'eurl', 'snc', 'sl', 'slu', 'spa',
  // German-speaking
  'gmbh', 'mbh', 'ag', 'kg', 'ohg', 'ug', 'ev', 'haftungsbeschrankt', 'co',
  // Nordics
  'ab', 'hb', 'kb', 'oy', 'oyj', 'as', 'asa', 'aps',
  // English-speaking
  'ltd', 'limited', 'plc', 'llp', 'llc', 'inc', 'corp',
]);

const LETTERS_WITHOUT_DECOMPOSITION: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', þ: 'th' };

/** The name's words, normalised, legal forms dropped (unless nothing else is left), sorted. '' when there is no name. */
export function normaliseDebtorName(name: string): string {
  const plain = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđþ]/g, (c) => LETTERS_WITHOUT_DECOMPOSITION[c]!)
    // Dotted abbreviations become one word: 'b.v.' → 'bv', 's.a.r.l.' → 'sarl' (but 'j. de boer' stays).
    .replace(/\b[a-z](?:\.[a-z])+\.?(?![a-z])/g, (abbreviation) => abbreviation.replace(/\./g, ''));
  const words = plain.split(/[^a-z0-9]+/).filter((word) => word !== '');
  const significant = words.filter((word) => !LEGAL_FORMS.has(word));
  return (significant.length > 0 ? significant : words).sort().join(' ');
}

export function sameDebtorName(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  const normalised = normaliseDebtorName(a);
  return normalised !== '' && normalised === normaliseDebtorName(b);
}
