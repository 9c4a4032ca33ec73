import { randomUUID } from 'node:crypto';
import { assessEntry } from '../../domain/matching/entry-assessment';
import type { KnownDebtorProfile, RegisterMatch } from '../ports/match-store.port';
import type { StoredRegisterEntry } from '../ports/register-store.port';

/** The matches between these debtors and these entries, each pair assessed once (see assessEntry). */
export function matchEntries(debtors: readonly KnownDebtorProfile[], entries: readonly StoredRegisterEntry[]): RegisterMatch[] {
  const matches: RegisterMatch[] = [];
  for (const debtor of debtors) {
    for (const entry of entries) {
      const assessment = assessEntry({ exactKeys: debtor.lookup.exactKeys, subject: debtor.subject }, { subject: entry.subject, identityRegister: entry.registerKind !== 'situations' });
      if (!assessment) continue;
      matches.push({ id: randomUUID(), debtorIdentityId: debtor.debtorIdentityId, source: entry.source, entryId: entry.entryId, ...assessment });
    }
  }
  return matches;
}
