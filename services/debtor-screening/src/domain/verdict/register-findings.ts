import type { RegisterKind, SituationKind } from '../registers/register-entry';

/** A register entry tied to a debtor, as the verdict needs it. Dates are calendar dates `YYYY-MM-DD`. */
export interface MatchedEntry {
  source: string;
  entryId: string;
  registerKind: RegisterKind;
  situation?: SituationKind;
  /** Identity registers: the registered status (alive, deceased; active, bankrupt, in_liquidation, dissolved). */
  status?: string;
  heirsKnown?: boolean;
  effectiveFrom?: string;
  effectiveTo?: string;
  contact?: string;
  reference?: string;
  /** `matched`: the entry is the debtor (identifier, a strong name match, or a reviewer said so); `pending_review`: a person must decide. */
  state: 'matched' | 'pending_review';
  score: number;
  /** The identifier matched but the registered name is not the debtor's (an identity register contradicts the case). */
  nameContradicts?: boolean;
}

export type Verdict = 'clear' | 'suspended' | 'rejected' | 'needs_review';

export type FindingReason = SituationKind | 'IDENTITY_NOT_VERIFIED' | 'NO_USABLE_CONTACT';

export interface Finding {
  reason: FindingReason;
  /** The register or check that reported it. */
  source: string;
  /** Register findings: the source's id of the entry. */
  entryId?: string;
  since?: string;
  /** For the consultant and the creditor: what to do next; no personal data beyond the case's own. */
  detail: string;
  /** The verdict this finding alone calls for. */
  verdict: Verdict;
}

/** Worst first: the case's verdict is the most restrictive any finding calls for. */
export const VERDICT_SEVERITY: Record<Verdict, number> = { rejected: 3, suspended: 2, needs_review: 1, clear: 0 };

/**
 * What each situation means for collection. Suspended: dunning waits and someone else is the
 * contact (mediator, administrator, trustee, liquidator, heirs); the creditor may have to declare the
 * claim. Rejected: nothing can be collected by the agency (notorious insolvency, a dissolved company,
 * a deceased debtor with no known heirs); the case is closed as uncollectable.
 */
const SITUATIONS: Record<SituationKind, (entry: MatchedEntry) => { verdict: Verdict; detail: string }> = {
  NOTORIOUS_INSOLVENCY: () => ({ verdict: 'rejected', detail: 'notorious insolvency (judicial sale or eviction): amicable collection has no prospect' }),
  PROVISIONAL_ADMINISTRATION: () => ({ verdict: 'suspended', detail: 'assets under provisional administration: contact the administrator, not the debtor' }),
  COLLECTIVE_DEBT_SETTLEMENT: () => ({ verdict: 'suspended', detail: 'collective debt settlement: no dunning; declare the claim to the debt mediator' }),
  INCARCERATION: () => ({ verdict: 'suspended', detail: 'debtor incarcerated: dunning suspended until release' }),
  BANKRUPTCY: () => ({ verdict: 'suspended', detail: 'company bankrupt: no dunning; the creditor may declare the claim to the trustee' }),
  LIQUIDATION: () => ({ verdict: 'suspended', detail: 'company in liquidation: no dunning; the creditor may declare the claim to the liquidator' }),
  DECEASED: (entry) =>
    entry.heirsKnown
      ? { verdict: 'suspended', detail: 'debtor deceased, heirs known: the estate is approached through the heirs or the notary' }
      : { verdict: 'rejected', detail: 'debtor deceased, no heirs known: a search for heirs is the only next step' },
};

/** Identity registers speak through the status they record. */
function situationOfStatus(entry: MatchedEntry): { situation: SituationKind; rejected?: boolean } | undefined {
  switch (entry.status) {
    case 'deceased':
      return { situation: 'DECEASED' };
    case 'bankrupt':
      return { situation: 'BANKRUPTCY' };
    case 'in_liquidation':
      return { situation: 'LIQUIDATION' };
    case 'dissolved':
      return { situation: 'LIQUIDATION', rejected: true };
    default:
      return undefined;
  }
}

/** Whether the entry applies on `today` (both ends inclusive; an open end applies for ever). */
export function inEffect(entry: Pick<MatchedEntry, 'effectiveFrom' | 'effectiveTo'>, today: string): boolean {
  return (!entry.effectiveFrom || entry.effectiveFrom <= today) && (!entry.effectiveTo || today <= entry.effectiveTo);
}

/**
 * The findings a debtor's register entries call for on `today`. An entry out of its effective dates
 * says nothing; an uncertain match sends the case to review with what it would mean; an identity
 * register whose name contradicts the case leaves the identity unverified.
 */
export function registerFindings(entries: readonly MatchedEntry[], today: string): Finding[] {
  const findings: Finding[] = [];
  for (const entry of entries) {
    if (!inEffect(entry, today)) continue;
    const origin = { source: entry.source, entryId: entry.entryId, ...(entry.effectiveFrom ? { since: entry.effectiveFrom } : {}) };
    if (entry.nameContradicts) {
      findings.push({ ...origin, reason: 'IDENTITY_NOT_VERIFIED', verdict: 'needs_review', detail: 'the identifier is registered under another name' });
      continue;
    }
    const fromStatus = entry.registerKind === 'situations' ? undefined : situationOfStatus(entry);
    const situation = entry.situation ?? fromStatus?.situation;
    if (!situation) continue;
    const meaning = fromStatus?.rejected
      ? { verdict: 'rejected' as const, detail: 'company dissolved: nothing is left to collect from' }
      : SITUATIONS[situation](entry);
    const withContact = entry.contact ? `${meaning.detail} (${entry.contact})` : meaning.detail;
    if (entry.state === 'pending_review') {
      findings.push({ ...origin, reason: situation, verdict: 'needs_review', detail: `possible match (score ${entry.score.toFixed(2)}) awaiting review: ${meaning.detail}` });
    } else {
      findings.push({ ...origin, reason: situation, verdict: meaning.verdict, detail: withContact });
    }
  }
  return findings;
}

/** The most restrictive verdict the findings call for; clear when there is none. */
export function verdictOf(findings: readonly Finding[]): Verdict {
  return findings.reduce<Verdict>((worst, finding) => (VERDICT_SEVERITY[finding.verdict] > VERDICT_SEVERITY[worst] ? finding.verdict : worst), 'clear');
}
