import { compatible, identityKeys, type DebtorFacts } from '../../../domain/identity/debtor-identity-keys';
import type { DebtorIdentityStore } from '../../ports/debtor-identity.store.port';

export interface OpenedCase {
  caseId: string;
  creditorId: string;
  openedAt: Date;
  debtor: DebtorFacts;
}

/**
 * Finds the debtor identity a new case owes on, or creates it: an identifier match first, then a
 * strong name match that no identifier contradicts. Returns the identity and whether the case was
 * new (a redelivered CaseOpened changes nothing).
 */
export async function resolveDebtor(store: DebtorIdentityStore, opened: OpenedCase): Promise<{ debtorIdentityId: string; recorded: boolean }> {
  const keys = identityKeys(opened.debtor);
  const all = [...keys.exact, ...keys.strong];
  await store.lockKeys(all);
  const candidates = all.length > 0 ? await store.findByKeys(all) : [];
  const byIdentifier = candidates.find((candidate) => candidate.keys.some((key) => keys.exact.includes(key)));
  const byName = candidates.find((candidate) => candidate.keys.some((key) => keys.strong.includes(key)) && compatible(candidate.keys, keys));
  const debtorIdentityId = (byIdentifier ?? byName)?.debtorIdentityId ?? (await store.create(opened.debtor.kind, opened.debtor.country));
  await store.attachKeys(debtorIdentityId, all);
  const recorded = await store.recordCase({ caseId: opened.caseId, creditorId: opened.creditorId, debtorIdentityId, openedAt: opened.openedAt });
  return { debtorIdentityId, recorded };
}
