/**
 * Per-country delivery rules that make an address doubtful without making it undeliverable.
 */

/**
 * Countries where every street address carries a house number, so a street line without one
 * is probably incomplete. Rural France (lieux-dits, "Le Bourg") and Spain's "s/n" (sin número)
 * are the known exceptions: a lieu-dit stays doubtful (the consultant checks it), "s/n" counts
 * as a number. Left out on purpose: GB and IE (many houses have a name and no number) and the US
 * (rural routes); Scandinavia outside SE and DK is not covered yet.
 */
export const HOUSE_NUMBER_COUNTRIES: readonly string[] = ['AT', 'BE', 'CH', 'DE', 'DK', 'ES', 'FR', 'IT', 'LU', 'NL', 'PT', 'SE'];

/**
 * Countries where an address that is only a PO box is doubtful: a formal notice (mise en demeure,
 * Mahnung, ingebrekestelling, requerimiento) is expected at the debtor's domicile or seat, and a
 * box says nothing of where the debtor lives. Elsewhere (GB, US, SE, DK…) a PO box is an ordinary
 * destination for mail, companies' above all.
 */
export const PO_BOX_ONLY_DOUBTFUL_COUNTRIES: readonly string[] = ['AT', 'BE', 'CH', 'DE', 'ES', 'FR', 'IT', 'LU', 'NL', 'PT'];

/**
 * A line that is a PO box (in any language we meet; the forms do not clash). The Belgian "bte 3"
 * / "boîte 3" is a flat's letterbox in a building, not a PO box, and is not matched.
 */
const PO_BOX_LINES: readonly RegExp[] = [
  /\bp\.?\s*o\.?\s*box\b/i, // PO Box, P.O. Box
  /\bpost\s+office\s+box\b/i,
  /^box\s+\d+/i, // SE: Box 123
  /\bb\.?\s*p\.?\s*\d/i, // FR: BP 123, B.P. 45
  /\bbo[iî]te\s+postale\b/i,
  /\b(?:cs|tsa)\s+\d{4,5}\b/i, // FR: course spéciale, tri service arrivée
  /\bpostbus\b/i, // NL, BE
  /\bpostfach\b/i, // DE, AT, CH
  /\bapartado(?:\s+de\s+correos)?\s*\d/i, // ES, PT
  /\bapdo\.?\s*\d/i,
  /\bcasella\s+postale\b/i, // IT
];

/**
 * A house number: digits ("12", "12b", "12-14"), or Spanish "s/n". The address is judged as a
 * whole: a number on any street line counts, since lines are often split oddly (number on a line
 * of its own, building and street on separate lines).
 */
const HOUSE_NUMBER = /\d|(?:^|\s)s\/n(?:\s|$|,)/i;

export function isPoBoxLine(line: string): boolean {
  return PO_BOX_LINES.some((pattern) => pattern.test(line));
}

export function hasHouseNumber(line: string): boolean {
  return HOUSE_NUMBER.test(line);
}
