import { parseCreditorReference, type CreditorReference } from './creditor-reference';
import { parseStructuredCommunication, type StructuredCommunication } from './structured-communication';

export type FoundReference =
  | { readonly scheme: 'OGM'; readonly reference: StructuredCommunication }
  | { readonly scheme: 'RF'; readonly reference: CreditorReference };

// Digit groups may be framed, slashed or spaced; a digit or slash on either side means the
// twelve digits are part of something longer (an account number, a date) and not a reference.
const OGM_CANDIDATE = /(?<![\d/])(?:\+{3}|\*{3})?\s?\d{3}\s?\/?\s?\d{4}\s?\/?\s?\d{5}\s?(?:\+{3}|\*{3})?(?![\d/])/g;
const RF_CANDIDATE = /(?<![A-Za-z0-9])RF\s?\d{2}((?: ?[A-Za-z0-9]){1,21})/gi;

/**
 * The valid OGM and RF references in bank free text (remittance information), in order of
 * appearance and without repeats. Only check-digit-valid candidates survive, so a matcher can
 * trust a hit and send text without one to manual review.
 */
export function findReferencesInText(text: string): FoundReference[] {
  const found = new Map<string, FoundReference & { at: number }>();
  for (const match of text.matchAll(OGM_CANDIDATE)) {
    const parsed = parseStructuredCommunication(match[0]);
    if (parsed.ok) keep(found, { scheme: 'OGM', reference: parsed.reference, at: match.index! });
  }
  for (const match of text.matchAll(RF_CANDIDATE)) {
    const reference = longestValidCreditorReference(text, match);
    if (reference) keep(found, { scheme: 'RF', reference, at: match.index! });
  }
  return [...found.values()].sort((a, b) => a.at - b.at).map(({ scheme, reference }) => ({ scheme, reference }) as FoundReference);
}

function keep(found: Map<string, FoundReference & { at: number }>, hit: FoundReference & { at: number }): void {
  const key = `${hit.scheme}:${hit.reference}`;
  if (!found.has(key)) found.set(key, hit);
}

// Printed references are spaced in groups, and the greedy candidate may run into the next word
// ("RF18 5390 0754 7034 INV"). The cut where the print grouping ends (groups of four, the last
// shorter) is tried first: a longer cut is valid by chance about once in 97, and "RF70 9297 1261
// 90 FACTUUR" must not become a reference to nobody. Then each cut at a space, longest first; a
// cut mid-word is never a reference.
function longestValidCreditorReference(text: string, match: RegExpMatchArray): CreditorReference | undefined {
  const header = match[0].slice(0, match[0].length - match[1].length);
  const tokens = match[1].trim().split(' ');
  const endsAtWordEnd = !/[A-Za-z0-9]/.test(text.charAt(match.index! + match[0].length));
  const printed = printedGroups(tokens);
  if (printed > 1 && (printed < tokens.length || endsAtWordEnd)) {
    const parsed = parseCreditorReference(header + tokens.slice(0, printed).join(''));
    if (parsed.ok) return parsed.reference;
  }
  for (let count = tokens.length; count >= 1; count--) {
    if (count === tokens.length && !endsAtWordEnd) continue;
    const parsed = parseCreditorReference(header + tokens.slice(0, count).join(''));
    if (parsed.ok) return parsed.reference;
  }
  return undefined;
}

/** How many leading tokens follow the printed grouping: fours, then at most one shorter group. */
function printedGroups(tokens: readonly string[]): number {
  let count = 0;
  for (const token of tokens) {
    if (token.length > 4 || token.length === 0) break;
    count += 1;
    if (token.length < 4) break;
  }
  return count;
}
