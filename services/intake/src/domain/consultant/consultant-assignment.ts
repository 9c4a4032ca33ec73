/** A consultant as assignment sees them: where they work, what they speak, how loaded they are. */
export interface ConsultantCandidate {
  id: string;
  /** ISO 3166-1 alpha-2 countries the consultant works in. */
  countries: string[];
  /** BCP 47 primary language subtags the consultant speaks ("nl", "fr"). */
  languages: string[];
  openCases: number;
  active: boolean;
}

/** "nl-BE" → "nl": a Dutch speaker serves Flemish and Dutch debtors alike. */
export function primaryLanguage(tag: string): string {
  return tag.split('-')[0].toLowerCase();
}

/**
 * Picks the consultant for a new case: active, working in the debtor's country, speaking the
 * debtor's language, with the fewest open cases (ties by id, so the choice is reproducible).
 * Undefined when nobody covers the pair: the case is opened for manual assignment.
 */
export function chooseConsultant(candidates: readonly ConsultantCandidate[], country: string, language: string): ConsultantCandidate | undefined {
  const wanted = primaryLanguage(language);
  let best: ConsultantCandidate | undefined;
  for (const candidate of candidates) {
    if (!candidate.active || !candidate.countries.includes(country) || !candidate.languages.includes(wanted)) continue;
    if (!best || candidate.openCases < best.openCases || (candidate.openCases === best.openCases && candidate.id < best.id)) best = candidate;
  }
  return best;
}

/**
 * Assigns a batch of cases in order, counting each assignment before the next, so a bulk import
 * spreads its cases instead of giving them all to whoever was least loaded at the start.
 */
export function assignInOrder(
  candidates: readonly ConsultantCandidate[],
  debtors: ReadonlyArray<{ country: string; language: string }>,
): Array<string | null> {
  const pool = candidates.map((candidate) => ({ ...candidate }));
  return debtors.map(({ country, language }) => {
    const chosen = chooseConsultant(pool, country, language);
    if (!chosen) return null;
    chosen.openCases += 1;
    return chosen.id;
  });
}
