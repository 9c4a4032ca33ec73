import type { RegisterEntry, RegisterKind } from '../registers/register-entry';

/** The debtor as an identity register records them: what screening adds to the case's own data. */
export interface EnrichedIdentity {
  source: string;
  officialName: string;
  legalForm?: string;
  registeredAddress?: { street?: string; postalCode?: string; locality?: string; country: string };
  status?: string;
}

type IdentityEntry = Pick<RegisterEntry, 'subject' | 'legalForm' | 'status'> & { source: string; registerKind: RegisterKind };

/**
 * The identity of the first matched person or company register entry (callers pass identifier
 * matches first). Situation registers say what happened to the debtor, not who they are.
 */
export function enrichedIdentity(entries: readonly IdentityEntry[]): EnrichedIdentity | undefined {
  const entry = entries.find((candidate) => candidate.registerKind !== 'situations');
  if (!entry) return undefined;
  const { subject } = entry;
  const officialName =
    subject.kind === 'company' ? (subject.legalName ?? '') : [subject.givenNames, subject.familyName].filter(Boolean).join(' ');
  const hasAddress = subject.street || subject.postalCode || subject.locality;
  return {
    source: entry.source,
    officialName,
    ...(entry.legalForm ? { legalForm: entry.legalForm } : {}),
    ...(hasAddress ? { registeredAddress: { street: subject.street, postalCode: subject.postalCode, locality: subject.locality, country: subject.country } } : {}),
    ...(entry.status ? { status: entry.status } : {}),
  };
}
