import { companyNameTokens, nameTokens, type NameToken } from './names';
import { genderedForms, wordSimilarity, type NameWord } from './word-similarity';

/**
 * How alike two names are, in [0, 1], whatever the word order, accents, case or hyphens.
 *
 * Each word of the shorter name is paired with a word of the longer one (the best pairing is
 * searched); the longer name's words left over are extras. The score is
 *   Σ pairs w·s / (Σ pairs w + c·Σ extras w)
 * where s is the pair's `wordSimilarity` and w a word's weight: 1, a particle 0.5 (a pair weighs
 * the mean of its two words). An extra word costs c = 0.2 of its weight for a person (registers drop
 * middle names and the second Spanish or Swedish surname: José García López vs José García 0.91,
 * with two given names 0.94) and c = 0.4 for a company (an extra word often names another company
 * of the same group). A mismatched pair costs its whole weight: a different given name
 * contradicts, a missing one does not. Words one name writes apart and the other as one word are
 * compared as one word (van den Berg/Vandenberg, Jean-Pierre/Jeanpierre). Masculine and feminine
 * forms of a given name (Luis/Luisa) keep the whole name at 0.85 at most.
 *
 * Persons are compared as one bag of words (fields swapped, or a whole name in one field, still
 * match) and, when both have given and family names, also field by field; the higher score counts,
 * so María José García vs María García López is not punished for pairing José with López.
 * Companies are compared without legal form or connectives (SA, BV, GmbH, Ltd, AB, the, and ...).
 * A person and a company score 0.
 */
export interface PersonOrCompanyName {
  kind: 'person' | 'company';
  givenNames?: string;
  familyName?: string;
  legalName?: string;
}

const PARTICLE_WEIGHT = 0.5;
const EXTRA_WORD_COST = { person: 0.2, company: 0.4 } as const;
/** Gendered forms of a given name (Luis/Luisa) may be a brother and a sister, twins even: review at best, however much else agrees. */
const GENDERED_NAME_CEILING = 0.85;
/** Above this many words on the longer side, pairs are chosen greedily instead of searched. */
const SEARCH_LIMIT = 7;

interface Word extends NameWord {
  weight: number;
}

/** Paired similarity and total weight (the score is their ratio), and the most the score may be. */
interface Tally {
  matched: number;
  weight: number;
  ceiling: number;
}

const ratio = (tally: Tally) => (tally.weight > 0 ? Math.min(tally.ceiling, tally.matched / tally.weight) : 0);
const toWords = (tokens: NameToken[]): Word[] => tokens.map((token) => ({ ...token, weight: token.particle ? PARTICLE_WEIGHT : 1 }));

/**
 * Runs of 2 to 4 words that the other name writes as one word become one word (van den Berg ↔
 * Vandenberg, Jean Pierre ↔ Jeanpierre), unless the other name has every word of the run as well.
 */
function joinRuns(words: Word[], other: Word[]): Word[] {
  const otherTexts = new Set(other.map((word) => word.text));
  const joins = (run: Word[]) => otherTexts.has(run.map((word) => word.text).join('')) && run.some((word) => !otherTexts.has(word.text));
  const result: Word[] = [];
  for (let i = 0; i < words.length; ) {
    const run = [4, 3, 2].map((n) => words.slice(i, i + n)).find((candidate) => candidate.length > 1 && joins(candidate));
    if (run === undefined) {
      result.push(words[i]);
      i += 1;
    } else {
      const text = run.map((word) => word.text).join('');
      result.push({ text, particle: false, initial: false, given: run.every((word) => word.given), weight: 1, joined: true });
      i += run.length;
    }
  }
  return result;
}

/** The best pairing of the shorter name's words with the longer name's (searched, or greedy for long names). */
function align(first: Word[], second: Word[], extraCost: number): Tally {
  const [short, long] = first.length <= second.length ? [first, second] : [second, first];
  const pairs = short.map((a) => long.map((b) => ({
    weight: (a.weight + b.weight) / 2,
    similarity: wordSimilarity(a, b),
    ceiling: genderedForms(a, b) ? GENDERED_NAME_CEILING : 1,
  })));
  const longWeight = long.reduce((sum, word) => sum + word.weight, 0);
  const tally = (chosen: number[]): Tally => {
    const paired = chosen.map((j, i) => pairs[i][j]);
    const pairedLongWeight = chosen.reduce((sum, j) => sum + long[j].weight, 0);
    return {
      matched: paired.reduce((sum, pair) => sum + pair.weight * pair.similarity, 0),
      weight: paired.reduce((sum, pair) => sum + pair.weight, 0) + extraCost * (longWeight - pairedLongWeight),
      ceiling: Math.min(1, ...paired.map((pair) => pair.ceiling)),
    };
  };

  if (long.length > SEARCH_LIMIT) {
    const ranked = short.flatMap((a, i) => long.map((b, j) => ({ i, j, similarity: pairs[i][j].similarity, key: [a.text, b.text].sort().join(' ') })));
    ranked.sort((x, y) => y.similarity - x.similarity || x.key.localeCompare(y.key));
    const chosen: number[] = [];
    for (const { i, j } of ranked) if (chosen[i] === undefined && !chosen.includes(j)) chosen[i] = j;
    return tally(chosen);
  }

  let best: Tally | undefined;
  const chosen: number[] = [];
  const search = (i: number): void => {
    if (i === short.length) {
      const candidate = tally(chosen);
      if (best === undefined || ratio(candidate) > ratio(best)) best = candidate;
      return;
    }
    for (let j = 0; j < long.length; j += 1) {
      if (chosen.includes(j)) continue;
      chosen.push(j);
      search(i + 1);
      chosen.pop();
    }
  };
  search(0);
  return best!;
}

function alignNames(a: NameToken[], b: NameToken[], extraCost: number): Tally {
  const [wordsA, wordsB] = [toWords(a), toWords(b)];
  return align(joinRuns(wordsA, wordsB), joinRuns(wordsB, wordsA), extraCost);
}

export function nameSimilarity(a: PersonOrCompanyName, b: PersonOrCompanyName): number {
  if (a.kind !== b.kind) return 0;
  if (a.kind === 'company') return ratio(alignNames(companyNameTokens(a.legalName), companyNameTokens(b.legalName), EXTRA_WORD_COST.company));
  const cost = EXTRA_WORD_COST.person;
  const [tokensA, tokensB] = [nameTokens(a.givenNames, a.familyName), nameTokens(b.givenNames, b.familyName)];
  const asOneBag = ratio(alignNames(tokensA, tokensB, cost));
  const fields = [tokensA, tokensB].flatMap((tokens) => [tokens.filter((token) => token.given), tokens.filter((token) => !token.given)]);
  if (fields.some((field) => field.length === 0)) return asOneBag;
  const [givenA, familyA, givenB, familyB] = fields;
  const [given, family] = [alignNames(givenA, givenB, cost), alignNames(familyA, familyB, cost)];
  const fieldByField = { matched: given.matched + family.matched, weight: given.weight + family.weight, ceiling: Math.min(given.ceiling, family.ceiling) };
  return Math.max(asOneBag, ratio(fieldByField));
}
