/**
 * SMS length, as the network counts it (3GPP TS 23.038). A text made only of GSM 03.38 characters
 * is sent in GSM-7: 160 septets in one SMS, or 153 per segment when concatenated; the extension
 * characters (`€ [ ] { } \ ~ ^ |` and form feed) take two septets and are never split across
 * segments. Any other character (`ê`, `ç`, `á`, `ó`, emoji…) switches the whole text to UCS-2:
 * 70 UTF-16 code units in one SMS, 67 per segment, a surrogate pair never split.
 *
 * We allow at most 3 segments (459 GSM-7 septets, or 201 UCS-2 code units) per SMS: a longer text
 * is an error, never truncated.
 */

export const MAX_SMS_SEGMENTS = 3;

const GSM7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM7_EXTENSION = '\f^{}\\[~]|€';
const BASIC = new Set(GSM7_BASIC);
const EXTENSION = new Set(GSM7_EXTENSION);

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SmsLength {
  encoding: SmsEncoding;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  units: number;
  segments: number;
}

/**
 * What an SMS gateway would do to typography that has a plain equivalent: narrow and ordinary
 * no-break spaces (Intl puts them in amounts and dates) become spaces, curly quotes and dashes
 * become straight ones. Done before counting, so a formatted amount does not force UCS-2.
 */
export function normaliseSmsText(text: string): string {
  return text
    .replace(/[\u00A0\u202F\u2007\u2009]/g, ' ')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D\u00AB\u00BB]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\u2026/g, '...');
}

export function smsLength(text: string): SmsLength {
  const chars = Array.from(text); // code points
  const gsm = chars.every((c) => BASIC.has(c) || EXTENSION.has(c));
  if (gsm) {
    const sizes = chars.map((c) => (EXTENSION.has(c) ? 2 : 1));
    const units = sizes.reduce((a, b) => a + b, 0);
    return { encoding: 'GSM-7', units, segments: units <= 160 ? 1 : pack(sizes, 153) };
  }
  const sizes = chars.map((c) => c.length); // 2 for a surrogate pair
  const units = sizes.reduce((a, b) => a + b, 0);
  return { encoding: 'UCS-2', units, segments: units <= 70 ? 1 : pack(sizes, 67) };
}

/** Segments needed when no character may be split: greedy packing. */
function pack(sizes: number[], capacity: number): number {
  let segments = 1;
  let used = 0;
  for (const size of sizes) {
    if (used + size > capacity) {
      segments += 1;
      used = 0;
    }
    used += size;
  }
  return segments;
}
