import { randomUUID } from 'node:crypto';
import { allocationOrderFor, type InvoiceRef } from '../../domain/allocation';
import { balanceOf, claimOpenedEntry, type JournalEntry } from '../../domain/ledger';
import type { Money } from '../../domain/money';
import { caseReferences } from '../../domain/references';
import type { CaseAccount, PaymentReference } from '../ports/payments.ports';
import type { PaymentsTransaction } from '../ports/payments-transaction.port';

export interface CaseOpening {
  caseId: string;
  creditorId: string;
  country: string;
  category: CaseAccount['category'];
  debtorName: string;
  invoices: Array<InvoiceRef & { principal: Money }>;
  interest?: Money;
  costs?: Money;
  partialPayments: Money[];
}

/** How many variants of a case's reference digits are tried before giving up (a clash is 1 in 10^5 at 100,000 cases). */
const REFERENCE_VARIANTS = 10;

/**
 * CaseOpened: the case's account, its payment references (the OGM and RF notifications prints,
 * another variant on the rare clash) and the opening entry of its ledger. A redelivered CaseOpened
 * finds the account and changes nothing.
 */
export async function openCaseAccount(tx: PaymentsTransaction, opening: CaseOpening, now: Date): Promise<'opened' | 'duplicate'> {
  return (await openCaseAccounts(tx, [opening], now))[0]!;
}

/**
 * Several CaseOpened at once (a consumer's chunk), in a handful of statements whatever their number:
 * the cases already known, the references already issued, the accounts with their references, the
 * opening entries. Answers per opening, in order; the same case twice is opened once.
 */
export async function openCaseAccounts(tx: PaymentsTransaction, openings: readonly CaseOpening[], now: Date): Promise<Array<'opened' | 'duplicate'>> {
  const known = await tx.accounts.known(openings.map((opening) => opening.caseId));
  const fresh = new Map<string, CaseOpening>();
  for (const opening of openings) if (!known.has(opening.caseId) && !fresh.has(opening.caseId)) fresh.set(opening.caseId, opening);

  const firstChoice = new Map([...fresh.keys()].map((caseId) => [caseId, caseReferences(caseId, 0)]));
  const issued = await tx.accounts.casesByReferences([...firstChoice.values()].flatMap(({ ogm, rf }) => [ogm, rf]));
  const claimed = new Set<string>();
  const accounts = [];
  const entries: JournalEntry[] = [];
  for (const [caseId, opening] of fresh) {
    const currency = opening.invoices[0]?.principal.currency ?? 'EUR';
    const entry = claimOpenedEntry([], { caseId, entryId: randomUUID(), occurredAt: now.toISOString(), source: `case-opened:${caseId}` }, {
      invoices: opening.invoices,
      interest: opening.interest ?? { amountMinor: 0n, currency },
      costs: opening.costs ?? { amountMinor: 0n, currency },
      partialPayments: opening.partialPayments,
      allocationOrder: allocationOrderFor(opening.country),
    });
    const { ogm, rf } = firstChoice.get(caseId)!;
    const free = (reference: string) => !issued.has(reference) && !claimed.has(reference);
    const references = free(ogm) && free(rf) ? [{ reference: ogm, kind: 'OGM' as const }, { reference: rf, kind: 'RF' as const }] : await freeReferences(tx, caseId, claimed);
    for (const { reference } of references) claimed.add(reference);
    accounts.push({
      account: { caseId, creditorId: opening.creditorId, country: opening.country, currency, category: opening.category, debtorName: opening.debtorName, state: 'open' as const, openedAt: now.toISOString() },
      outstanding: balanceOf(entry.postings, currency), references,
    });
    entries.push(entry);
  }
  const opened = await tx.accounts.openMany(accounts);
  await tx.ledger.appendMany(entries.filter((entry) => opened.has(entry.caseId)));
  const answered = new Set<string>();
  return openings.map((opening) => {
    if (!opened.has(opening.caseId) || answered.has(opening.caseId)) return 'duplicate';
    answered.add(opening.caseId);
    return 'opened';
  });
}

/** The first variant of the case's references that no case holds and this batch has not claimed. */
async function freeReferences(tx: PaymentsTransaction, caseId: string, claimed: ReadonlySet<string>): Promise<PaymentReference[]> {
  for (let variant = 1; variant < REFERENCE_VARIANTS; variant += 1) {
    const { ogm, rf } = caseReferences(caseId, variant);
    if (claimed.has(ogm) || claimed.has(rf)) continue;
    if (!(await tx.accounts.caseByReference(ogm)) && !(await tx.accounts.caseByReference(rf))) return [{ reference: ogm, kind: 'OGM' }, { reference: rf, kind: 'RF' }];
  }
  throw new Error(`no free payment reference for case ${caseId} after ${REFERENCE_VARIANTS} variants`);
}
