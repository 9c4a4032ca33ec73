/**
 * Postcode formats per country (ISO 3166-1 alpha-2). A code is compacted first (upper-cased,
 * whitespace removed, a country prefix such as "B-" or "D-" dropped), tested against `compact`,
 * then rendered by `format`. Countries not listed are not checked: their code is only tidied.
 */
interface PostcodeFormat {
  /** Prefixes sometimes written before the code (B-1000, NL-1234 AB, D-10115); longest first. */
  readonly prefixes: readonly string[];
  readonly compact: RegExp;
  readonly format: (compact: string) => string;
}

const asIs = (code: string): string => code;
const splitAt = (position: number, separator: string) => (code: string) => `${code.slice(0, position)}${separator}${code.slice(position)}`;

// GB: the BS 7666 pattern the UK government publishes for postcodes (outward code: area letter(s),
// district digit(s), optional sub-district letter; inward code: sector digit, two unit letters
// without C I K M O V), plus the Girobank code GIR 0AA.
const GB_POSTCODE = /^(?:GIR0AA|(?:[A-PR-UWYZ]\d{1,2}|[A-PR-UWYZ][A-HK-Y]\d{1,2}|[A-PR-UWYZ]\d[A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y]\d[ABEHMNPRVWXY])\d[ABD-HJLNP-UW-Z]{2})$/;

const POSTCODE_FORMATS: Readonly<Record<string, PostcodeFormat>> = {
  // 4 digits, 1000–9999
  BE: { prefixes: ['BE', 'B'], compact: /^[1-9]\d{3}$/, format: asIs },
  // 4 digits (including the 0555, 0800… codes of large receivers)
  DK: { prefixes: ['DK'], compact: /^\d{4}$/, format: asIs },
  // 4 digits and 2 letters, one space between; the letter pairs SA, SD and SS are never issued
  NL: { prefixes: ['NL'], compact: /^[1-9]\d{3}(?!SA|SD|SS)[A-Z]{2}$/, format: splitAt(4, ' ') },
  // 5 digits; no zone 00
  DE: { prefixes: ['DE', 'D'], compact: /^(?!00)\d{5}$/, format: asIs },
  // 5 digits; the first two are the département (01–95, Corsica 20), 97–98 overseas and Monaco
  FR: { prefixes: ['FR', 'F'], compact: /^(?:0[1-9]|[1-8]\d|9[0-8])\d{3}$/, format: asIs },
  // 5 digits; the first two are the province, 01–52 (see spanish-provinces.ts)
  ES: { prefixes: ['ES', 'E'], compact: /^(?:0[1-9]|[1-4]\d|5[0-2])\d{3}$/, format: asIs },
  // 5 digits written "123 45"
  SE: { prefixes: ['SE', 'S'], compact: /^[1-9]\d{4}$/, format: splitAt(3, ' ') },
  // outward code, one space, inward code (the last three characters)
  GB: { prefixes: [], compact: GB_POSTCODE, format: (code) => `${code.slice(0, -3)} ${code.slice(-3)}` },
  // ZIP (5 digits) or ZIP+4 written "12345-6789"
  US: { prefixes: [], compact: /^\d{5}(?:-?\d{4})?$/, format: (code) => (code.length === 5 ? code : `${code.slice(0, 5)}-${code.slice(-4)}`) },
  // Neighbours: 4 digits (LU, AT, CH), 5 digits (IT), "1234-567" (PT)
  LU: { prefixes: ['LU', 'L'], compact: /^\d{4}$/, format: asIs },
  AT: { prefixes: ['AT', 'A'], compact: /^[1-9]\d{3}$/, format: asIs },
  CH: { prefixes: ['CH'], compact: /^[1-9]\d{3}$/, format: asIs },
  IT: { prefixes: ['IT', 'I'], compact: /^\d{5}$/, format: asIs },
  PT: { prefixes: ['PT', 'P'], compact: /^[1-9]\d{3}-?\d{3}$/, format: (code) => `${code.slice(0, 4)}-${code.slice(-3)}` },
};

/**
 * Countries whose post delivers without a postcode (Ireland's Eircode is optional for delivery;
 * the others have no postcode system), so a missing code there is no reason to refuse a letter.
 */
export const COUNTRIES_WITHOUT_POSTCODES: readonly string[] = ['AE', 'HK', 'IE', 'QA'];

export type PostcodeCheck =
  | { readonly kind: 'valid'; readonly postcode: string }
  | { readonly kind: 'malformed'; readonly postcode: string }
  | { readonly kind: 'unchecked'; readonly postcode: string };

/** Formats a postcode the way the country's post writes it, or says it cannot be one. */
export function formatPostcode(raw: string, country: string): PostcodeCheck {
  const tidied = raw.trim().replace(/\s+/g, ' ').toUpperCase();
  const format = POSTCODE_FORMATS[country];
  if (!format) return { kind: 'unchecked', postcode: tidied };
  const compact = withoutPrefix(tidied.replace(/\s/g, ''), format.prefixes);
  return format.compact.test(compact) ? { kind: 'valid', postcode: format.format(compact) } : { kind: 'malformed', postcode: tidied };
}

function withoutPrefix(code: string, prefixes: readonly string[]): string {
  for (const prefix of prefixes) {
    const match = new RegExp(`^${prefix}-?(?=\\d)`).exec(code);
    if (match) return code.slice(match[0].length);
  }
  return code;
}
