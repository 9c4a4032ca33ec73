/**
 * Letters are set in the PDF standard fonts (Helvetica), which PDF readers decode with
 * WinAnsiEncoding (Windows-1252): Latin-1 plus € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ.
 * That covers every letter of fr, nl, de, es, sv and en (é è ê ë à ç ô ö ü ä å ñ ß ï Å Ø Æ œ…).
 *
 * pdfkit does not check: a character outside the set is written as its UTF-16 code in hex, which
 * shifts the bytes and prints garbage (and a tab, code 9, is written as one hex digit and corrupts
 * the string). So every string goes through `toWinAnsi` first, which keeps what the font has and
 * replaces the rest safely:
 * 1. NFC first, so `e` + combining acute becomes `é`;
 * 2. spaces and dashes that number and date formatting produce (`Intl` writes `1 234,56 €` with
 *    U+202F in French and `−12,50 kr` with U+2212 in Swedish) become their WinAnsi look-alikes;
 * 3. letters without a WinAnsi form lose their accents (`ő` → `o`, `ș` → `s`, `Ł` → `L`, `ĳ` → `ij`);
 * 4. anything else (Greek, Cyrillic, CJK, emoji) becomes `?`, and is reported so the caller can
 *    refuse the letter or transliterate upstream; control characters other than line feeds are dropped.
 */

export const WIN_ANSI_REPLACEMENT = '?';

/** Unicode code points above Latin-1 that WinAnsiEncoding has (its 0x80–0x9F row). */
const WIN_ANSI_EXTRAS = new Set(
  [0x20ac, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x017d, 0x2018, 0x2019,
    0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x017e, 0x0178],
);

const LOOK_ALIKES: Record<string, string> = {
  '\t': ' ',
  '\u2000': ' ', '\u2001': ' ', '\u2002': ' ', '\u2003': ' ', '\u2004': ' ', '\u2005': ' ', '\u2006': ' ', '\u2008': ' ', '\u200a': ' ', '\u205f': ' ', '\u3000': ' ',
  // The spaces inside formatted numbers must not break a line: no-break space.
  '\u2007': '\u00a0', '\u2009': '\u00a0', '\u202f': '\u00a0',
  '\u200b': '', '\u200c': '', '\u200d': '', '\u2060': '', '\ufeff': '',
  '\u2010': '-', '\u2011': '-', '\u2012': '\u2013', '\u2015': '\u2014', '\u2212': '-', '\u2043': '-',
  '\u2032': "'", '\u2033': '"', '\u201b': '\u2019', '\u201f': '\u201d', '\u2044': '/', '\u2215': '/', '\u2023': '\u2022', '\u2219': '\u00b7',
  '\u0141': 'L', '\u0142': 'l', '\u0110': 'D', '\u0111': 'd', '\u0131': 'i', '\u0126': 'H', '\u0127': 'h', '\u0166': 'T', '\u0167': 't',
  '\u1e9e': 'SS', '\u2116': 'No',
};

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Line feeds and WinAnsi characters only: `toWinAnsi` would return the string unchanged. */
const ALREADY_WIN_ANSI =
  /^[\n\x20-\x7e\xa0-\xff\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]*$/;

function isWinAnsi(codePoint: number): boolean {
  return (codePoint >= 0x20 && codePoint <= 0x7e) || (codePoint >= 0xa0 && codePoint <= 0xff) || WIN_ANSI_EXTRAS.has(codePoint);
}

function isAllWinAnsi(text: string): boolean {
  for (const char of text) if (!isWinAnsi(char.codePointAt(0)!)) return false;
  return true;
}

export interface WinAnsiText {
  text: string;
  /** The characters replaced by `?`, each once, in order of appearance. */
  unrepresentable: string[];
}

/** `text` in characters the standard fonts can print (see the module comment for the rules). */
export function toWinAnsi(text: string): WinAnsiText {
  // Most strings need nothing done (NFC leaves these characters, none of them combining, as they are).
  if (ALREADY_WIN_ANSI.test(text)) return { text, unrepresentable: [] };
  const unrepresentable: string[] = [];
  let out = '';
  for (const char of text.replace(/\r\n?/g, '\n').normalize('NFC')) {
    const codePoint = char.codePointAt(0)!;
    if (char === '\n' || isWinAnsi(codePoint)) {
      out += char;
      continue;
    }
    const lookAlike = LOOK_ALIKES[char];
    if (lookAlike !== undefined) {
      out += lookAlike;
      continue;
    }
    if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) continue; // controls: nothing to print
    const stripped = char.normalize('NFKD').replace(COMBINING_MARKS, '');
    if (stripped !== '' && isAllWinAnsi(stripped)) {
      out += stripped;
      continue;
    }
    out += WIN_ANSI_REPLACEMENT;
    if (!unrepresentable.includes(char)) unrepresentable.push(char);
  }
  return { text: out, unrepresentable };
}

/** Every string inside `value` (objects and arrays, as parsed from JSON) through `toWinAnsi`; the unrepresentable characters of all of them. */
export function toWinAnsiStrings<T>(value: T): { value: T; unrepresentable: string[] } {
  const unrepresentable = new Set<string>();
  const map = (item: unknown): unknown => {
    if (typeof item === 'string') {
      const printable = toWinAnsi(item);
      printable.unrepresentable.forEach((char) => unrepresentable.add(char));
      return printable.text;
    }
    if (Array.isArray(item)) return item.map(map);
    if (item !== null && typeof item === 'object') return Object.fromEntries(Object.entries(item).map(([key, entry]) => [key, map(entry)]));
    return item;
  };
  return { value: map(value) as T, unrepresentable: [...unrepresentable] };
}
