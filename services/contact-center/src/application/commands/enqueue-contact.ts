import { randomUUID } from 'node:crypto';
import type { Money } from '../../domain/money';
import { toEurMinor } from '../../domain/negotiation';
import { callbackHeldUntil, callbackPriority, taskPriority } from '../../domain/tasks';
import type { CaseFile, ContactCenterTransaction, TaskKind } from '../ports/contact-center.ports';

export interface ContactRequest {
  caseId: string;
  actionId: string;
  kind: TaskKind;
  language: string;
  notBefore: Date;
  notAfter: Date;
  balance?: CaseFile['balance'];
  details: Record<string, unknown>;
  successScore?: number;
  /** A callback the debtor asked for: the agent who took the request, and the lawful windows after the first. */
  callback?: { agentId: string; laterWindows: Array<{ notBefore: Date; notAfter: Date }> };
}

const total = (balance: CaseFile['balance']): Money => ({
  amountMinor: balance.principal.amountMinor + balance.interest.amountMinor + balance.costs.amountMinor + balance.charges.amountMinor,
  currency: balance.principal.currency,
});

/**
 * A call or visit dunning requested becomes a task in the queue of the case's country and the
 * debtor's language, ranked by what is at stake (the balance in EUR), the chance of success and how
 * soon its lawful window closes; a callback (a call the debtor asked for) ranks above them all, held
 * first for the agent who took the request. A redelivered request finds its task and adds nothing. A request
 * that overtakes its case's CaseOpened (another topic) waits outside every queue until the case
 * arrives and says which country's queue it belongs to.
 */
export async function enqueueContact(tx: ContactCenterTransaction, request: ContactRequest, now: Date): Promise<'queued' | 'duplicate' | 'awaiting-case'> {
  const file = await tx.cases.find(request.caseId);
  const balance = request.balance ?? file?.balance;
  if (file && request.balance) await tx.cases.updateBalance(request.caseId, request.balance);
  let balanceEurMinor = 0n;
  try {
    if (balance) balanceEurMinor = toEurMinor(total(balance), await tx.terms.rates());
  } catch {
    // No rate for the currency yet: the task still queues, ranked as if nothing were at stake.
  }
  const priority = taskPriority({ balanceEurMinor, ...(request.successScore !== undefined ? { successScore: request.successScore } : {}), notAfter: request.notAfter, now });
  const window = { notBefore: request.notBefore, notAfter: request.notAfter };
  const queued = await tx.tasks.enqueue({
    id: randomUUID(), actionId: request.actionId, caseId: request.caseId, kind: request.callback ? 'CALLBACK' : request.kind, country: file?.country ?? '', language: primaryLanguage(request.language || file?.language || 'en'),
    details: request.details, priority: request.callback ? callbackPriority(priority) : priority, ...window,
    // A callback is held for the agent who took the request, then open to the queue; it ranks above every other task once due.
    ...(request.callback ? { heldFor: request.callback.agentId, heldUntil: callbackHeldUntil(window), laterWindows: request.callback.laterWindows, overdue: false } : {}),
  });
  if (!queued) return 'duplicate';
  return file ? 'queued' : 'awaiting-case';
}

/** Queues match agents on the language itself: `fr-BE` is served by French speakers. */
export function primaryLanguage(tag: string): string {
  return tag.split('-')[0]!.toLowerCase() || 'en';
}
