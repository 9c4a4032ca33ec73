/**
 * Calendar dates as registers write them, `YYYY-MM-DD`. Checked with char codes rather than a
 * regex or `Date`: a register file holds millions of them, and `Date` rolls 02-30 over to March.
 */

const ZERO = 48;
const DASH = 45;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True when `value` is `YYYY-MM-DD` and names a day that exists (leap years included). */
export function isCalendarDate(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH) return false;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

/** The number written by the ASCII digits in [start, end), or -1 when one is not a digit. */
function digits(value: string, start: number, end: number): number {
  let number = 0;
  for (let i = start; i < end; i += 1) {
    const digit = value.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    number = number * 10 + digit;
  }
  return number;
}
