// Fuzzy matching of a debtor against register entries (special-situation, person and company
// registers) when no identifier settles it: names, birth dates and addresses, scored 0..1.
export { MATCH_THRESHOLD, REVIEW_THRESHOLD, scoreMatch, toMatchSubject } from './match-score';
export type { MatchAssessment, MatchDecision, MatchSubject } from './match-score';
export { compareAddresses, compareBirthDates, normalisePostcode } from './match-evidence';
export type { AddressEvidence, AddressFacts, BirthDateEvidence } from './match-evidence';
export { nameSimilarity } from './name-similarity';
export type { PersonOrCompanyName } from './name-similarity';
export { companyNameTokens, foldCompanyName, foldName, nameTokens, spellingSkeleton } from './names';
export type { NameToken } from './names';
