/**
 * Payment-reference checks used only by receipt matching, kept private to this folder (not exported
 * from its index). The canonical OGM / RF validators belong to `domain/references`; once that module
 * exists, matching should call it and this file should go.
 *
 * - Belgian OGM/VCS (`+++090/9337/55493+++`): 12 digits, the last two are the first ten mod 97 (0 → 97).
 * - ISO 11649 RF creditor reference (`RF18 5390 0754 7034`): `RF`, two check digits, 1–21
 *   alphanumerics; valid when the reference rotated and read as digits (A = 10 … Z = 35) is 1 mod 97.
 */

/** The compact form matching looks up: whitespace and OGM decoration (`+`, `*`, `/`) removed, upper case. */
export function normaliseReference(raw: string): string {
  return raw.replace(/[\s+*/]/g, '').toUpperCase();
}

export function isValidOgm(reference: string): boolean {
  if (!/^\d{12}$/.test(reference)) return false;
  const check = Number(BigInt(reference.slice(0, 10)) % 97n) || 97;
  return check === Number(reference.slice(10));
}

export function isValidRf(reference: string): boolean {
  if (!/^RF\d{2}[A-Z0-9]{1,21}$/.test(reference)) return false;
  const rotated = reference.slice(4) + reference.slice(0, 4);
  let remainder = 0;
  for (const char of rotated) {
    const value = char >= 'A' ? char.charCodeAt(0) - 55 : Number(char);
    remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
  }
  return remainder === 1;
}

/** OGMs written as `+++123/4567/89012+++`, `***…***`, `123/4567/89012`, `123 4567 89012` or 12 bare digits. */
const OGM_IN_TEXT = /(?<!\d)(?:[+*]{3}\s*)?(\d{3})\s*\/?\s*(\d{4})\s*\/?\s*(\d{5})(?:\s*[+*]{3})?(?!\d)/g;
const RF_START = /(?<![A-Za-z0-9])RF(\d{2})/gi;
const RF_BODY_CHUNK = /^ ?([A-Za-z0-9]+)/;

/**
 * Valid OGM and RF references found in free text, normalised, in order of appearance, without
 * duplicates. A candidate failing its check digits is dropped: a random number is not a reference.
 */
export function findReferencesInText(text: string): string[] {
  const found: Array<{ at: number; reference: string }> = [];
  for (const match of text.matchAll(OGM_IN_TEXT)) {
    const reference = match[1]! + match[2]! + match[3]!;
    if (isValidOgm(reference)) found.push({ at: match.index!, reference });
  }
  for (const match of text.matchAll(RF_START)) {
    const reference = rfAt(text.slice(match.index! + 4), match[1]!);
    if (reference) found.push({ at: match.index!, reference });
  }
  return [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.reference))];
}

/**
 * RF references are often printed in groups of four (`RF18 5390 0754 7034`) and followed by more
 * words: try the longest run of space-separated chunks first, then shorter ones.
 */
function rfAt(rest: string, checkDigits: string): string | undefined {
  const chunks: string[] = [];
  let remaining = rest;
  let length = 0;
  for (let chunk = RF_BODY_CHUNK.exec(remaining); chunk && length + chunk[1]!.length <= 21; chunk = RF_BODY_CHUNK.exec(remaining)) {
    chunks.push(chunk[1]!);
    length += chunk[1]!.length;
    remaining = remaining.slice(chunk[0].length);
  }
  for (let count = chunks.length; count > 0; count--) {
    const candidate = `RF${checkDigits}${chunks.slice(0, count).join('')}`.toUpperCase();
    if (isValidRf(candidate)) return candidate;
  }
  return undefined;
}
