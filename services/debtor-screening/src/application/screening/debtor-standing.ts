import { enrichedIdentity, type EnrichedIdentity } from '../../domain/verdict/enriched-identity';
import { registerFindings, type Finding, type MatchedEntry } from '../../domain/verdict/register-findings';
import type { MatchStore, RegisterMatch } from '../ports/match-store.port';
import type { StoredRegisterEntry } from '../ports/register-store.port';

/** What the registers say of a debtor today: the findings and, when an identity register knows them, who they are. */
export interface DebtorStanding {
  findings: Finding[];
  identity?: EnrichedIdentity;
}

export type MatchWithEntry = RegisterMatch & { entry: StoredRegisterEntry };

export function standingOf(matches: readonly MatchWithEntry[], today: string): DebtorStanding {
  const live = matches.filter((match) => match.state !== 'not_same');
  const entries: MatchedEntry[] = live.map(({ entry, state, score, evidence }) => ({
    source: entry.source,
    entryId: entry.entryId,
    registerKind: entry.registerKind,
    situation: entry.situation,
    status: entry.status,
    heirsKnown: entry.heirsKnown,
    effectiveFrom: entry.effectiveFrom,
    effectiveTo: entry.effectiveTo,
    contact: entry.contact,
    reference: entry.reference,
    state: state === 'pending_review' ? 'pending_review' : 'matched',
    score,
    nameContradicts: evidence['nameContradicts'] === true,
  }));
  const confirmed = live
    .filter((match) => match.state === 'matched' && match.evidence['nameContradicts'] !== true)
    .sort((a, b) => Number(b.how === 'identifier') - Number(a.how === 'identifier') || b.score - a.score)
    .map((match) => match.entry);
  return { findings: registerFindings(entries, today), identity: enrichedIdentity(confirmed) };
}

/** The standing of each of these debtors, from their stored matches. */
export async function standingsOf(matches: MatchStore, debtorIdentityIds: string[], today: string): Promise<Map<string, DebtorStanding>> {
  const all = (await matches.matchesOf(debtorIdentityIds)).filter((match): match is MatchWithEntry => match.entry !== undefined);
  return new Map(debtorIdentityIds.map((id) => [id, standingOf(all.filter((match) => match.debtorIdentityId === id), today)]));
}
