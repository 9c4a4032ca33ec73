import { identifierKey } from '../identity/debtor-identity-keys';
import type { RegisterSubject } from '../registers/register-entry';
import { nameSimilarity } from './name-similarity';
import { REVIEW_THRESHOLD, scoreMatch, toMatchSubject, type MatchSubject } from './match-score';

/** Whether a register entry is this debtor, and how sure screening is. */
export interface EntryAssessment {
  how: 'identifier' | 'name';
  state: 'matched' | 'pending_review';
  score: number;
  evidence: Record<string, unknown>;
}

/** The identifier key of a register subject, in the same form as a debtor's (`nid:BE:…`, `cno:BE:…`). */
export function entryIdentifierKey(subject: RegisterSubject): string | undefined {
  return identifierKey(subject);
}

/** `nid:BE:…` → `nid:BE`: the same kind of identifier in the same country. */
const slotOf = (key: string) => key.split(':').slice(0, 2).join(':');

function nameOf(subject: MatchSubject) {
  return { kind: subject.kind, givenNames: subject.givenNames, familyName: subject.familyName, legalName: subject.legalName };
}

/**
 * An identifier decides: the same national or company number is the debtor (and an identity
 * register recording another name under it leaves the identity unverified); a different number of
 * the same kind is somebody else, however alike the names. Without identifiers the name, with the
 * birth date or the address, is scored (see match-score): a high score decides, a middling one goes
 * to a reviewer, a low one is nobody.
 */
export function assessEntry(
  debtor: { exactKeys: readonly string[]; subject: MatchSubject },
  entry: { subject: RegisterSubject; identityRegister: boolean },
): EntryAssessment | undefined {
  if (debtor.subject.kind !== entry.subject.kind || debtor.subject.country !== entry.subject.country.toUpperCase()) return undefined;
  const entryKey = entryIdentifierKey(entry.subject);
  const entrySubject = toMatchSubject(entry.subject);
  if (entryKey && debtor.exactKeys.includes(entryKey)) {
    const name = nameSimilarity(nameOf(debtor.subject), nameOf(entrySubject));
    const nameContradicts = entry.identityRegister && name < REVIEW_THRESHOLD;
    return { how: 'identifier', state: 'matched', score: 1, evidence: { identifier: 'same', name: round(name), ...(nameContradicts ? { nameContradicts } : {}) } };
  }
  if (entryKey && debtor.exactKeys.some((key) => slotOf(key) === slotOf(entryKey))) return undefined;
  const assessment = scoreMatch(debtor.subject, entrySubject);
  if (assessment.decision === 'no_match') return undefined;
  return {
    how: 'name',
    state: assessment.decision === 'match' ? 'matched' : 'pending_review',
    score: round(assessment.score),
    evidence: { ...assessment.evidence, name: round(assessment.evidence.name) },
  };
}

const round = (value: number) => Math.round(value * 1000) / 1000;
