/**
 * Jaro-Winkler similarity in [0, 1] (Winkler 1990): Jaro's count of matching characters
 * within a window and their transpositions, raised for a common prefix of up to 4 characters
 * (scale 0.1) when the Jaro score is at least 0.7. Written here rather than taken from npm:
 * it is twenty lines, and the packages that offer it are either unmaintained or large
 * (natural, talisman). Argument order does not matter: the inputs are ordered first, so the
 * greedy matching gives the same result both ways round. Compares UTF-16 code units; the
 * inputs here are folded ASCII words.
 */
export function jaroWinkler(first: string, second: string): number {
  const [a, b] = first <= second ? [first, second] : [second, first];
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched: boolean[] = new Array(a.length).fill(false);
  const bMatched: boolean[] = new Array(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i += 1) {
    for (let j = Math.max(0, i - window); j <= Math.min(b.length - 1, i + window); j += 1) {
      if (!bMatched[j] && a[i] === b[j]) {
        aMatched[i] = true;
        bMatched[j] = true;
        matches += 1;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let outOfOrder = 0;
  for (let i = 0, j = 0; i < a.length; i += 1) {
    if (!aMatched[i]) continue;
    while (!bMatched[j]) j += 1;
    if (a[i] !== b[j]) outOfOrder += 1;
    j += 1;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - outOfOrder / 2) / matches) / 3;
  if (jaro < 0.7) return jaro;
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && a[prefix] === b[prefix]) prefix += 1;
  return jaro + prefix * 0.1 * (1 - jaro);
}
