/** A Gregorian calendar date as numbers; months and days count from 1. */
export interface BirthDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date of a "YYYY-MM-DD" string, or undefined when it is not a real date (checked elsewhere). */
export function parseBirthDate(value: string | undefined): BirthDate | undefined {
  const match = value === undefined ? null : ISO_DATE.exec(value.trim());
  if (!match) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isRealDate(date.year, date.month, date.day) ? date : undefined;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export const sameDate = (a: BirthDate, b: BirthDate): boolean => a.year === b.year && a.month === b.month && a.day === b.day;
