import { randomUUID } from 'node:crypto';
import { allocationOrderFor, type InvoiceRef } from '../../domain/allocation';
import { balanceOf, claimOpenedEntry } from '../../domain/ledger';
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
  const currency = opening.invoices[0]?.principal.currency ?? 'EUR';
  const account: CaseAccount = {
    caseId: opening.caseId, creditorId: opening.creditorId, country: opening.country, currency, category: opening.category, debtorName: opening.debtorName, state: 'open', openedAt: now.toISOString(),
  };
  if (await tx.accounts.find(opening.caseId)) return 'duplicate';
  const entry = claimOpenedEntry([], { caseId: opening.caseId, entryId: randomUUID(), occurredAt: now.toISOString(), source: `case-opened:${opening.caseId}` }, {
    invoices: opening.invoices,
    interest: opening.interest ?? { amountMinor: 0n, currency },
    costs: opening.costs ?? { amountMinor: 0n, currency },
    partialPayments: opening.partialPayments,
    allocationOrder: allocationOrderFor(opening.country),
  });
  if (!(await tx.accounts.open(account, balanceOf(entry.postings, currency), await freeReferences(tx, opening.caseId)))) return 'duplicate';
  await tx.ledger.append(entry);
  return 'opened';
}

async function freeReferences(tx: PaymentsTransaction, caseId: string): Promise<PaymentReference[]> {
  for (let variant = 0; variant < REFERENCE_VARIANTS; variant += 1) {
    const { ogm, rf } = caseReferences(caseId, variant);
    if (!(await tx.accounts.caseByReference(ogm)) && !(await tx.accounts.caseByReference(rf))) return [{ reference: ogm, kind: 'OGM' }, { reference: rf, kind: 'RF' }];
  }
  throw new Error(`no free payment reference for case ${caseId} after ${REFERENCE_VARIANTS} variants`);
}
