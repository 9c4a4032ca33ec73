const UNIT_MS: Record<string, number> = {
  ms: 1,
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

/**
 * Parses operator-friendly durations: `90d`, `36h`, `15m`, `1w2d`, or ISO 8601 `P3D` / `PT12H`.
 * Months and years are refused on purpose: their length depends on the calendar, and an operator
 * advancing a test clock should say exactly how far.
 */
export function parseDuration(text: string): number {
  const input = text.trim();
  const iso = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/i.exec(input);
  if (iso && input.length > 1 && !/T$/i.test(input)) {
    const [, w, d, h, m, s] = iso.map((part) => Number(part ?? 0));
    return w * UNIT_MS.w + d * UNIT_MS.d + h * UNIT_MS.h + m * UNIT_MS.m + s * UNIT_MS.s;
  }
  const parts = input.match(/(\d+)(ms|s|m|h|d|w)/g);
  if (!parts || parts.join('') !== input) {
    throw new RangeError(`"${text}" is not a duration: use e.g. 90d, 36h, 1w2d, 15m or ISO 8601 P3D`);
  }
  return parts.reduce((total, part) => {
    const [, amount, unit] = /^(\d+)(ms|s|m|h|d|w)$/.exec(part) as RegExpExecArray;
    return total + Number(amount) * UNIT_MS[unit];
  }, 0);
}
