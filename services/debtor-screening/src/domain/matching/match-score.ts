import type { RegisterSubject } from '../registers/register-entry';
import { compareAddresses, compareBirthDates, type AddressEvidence, type BirthDateEvidence } from './match-evidence';
import { nameSimilarity } from './name-similarity';

/**
 * Whether a register entry is about the debtor, when no identifier settles it (exact identifier
 * matches are decided elsewhere). The name alone never decides: it must be backed by a birth
 * date or an address.
 *
 *   score = name × corroboration, rounded to 3 decimals
 *
 * name is `nameSimilarity` (0..1). corroboration comes from the other evidence:
 *
 *   person   birth date   address                      corroboration
 *            same         same postcode                1.00
 *            same         same locality                0.98
 *            same         different or unknown         0.95  (people move; registers lag)
 *            unknown      same postcode                0.88  (never a match: a father and son
 *            unknown      same locality                0.80   share name and address; review at best)
 *            unknown      different or unknown         0     (a name alone is no evidence)
 *            different    any                          0     (two people, whatever the name)
 *   company  same postcode                             0.97  (group companies share offices: a
 *            same locality                             0.92   name a few letters off goes to review)
 *            different or unknown                      0     (a name alone is no evidence)
 *   any      different countries or kinds              0
 *
 * decision: score ≥ MATCH_THRESHOLD (0.90) → `match`; ≥ REVIEW_THRESHOLD (0.75) → `review`
 * (a person decides); below → `no_match`. Why these numbers, with the name scores of
 * `nameSimilarity`:
 * - identical names, or names differing in accents, case, word order, hyphens or a known spelling
 *   variant (Müller/Mueller, 0.98), with the same birth date match (≥ 0.93);
 * - a dropped second surname or middle name (José García López/José García 0.91, with two given
 *   names 0.94) with the same birth date goes to review (0.86–0.89): the dropped word is what tells
 *   relatives apart. It matches when the postcode agrees too;
 * - a spelling difference no rule explains (Jon/John, Peeters/Pieters: 0.93–0.94) goes to review
 *   on a birth date alone and matches when the postcode agrees too; a different particle (van
 *   der/van den: 0.83), an initial (J./Jan: 0.80) and gendered forms of a given name (Luis/Luisa:
 *   0.85, perhaps twins) never get past review;
 * - a different given name with the same family name (Jan/Marc Peeters: 0.53) is no_match
 *   whatever else agrees, since no corroboration lifts it to 0.75;
 * - without a birth date, only a nearly identical name reaches review (name ≥ 0.85 with the
 *   postcode, ≥ 0.94 with the locality), and nothing matches;
 * - a company matches on an identical name or one differing by a spelling variant, legal form,
 *   connective or a letter in a long word (name ≥ 0.93 with the postcode, ≥ 0.98 with the
 *   locality); an extra word (Acme Trading Europe vs Acme Trading: 0.83) goes to review.
 */
export const MATCH_THRESHOLD = 0.9;
export const REVIEW_THRESHOLD = 0.75;

/** A debtor or a register entry, as matching sees it. Dates are `YYYY-MM-DD` (`YYYY` or `YYYY-MM` when the source knows no more). */
export interface MatchSubject {
  kind: 'person' | 'company';
  /** ISO 3166-1 alpha-2. */
  country: string;
  givenNames?: string;
  familyName?: string;
  legalName?: string;
  birthDate?: string;
  postalCodes: string[];
  localities?: string[];
  /** Shown to whoever reviews; not scored (a street without its number, in many formats, says little). */
  streets?: string[];
}

export type MatchDecision = 'match' | 'review' | 'no_match';

export interface MatchAssessment {
  score: number;
  decision: MatchDecision;
  evidence: { name: number; birthDate: BirthDateEvidence; address: AddressEvidence };
}

const PERSON_CORROBORATION: Record<BirthDateEvidence, Record<AddressEvidence, number>> = {
  same: { same_postcode: 1, same_locality: 0.98, different: 0.95, unknown: 0.95 },
  unknown: { same_postcode: 0.88, same_locality: 0.8, different: 0, unknown: 0 },
  different: { same_postcode: 0, same_locality: 0, different: 0, unknown: 0 },
};

const COMPANY_CORROBORATION: Record<AddressEvidence, number> = { same_postcode: 0.97, same_locality: 0.92, different: 0, unknown: 0 };

const round = (value: number) => Math.round(value * 1000) / 1000;

function decide(score: number): MatchDecision {
  if (score >= MATCH_THRESHOLD) return 'match';
  return score >= REVIEW_THRESHOLD ? 'review' : 'no_match';
}

export function scoreMatch(debtor: MatchSubject, entry: MatchSubject): MatchAssessment {
  const name = nameSimilarity(debtor, entry);
  const birthDate = debtor.kind === 'person' && entry.kind === 'person' ? compareBirthDates(debtor.birthDate, entry.birthDate) : 'unknown';
  const address = compareAddresses(debtor, entry);
  const comparable = debtor.kind === entry.kind && debtor.country.trim().toUpperCase() === entry.country.trim().toUpperCase();
  const corroboration = !comparable ? 0 : debtor.kind === 'person' ? PERSON_CORROBORATION[birthDate][address] : COMPANY_CORROBORATION[address];
  const score = round(name * corroboration);
  return { score, decision: decide(score), evidence: { name: round(name), birthDate, address } };
}

/** A register's subject as matching sees it: its one address as lists of one. */
export function toMatchSubject(subject: RegisterSubject): MatchSubject {
  return {
    kind: subject.kind,
    country: subject.country,
    givenNames: subject.givenNames,
    familyName: subject.familyName,
    legalName: subject.legalName,
    birthDate: subject.birthDate,
    postalCodes: subject.postalCode ? [subject.postalCode] : [],
    localities: subject.locality ? [subject.locality] : [],
    streets: subject.street ? [subject.street] : [],
  };
}
