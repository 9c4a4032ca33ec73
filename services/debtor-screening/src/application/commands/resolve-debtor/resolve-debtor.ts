import { randomUUID } from 'node:crypto';
import { compatible, identityKeys, type DebtorFacts } from '../../../domain/identity/debtor-identity-keys';
import type { DebtorIdentityStore, KnownDebtor } from '../../ports/debtor-identity.store.port';

export interface OpenedCase {
  caseId: string;
  creditorId: string;
  openedAt: Date;
  debtor: DebtorFacts;
}

export interface ResolvedCase {
  caseId: string;
  debtorIdentityId: string;
  /** False when the case was recorded before (a redelivered CaseOpened changes nothing). */
  recorded: boolean;
}

/**
 * Finds the debtor identity each new case owes on, or creates it: an identifier match first, then
 * a strong name match that no identifier contradicts. Cases are resolved in order, so two cases of
 * a new debtor in the same batch share the identity the first one created. A key stays with the
 * debtor that holds it first.
 */
export async function resolveDebtors(store: DebtorIdentityStore, opened: readonly OpenedCase[]): Promise<ResolvedCase[]> {
  const keysOf = opened.map((one) => identityKeys(one.debtor));
  const allKeys = [...new Set(keysOf.flatMap((keys) => [...keys.exact, ...keys.strong]))];
  await store.lockKeys(allKeys);
  const known: KnownDebtor[] = allKeys.length > 0 ? await store.findByKeys(allKeys) : [];
  const owner = new Map<string, KnownDebtor>();
  for (const debtor of known) for (const key of debtor.keys) owner.set(key, debtor);

  const created: Array<{ debtorIdentityId: string; kind: 'person' | 'company'; country: string }> = [];
  const attached: Array<{ debtorIdentityId: string; key: string }> = [];
  const resolved = opened.map((one, i) => {
    const keys = keysOf[i]!;
    const candidates = [...new Set([...keys.exact, ...keys.strong].flatMap((key) => owner.get(key) ?? []))];
    const byIdentifier = candidates.find((candidate) => candidate.keys.some((key) => keys.exact.includes(key)));
    const byName = candidates.find((candidate) => candidate.keys.some((key) => keys.strong.includes(key)) && compatible(candidate.keys, keys));
    let debtor = byIdentifier ?? byName;
    if (!debtor) {
      debtor = { debtorIdentityId: randomUUID(), keys: [] };
      created.push({ debtorIdentityId: debtor.debtorIdentityId, kind: one.debtor.kind, country: one.debtor.country });
    }
    for (const key of [...keys.exact, ...keys.strong]) {
      if (owner.has(key)) continue;
      owner.set(key, debtor);
      debtor.keys.push(key);
      attached.push({ debtorIdentityId: debtor.debtorIdentityId, key });
    }
    return { caseId: one.caseId, debtorIdentityId: debtor.debtorIdentityId };
  });

  if (created.length > 0) await store.create(created);
  if (attached.length > 0) await store.attachKeys(attached);
  const recorded = await store.recordCases(opened.map((one, i) => ({ caseId: one.caseId, creditorId: one.creditorId, debtorIdentityId: resolved[i]!.debtorIdentityId, openedAt: one.openedAt })));
  return resolved.map((one) => ({ ...one, recorded: recorded.has(one.caseId) }));
}
