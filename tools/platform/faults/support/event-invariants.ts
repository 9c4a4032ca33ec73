import type { PlatformEvent } from '../../driver';

type Data = Record<string, unknown>;
const REQUESTS = ['LetterRequested', 'MessageRequested', 'CallRequested', 'VisitRequested'];

/**
 * What every event log of a correct run satisfies, fault or no fault. Kafka delivers at least once,
 * so the same event (same CloudEvents id) may sit on a topic twice after a relay died between the
 * broker's ack and its mark; what must never happen is a second event (a new id) for one fact: a
 * case opened or screened twice, one dunning action requested or sent twice, one payment received
 * twice, one receipt remitted twice.
 */
export function eventProblems(events: PlatformEvent[], caseIds: string[]): string[] {
  const problems: string[] = [];
  const byId = new Map<string, PlatformEvent>();
  for (const event of events) {
    const first = byId.get(event.id);
    if (!first) byId.set(event.id, event);
    else if (first.name !== event.name || first.key !== event.key) problems.push(`event id ${event.id} names two events: ${first.name}/${first.key} and ${event.name}/${event.key}`);
  }
  const distinct = [...byId.values()];
  const once = (what: string, groupOf: (event: PlatformEvent) => string | undefined, names: string[], exactly = false, expected: string[] = []) => {
    const ids = new Map<string, Set<string>>(expected.map((group) => [group, new Set()]));
    for (const event of distinct.filter((e) => names.includes(e.name))) {
      const group = groupOf(event);
      if (group === undefined) continue;
      if (!ids.has(group)) ids.set(group, new Set());
      ids.get(group)!.add(event.id);
    }
    for (const [group, set] of ids) {
      if (set.size > 1 || (exactly && set.size === 0)) problems.push(`${what} ${group}: ${set.size} distinct events`);
    }
  };
  const data = (event: PlatformEvent) => event.data as Data;
  once('CaseOpened of case', (e) => e.key, ['CaseOpened'], true, caseIds);
  once('DebtorScreened of case', (e) => e.key, ['DebtorScreened'], true, caseIds);
  once('dunning action', (e) => `${e.name} ${String(data(e).actionId)}`, REQUESTS);
  once('notification', (e) => (data(e).actionId ? `${e.name} ${String(data(e).actionId)} audience ${String(data(e).audience)} channel ${String(data(e).channel)}` : undefined), ['NotificationSent', 'NotificationFailed']);
  once('PaymentReceived of payment', (e) => String(data(e).paymentId), ['PaymentReceived']);
  once('PaymentAllocated of payment', (e) => String(data(e).paymentId), ['PaymentAllocated']);
  once('CasePaidInFull of case', (e) => e.key, ['CasePaidInFull']);
  once('CaseClosed of case', (e) => e.key, ['CaseClosed']);
  once('RemittanceIssued', (e) => String(data(e).remittanceId), ['RemittanceIssued']);

  // A receipt is paid out to its creditor once: its payment id is on one remittance line only.
  const remitted = new Map<string, string[]>();
  for (const event of distinct.filter((e) => e.name === 'RemittanceIssued')) {
    const remittance = data(event) as { remittanceId: string; lines: Array<{ paymentId: string }> };
    for (const line of remittance.lines) remitted.set(line.paymentId, [...(remitted.get(line.paymentId) ?? []), remittance.remittanceId]);
  }
  for (const [paymentId, remittances] of remitted) if (remittances.length > 1) problems.push(`payment ${paymentId} remitted ${remittances.length} times: ${remittances.join(', ')}`);

  // Every letter dunning asked for was handled by notifications (sent or failed), none forgotten.
  const handled = new Set(distinct.filter((e) => ['NotificationSent', 'NotificationFailed'].includes(e.name)).map((e) => String(data(e).actionId)));
  const merged = new Set(distinct.filter((e) => e.name === 'LetterRequested').flatMap((e) => ((data(e).mergedCases ?? []) as Array<{ actionId: string }>).map((m) => m.actionId)));
  for (const letter of distinct.filter((e) => e.name === 'LetterRequested')) {
    const actionId = String(data(letter).actionId);
    if (!handled.has(actionId) && !merged.has(actionId)) problems.push(`LetterRequested ${actionId} of case ${letter.key}: no NotificationSent or NotificationFailed`);
  }
  return problems;
}

/** The distinct events (one per CloudEvents id) of a key and name. */
export function distinctOf<T = Data>(events: PlatformEvent[], key: string, name: string): Array<PlatformEvent<T>> {
  const seen = new Set<string>();
  return events.filter((e) => e.key === key && e.name === name && !seen.has(e.id) && seen.add(e.id)) as Array<PlatformEvent<T>>;
}
