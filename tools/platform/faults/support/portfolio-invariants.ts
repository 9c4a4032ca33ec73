import { Client } from 'pg';
import type { PlatformEvent } from '../../driver';
import { distinctOf, eventProblems } from './event-invariants';
import type { PortfolioFlow } from './portfolio-flow';

interface Money {
  amountMinor?: bigint;
}
interface RemittanceLine {
  caseId: string;
  paymentId: string;
  collected?: Money;
  commission?: Money;
  costs?: Money;
  paidOut?: Money;
}
interface LedgerView {
  balance: { total: string };
  receipts: Array<{ receiptId: string; amountMinor: string; remittanceId: string | null; state: string }>;
}

const minor = (money?: Money) => money?.amountMinor ?? 0n;

/**
 * The state every case of the flow must be in at the end, fault or no fault: what the flow did
 * (its cases, its payments) is known, so what each service must show follows from it. Returns one
 * line per broken rule; a correct run returns none.
 */
export async function portfolioProblems(flow: PortfolioFlow, options: { deadLettersExpected?: boolean } = {}): Promise<string[]> {
  const { platform } = flow;
  // Only this flow's events: the broker may hold earlier suites' events (the log reads from the beginning).
  const keys = new Set(flow.cases.flatMap((c) => [c.caseId, c.creditorId]));
  const events = platform.events.all().filter((event) => keys.has(event.key));
  const problems = eventProblems(events, flow.cases.map((c) => c.caseId));
  problems.push(...(await ledgerProblems(flow)));
  problems.push(...remittanceProblems(events));
  for (const flowCase of flow.cases) problems.push(...(await caseProblems(flow, flowCase.caseId, events)));
  // The rules above hold vacuously for a run where nothing happened: the flow always gets this far.
  for (const name of ['LetterRequested', 'NotificationSent', 'CasePaidInFull', 'RemittanceIssued']) {
    if (!events.some((event) => event.name === name)) problems.push(`no ${name} at all: the portfolio did not flow`);
  }
  if (!options.deadLettersExpected) {
    for (const [service, count] of Object.entries(await parkedDeadLetters(flow))) problems.push(`${service}: ${count} dead letter(s) parked`);
  }
  return problems;
}

/** Payments' own check: every balance recomputed from its postings agrees with the one kept beside them. */
async function ledgerProblems(flow: PortfolioFlow): Promise<string[]> {
  const report = await flow.platform.operator.call<{ consistent: boolean; problems: unknown[] }>('payments', '/ops/ledger/consistency-check', { method: 'POST' });
  return report.consistent ? [] : [`ledger consistency check: ${JSON.stringify(report.problems).slice(0, 500)}`];
}

/** Every remittance balances line by line and adds up to its totals. */
function remittanceProblems(events: PlatformEvent[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const event of events.filter((e) => e.name === 'RemittanceIssued' && !seen.has(e.id) && seen.add(e.id))) {
    const remittance = event.data as { remittanceId: string; lines: RemittanceLine[]; collected?: Money; paidOut?: Money };
    let collected = 0n;
    let paidOut = 0n;
    for (const line of remittance.lines) {
      collected += minor(line.collected);
      paidOut += minor(line.paidOut);
      if (minor(line.paidOut) !== minor(line.collected) - minor(line.commission) - minor(line.costs)) problems.push(`remittance ${remittance.remittanceId} line ${line.paymentId}: paid out ≠ collected − commission − costs`);
    }
    if (collected !== minor(remittance.collected) || paidOut !== minor(remittance.paidOut)) problems.push(`remittance ${remittance.remittanceId}: lines do not add up to its totals`);
  }
  return problems;
}

/**
 * A case's receipts (payments' ids for the gateway's payments) against what the debtor paid: one
 * receipt per payment with the same amounts, one PaymentReceived per receipt, and each receipt — all
 * past their 14-day deadline by the end of the flow — on exactly one remittance line.
 */
function receiptProblems(flow: PortfolioFlow, caseId: string, ledger: LedgerView, events: PlatformEvent[], label: string): string[] {
  const problems: string[] = [];
  const amounts = (list: bigint[]) => list.map(String).sort().join(',');
  const paid = flow.payments.filter((payment) => payment.caseId === caseId).map((payment) => payment.amountMinor);
  const receipts = ledger.receipts.map((receipt) => BigInt(receipt.amountMinor));
  if (amounts(receipts) !== amounts(paid)) problems.push(`${label}: receipts [${amounts(receipts)}], the debtor paid [${amounts(paid)}]`);
  const received = distinctOf<{ paymentId: string; amount?: Money }>(events, caseId, 'PaymentReceived');
  if (amounts(received.map((e) => minor(e.data.amount))) !== amounts(paid)) problems.push(`${label}: PaymentReceived [${amounts(received.map((e) => minor(e.data.amount)))}], the debtor paid [${amounts(paid)}]`);
  const lines = distinctOf<{ lines: RemittanceLine[] }>(events, flow.cases.find((c) => c.caseId === caseId)!.creditorId, 'RemittanceIssued').flatMap((e) => e.data.lines);
  for (const receipt of ledger.receipts) {
    if (received.filter((e) => e.data.paymentId === receipt.receiptId).length !== 1) problems.push(`${label}: receipt ${receipt.receiptId} not announced exactly once`);
    const remitted = lines.filter((line) => line.paymentId === receipt.receiptId);
    if (receipt.remittanceId === null || remitted.length !== 1) problems.push(`${label}: receipt ${receipt.receiptId} (remittance ${receipt.remittanceId}) on ${remitted.length} remittance lines`);
    else if (minor(remitted[0]!.collected) !== BigInt(receipt.amountMinor)) problems.push(`${label}: receipt ${receipt.receiptId} of ${receipt.amountMinor} remitted as ${minor(remitted[0]!.collected)}`);
  }
  return problems;
}

/** One case as payments, dunning and intake (the creditor's view) show it, against what the flow did. */
async function caseProblems(flow: PortfolioFlow, caseId: string, events: PlatformEvent[]): Promise<string[]> {
  const problems: string[] = [];
  const flowCase = flow.cases.find((c) => c.caseId === caseId)!;
  const label = `case ${flowCase.demoCase.submission.creditorReference} (${caseId})`;
  const paid = flow.paidFor(caseId);
  const ledger = await flow.platform.operator.call<LedgerView>('payments', `/ops/cases/${caseId}/ledger`);
  problems.push(...receiptProblems(flow, caseId, ledger, events, label));

  const paidInFull = distinctOf(events, caseId, 'CasePaidInFull');
  const closed = distinctOf(events, caseId, 'CaseClosed');
  const shouldBePaid = flowCase.paysInFullOnDay !== undefined && paid > 0n;
  if (shouldBePaid !== (paidInFull.length === 1)) problems.push(`${label}: ${paidInFull.length} CasePaidInFull, paid ${paid} of a balance now ${ledger.balance.total}`);
  if (shouldBePaid && BigInt(ledger.balance.total) !== 0n) problems.push(`${label}: paid in full but the ledger balance is ${ledger.balance.total}`);

  const plan = await flow.platform.operator.casePlan(caseId);
  if ((plan.state === 'closed') !== (closed.length === 1)) problems.push(`${label}: dunning plan ${plan.state} with ${closed.length} CaseClosed`);
  const screened = distinctOf(events, caseId, 'DebtorScreened');
  if (screened.length === 1 && (screened[0]!.data as { verdict: number }).verdict === 1 && !shouldBePaid) {
    const acted = ['LetterRequested', 'MessageRequested', 'CallRequested'].some((name) => distinctOf(events, caseId, name).length > 0);
    if (!acted) problems.push(`${label}: screened clear, never paid, and dunning never acted`);
  }

  const creditorView = (await flow.creditorOf(caseId).case(caseId)) as { progress?: { collectedMinor?: number; remittedMinor?: number } | null };
  if (BigInt(creditorView.progress?.collectedMinor ?? 0) !== paid) problems.push(`${label}: the creditor sees ${creditorView.progress?.collectedMinor ?? 0} collected, the debtor paid ${paid}`);
  const paidOut = distinctOf<{ lines: RemittanceLine[] }>(events, flowCase.creditorId, 'RemittanceIssued')
    .flatMap((e) => e.data.lines.filter((line) => line.caseId === caseId))
    .reduce((sum, line) => sum + minor(line.paidOut), 0n);
  if (BigInt(creditorView.progress?.remittedMinor ?? 0) !== paidOut) problems.push(`${label}: the creditor sees ${creditorView.progress?.remittedMinor ?? 0} remitted, remittances paid out ${paidOut}`);
  return problems;
}

/** Parked dead letters per service, read (only read) from each service's dead_letters table. */
export async function parkedDeadLetters(flow: PortfolioFlow): Promise<Record<string, number>> {
  const parked: Record<string, number> = {};
  for (const service of Object.values(flow.platform.services)) {
    const client = new Client({ connectionString: service.databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM dead_letters WHERE status <> 'replayed'`);
      if (rows[0]!.n > 0) parked[service.name] = rows[0]!.n;
    } finally {
      await client.end();
    }
  }
  return parked;
}
