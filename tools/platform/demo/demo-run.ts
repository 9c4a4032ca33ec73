import { appendFileSync, copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { AgentClient, CreditorClient, HttpError, Platform, type AgentTask, type Outcome, type PendingDecision } from '../driver';
import { BEHAVIOUR_LABELS, instalmentPayments } from './behaviour';
import { addDays, generatePortfolio, type DemoCase, type DemoCreditor, type DemoPortfolio } from './portfolio';
import { ProgressDisplay, type ProgressOutput } from './progress-display';
import { PortfolioProgress, type ProgressGroup } from './portfolio-progress';
import { primaryLanguage } from './reference-data';
import { SeededRandom } from './seeded-random';
import { summaryTable } from './summary-table';
import { setUpAgency, type AgencySetup } from './agency-setup';

export interface DemoOptions {
  /** Kafka bootstrap addresses, the registry's topics created. */
  brokers: string[];
  cases: number;
  days: number;
  seed: number | string;
  /** Where the demo leaves its logs and documents (`.local/demo`). */
  outputDir: string;
  /** Progress and messages; a TTY gets the live table. */
  out: ProgressOutput;
  /** How long the platform must stay quiet after each clock step (default 1.5 s: longer than every poller's interval, 1 s at most). */
  quietMs?: number;
  /** Stops the run at the end of the current day (Ctrl-C): the platform is stopped and the error is `DemoAborted`. */
  signal?: AbortSignal;
  /** Called once the platform is up and the creditors exist: where to look while it runs. */
  onReady?: (info: DemoReadyInfo) => void;
}

export interface DemoReadyInfo {
  portalUrl: string;
  intakeUrl: string;
  users: Array<{ creditor: string; email: string; password: string; role: string }>;
  logDir: string;
}

export interface DemoResult {
  platform: Platform;
  /** Each demo creditor's API client, by the creditor's key in the portfolio. */
  creditors: ReadonlyMap<string, CreditorClient>;
  portfolio: DemoPortfolio;
  progress: PortfolioProgress;
  groups: ProgressGroup[];
  summary: string;
  documentsDir: string;
  documents: { letters: number; statements: number; invoices: number };
  /** Actions the platform refused (HTTP 4xx), by what was tried: kept in the demo's log with the answer. */
  refused: Record<string, number>;
  placed: number;
}

export class DemoAborted extends Error {
  constructor(readonly day: number) {
    super(`the demo was stopped on day ${day}`);
    this.name = 'DemoAborted';
  }
}

/** Call time: 17:00 UTC is within every country's calling window (18:00 CET, 12:00 in New York, 09:00 in Seattle). */
const HOUR_OF_DAY_UTC = 17;

/** contact-center's default minimum instalment (every instalment but the last), in minor units of the case currency. */
const MINIMUM_INSTALMENT_MINOR = 2_500n;

/** One debtor as the demo plays them. */
interface DebtorRun {
  demoCase: DemoCase;
  caseId?: string;
  creditor: DemoCreditor;
  random: SeededRandom;
  paidInFull: boolean;
  contacted: boolean;
  noticeSeenOnDay?: number;
  promise?: { payOn: string; amountMinor: bigint };
  plan?: { instalments: Array<{ number: number; dueDate: string; amountMinor: bigint }>; payments: Array<{ on: string; amountMinor: bigint }>; proposedOn: number };
  settlement?: { amountMinor: bigint; payBy: string; proposedOn: number };
  dispute?: { disputeId: string; openedOn: number; answeredOn?: number; resolved: boolean };
  payAfterDisputeOn?: number;
}

/**
 * Runs the demo: starts the platform (six services on throw-away databases against `brokers`), sets
 * up the agency and the creditors, places the portfolio and plays every simulated day: debtors pay,
 * call in, promise, ask for plans and miss instalments, dispute; agents work the call queues;
 * creditors answer the agency's requests; then every clock moves one day and the platform settles.
 * Leaves the platform running (the caller stops it) so the portal can still be browsed.
 */
export async function runDemo(options: DemoOptions): Promise<DemoResult> {
  const logDir = join(options.outputDir, 'logs');
  rmSync(options.outputDir, { recursive: true, force: true });
  mkdirSync(logDir, { recursive: true });
  const demoLog = join(options.outputDir, 'demo.log');
  const log = (line: string) => appendFileSync(demoLog, `${new Date().toISOString()} ${line}\n`);
  const say = (line: string) => options.out.write(`${line}\n`);
  const refused: Record<string, number> = {};
  const attempt = async <T>(what: string, action: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await action();
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      refused[what] = (refused[what] ?? 0) + 1;
      log(`${what}: ${error.message}`);
      return undefined;
    }
  };

  say(`starting the six services (throw-away databases, logs in ${relative(process.cwd(), logDir) || logDir}) ...`);
  const platform = await Platform.start({
    brokers: options.brokers,
    logDir,
    logLevel: 'warn',
    env: {
      // Remittances are paid on the first business day before their 14-day deadline: the run looks every second.
      payments: { SCHEDULE_INTERVAL_MS: '1000' },
    },
  });
  try {
    // Move every clock to the afternoon, when debtors in all eight countries may be called.
    const now = await platform.now();
    const target = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), HOUR_OF_DAY_UTC));
    if (target.getTime() <= now.getTime()) target.setUTCDate(target.getUTCDate() + 1);
    await platform.advanceClockTo(target, { stableForMs: 1_000, timeoutMs: 300_000 });
    const startDate = await platform.today();

    const portfolio = generatePortfolio({ seed: options.seed, cases: options.cases, days: options.days, startDate });
    const progress = new PortfolioProgress();
    const setup = await setUpAgency(platform, portfolio, { today: portfolio.options.startDate, minimumCommissionMinor: '250' });
    options.onReady?.({
      portalUrl: `${platform.url('intake')}/portal/`,
      intakeUrl: platform.url('intake'),
      users: portfolio.creditors.flatMap((creditor) => creditor.users.map((user) => ({ creditor: creditor.name, email: user.email, password: user.password, role: user.role }))),
      logDir,
    });

    const runs: DebtorRun[] = portfolio.cases.map((demoCase) => ({
      demoCase,
      creditor: portfolio.creditors.find((c) => c.key === demoCase.creditorKey)!,
      random: new SeededRandom(`${options.seed}:debtor:${demoCase.index}`),
      paidInFull: false,
      contacted: false,
    }));
    const byCaseId = new Map<string, DebtorRun>();
    const display = new ProgressDisplay(options.out);
    let placed = 0;

    for (let day = 0; day <= options.days; day += 1) {
      if (options.signal?.aborted) throw new DemoAborted(day);
      const today = addDays(startDate, day);
      const note = new DayNote();

      // Registers first: a debtor already listed is found at screening, never contacted.
      for (const registerImport of portfolio.registerImports.filter((i) => i.day === day)) {
        await attempt('register import', () => platform.registers.importRows(registerImport.source, 'situations', registerImport.rows));
        note.add('register rows', registerImport.rows.length);
      }

      // The creditors place today's cases.
      await forEachLimit(runs.filter((run) => run.demoCase.placedOnDay === day), 6, async (run) => {
        const created = await attempt('case submission', () => setup.creditors.get(run.creditor.key)!.submitCase(run.demoCase.submission));
        if (!created) return;
        // intake answers the case as it shows it: its id is `id` (the driver's type says `caseId`).
        // intake answers the case as it shows it, `id` first.
        const caseId = (created as unknown as { id: string }).id;
        run.caseId = caseId;
        byCaseId.set(caseId, run);
        progress.track(caseId, { creditor: run.creditor.key, country: run.demoCase.country, currency: run.demoCase.submission.currency });
        placed += 1;
      });
      progress.observe(platform.events.all());

      if (day > 0) {
        const context: DayContext = { platform, setup, progress, day, today, note, attempt };
        // Debtors who act on their own, then the agents' call queues, then the creditors' answers.
        for (const run of runs) if (run.caseId) await debtorActs(context, run);
        await flushBankTransfers(context);
        await workQueues(context, byCaseId);
        await creditorsAnswer(context, byCaseId, portfolio);
      }
      progress.observe(platform.events.all());
      display.render(progress, { day, days: options.days, date: today, placed, total: portfolio.cases.length, note: note.text() });
      log(`day ${day} ${today}: ${note.text()}`);
      if (day < options.days) await platform.advanceClock('1d', { stableForMs: options.quietMs ?? 1_500, timeoutMs: 300_000 });
    }
    // The last day's payments reach their remittance on the next business days: let the platform finish what it started.
    await platform.waitUntilQuiet({ stableForMs: options.quietMs ?? 1_500, timeoutMs: 300_000 });
    progress.observe(platform.events.all());
    display.done();

    const groups = progress.groups();
    const creditorNames = Object.fromEntries(portfolio.creditors.map((c) => [c.key, c.name]));
    const summary = summaryTable(groups, creditorNames);
    const documentsDir = join(options.outputDir, 'documents');
    const documents = copyDocuments(platform.objectStoreDir, documentsDir, byCaseId, setup.creditorKeys);
    writeFileSync(join(options.outputDir, 'summary.txt'), `${summary}\n`);
    writeFileSync(
      join(options.outputDir, 'portfolio.json'),
      JSON.stringify(
        runs.map((run) => ({
          caseId: run.caseId ?? null,
          creditor: run.creditor.name,
          reference: run.demoCase.submission.creditorReference,
          country: run.demoCase.country,
          debtor: run.demoCase.submission.debtor.legalName ?? `${run.demoCase.submission.debtor.givenNames} ${run.demoCase.submission.debtor.familyName}`,
          behaviour: BEHAVIOUR_LABELS[run.demoCase.behaviour.kind],
          state: run.caseId ? progress.state(run.caseId) : 'not placed',
        })),
        null,
        2,
      ),
    );
    return { platform, creditors: setup.creditors, portfolio, progress, groups, summary, documentsDir, documents, refused, placed };
  } catch (error) {
    await platform.stop().catch(() => undefined);
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// One simulated day

interface DayContext {
  platform: Platform;
  setup: AgencySetup;
  progress: PortfolioProgress;
  day: number;
  today: string;
  note: DayNote;
  attempt: <T>(what: string, action: () => Promise<T>) => Promise<T | undefined>;
  bankTransfers?: Array<{ amountMinor: bigint; currency: string; reference: string }>;
}

class DayNote {
  private readonly counts = new Map<string, number>();
  add(what: string, count = 1): void {
    this.counts.set(what, (this.counts.get(what) ?? 0) + count);
  }
  text(): string {
    return [...this.counts].map(([what, count]) => `${count} ${what}`).join(', ') || 'nothing new from debtors';
  }
}

const agentFor = (context: DayContext, run: DebtorRun): AgentClient | undefined =>
  context.setup.agents.get(`${run.demoCase.country}|${primaryLanguage(run.demoCase.submission.debtor.language)}`);

/** What the debtor owes now, as payments keeps it (costs, charges and interest included). */
async function balanceOf(context: DayContext, caseId: string): Promise<{ total: bigint; reference?: string } | undefined> {
  const ledger = await context.attempt('ledger read', () => context.platform.operator.caseLedger(caseId));
  if (!ledger) return undefined;
  const view = ledger as { balance?: { total?: string }; references?: Array<{ kind: string; reference: string }> };
  const references = view.references ?? [];
  const reference = (references.find((r) => r.kind === 'OGM') ?? references[0])?.reference;
  return { total: BigInt(view.balance?.total ?? '0'), ...(reference ? { reference } : {}) };
}

async function pay(context: DayContext, run: DebtorRun, amountMinor: bigint, reference?: string): Promise<void> {
  if (amountMinor <= 0n || !run.caseId) return;
  const currency = run.demoCase.submission.currency;
  const route = run.demoCase.behaviour.pays;
  if (route === 'TO_CREDITOR') {
    const creditor = context.setup.creditors.get(run.creditor.key)!;
    const done = await context.attempt('direct payment report', () =>
      creditor.reportDirectPayment(run.caseId!, { amountMinor: Number(amountMinor), currency, receivedOn: context.today, reference: `DIRECT-${run.demoCase.index + 1}-${context.day}` }),
    );
    if (done) context.note.add('direct payments reported');
  } else if (route === 'BANK_TRANSFER' && reference) {
    (context.bankTransfers ??= []).push({ amountMinor, currency, reference });
  } else {
    const done = await context.attempt('gateway payment', () =>
      context.platform.gateway.capture({ caseId: run.caseId!, amountMinor, currency, method: 'CARD', paidAt: `${context.today}T${HOUR_OF_DAY_UTC - 1}:30:00Z` }),
    );
    if (done) context.note.add('card payments');
  }
}

/** Today's transfers arrive together, in one camt.054 from the agency's bank, each with its case's structured reference. */
async function flushBankTransfers(context: DayContext): Promise<void> {
  const transfers = context.bankTransfers ?? [];
  context.bankTransfers = [];
  if (transfers.length === 0) return;
  const done = await context.attempt('bank file', () =>
    context.platform.bank.notifyCredits(transfers.map((t) => ({ amountMinor: t.amountMinor, currency: t.currency, valueDate: context.today, structuredReference: t.reference }))),
  );
  if (done) context.note.add('bank transfers (camt.054)', transfers.length);
}

async function payInFull(context: DayContext, run: DebtorRun): Promise<void> {
  const balance = await balanceOf(context, run.caseId!);
  if (!balance || balance.total <= 0n) return;
  run.paidInFull = true;
  await pay(context, run, balance.total, balance.reference);
}

/** The debtor's own move today, if their behaviour has one. */
async function debtorActs(context: DayContext, run: DebtorRun): Promise<void> {
  const { progress, day } = context;
  const caseId = run.caseId!;
  if (!progress.isOpen(caseId) || run.paidInFull) return;
  const behaviour = run.demoCase.behaviour;
  const sinceOpened = day - run.demoCase.placedOnDay;
  const agent = agentFor(context, run);
  switch (behaviour.kind) {
    case 'PAYS_EARLY':
      if (sinceOpened >= behaviour.actAfterDays) await payInFull(context, run);
      break;
    case 'PAYS_AFTER_FORMAL_NOTICE':
      if (progress.formalNoticeSent(caseId)) run.noticeSeenOnDay ??= day;
      if (run.noticeSeenOnDay !== undefined && day >= run.noticeSeenOnDay + behaviour.actAfterDays) await payInFull(context, run);
      break;
    case 'PROMISES_TO_PAY':
      if (!run.promise && !run.contacted && sinceOpened >= behaviour.actAfterDays && agent) {
        // Nobody called: the debtor calls in and promises.
        await promise(context, run, (outcome) => agent.recordInboundContact(caseId, outcome));
      } else if (run.promise && context.today >= run.promise.payOn && behaviour.keepsPromise) {
        const balance = await balanceOf(context, caseId);
        run.paidInFull = true;
        await pay(context, run, balance?.total ?? run.promise.amountMinor, balance?.reference);
      }
      break;
    case 'PLAN_MISSES_ONE':
    case 'PLAN_BROKEN':
      if (!run.plan && sinceOpened >= behaviour.actAfterDays && agent) {
        await context.attempt('inbound contact', () => agent.recordInboundContact(caseId, outcome('ASKED_FOR_PLAN', run, 'Called in to ask for a payment plan.')));
        await proposePlan(context, run, agent);
      } else if (run.plan) {
        await payInstalments(context, run);
      }
      break;
    case 'SETTLES':
      if (!run.settlement && sinceOpened >= behaviour.actAfterDays && agent) {
        await context.attempt('inbound contact', () => agent.recordInboundContact(caseId, outcome('REACHED', run, 'Offers a one-off payment in full and final settlement.')));
        await proposeSettlement(context, run, agent);
      } else if (run.settlement && day >= run.settlement.proposedOn + 4 && progress.state(caseId) === 'settlement') {
        const balance = await balanceOf(context, caseId);
        run.paidInFull = true;
        await pay(context, run, run.settlement.amountMinor, balance?.reference);
      }
      break;
    case 'DISPUTES':
      if (!run.dispute && sinceOpened >= behaviour.actAfterDays && agent) {
        await openDispute(context, run, agent, (o) => agent.recordInboundContact(caseId, o));
      } else if (run.dispute && !run.dispute.resolved && run.dispute.answeredOn !== undefined && day >= run.dispute.answeredOn + 1 && agent) {
        // The creditor sent the contract and the delivery notes: the claim is upheld, the debtor pays a week later.
        const done = await context.attempt('dispute resolution', async () => {
          await agent.resolveDispute(run.dispute!.disputeId, { resolution: 'CLAIM_UPHELD', explanation: 'The creditor sent the signed contract and the delivery notes; the claim stands.' });
          return true;
        });
        run.dispute.resolved = true;
        if (done) {
          run.payAfterDisputeOn = day + 7;
          context.note.add('disputes resolved');
        }
      } else if (run.payAfterDisputeOn !== undefined && day >= run.payAfterDisputeOn) {
        await payInFull(context, run);
      }
      break;
    default:
      break;
  }
}

function outcome(result: Outcome['result'], run: DebtorRun, note: string, extra: Partial<Outcome> = {}): Outcome {
  return { result, note, noteForCreditor: result !== 'NO_ANSWER', minutesSpent: run.random.int(2, 14), ...extra };
}

async function promise(context: DayContext, run: DebtorRun, record: (o: Outcome) => Promise<unknown>): Promise<void> {
  const balance = context.progress.agentBalance(run.caseId!) ?? BigInt(run.demoCase.principalMinor);
  const payOn = addDays(context.today, run.random.int(5, 12));
  const done = await context.attempt('promise to pay', () =>
    record(outcome('PROMISE_TO_PAY', run, 'Promises to pay the balance after payday.', { promise: { amount: { amountMinor: String(balance), currency: run.demoCase.submission.currency }, payBy: payOn } })),
  );
  if (done !== undefined) {
    run.promise = { payOn, amountMinor: balance };
    context.note.add('promises');
  }
}

async function proposePlan(context: DayContext, run: DebtorRun, agent: AgentClient): Promise<void> {
  const balance = context.progress.agentBalance(run.caseId!);
  if (balance === undefined || balance <= 0n) return;
  // The agent keeps every instalment but the last at or above contact-center's default minimum (25.00).
  const wanted = BigInt(run.demoCase.behaviour.instalments ?? 3);
  const fitting = balance / MINIMUM_INSTALMENT_MINOR;
  // Too little for two instalments: a deferral (a plan of one).
  const count = fitting < 2n ? 1n : fitting < wanted ? fitting : wanted;
  const base = balance / count;
  const instalments = Array.from({ length: Number(count) }, (_, i) => ({
    number: i + 1,
    dueDate: addDays(context.today, 7 + 14 * i),
    amountMinor: i === Number(count) - 1 ? balance - base * (count - 1n) : base,
  }));
  const currency = run.demoCase.submission.currency;
  const done = await context.attempt('plan proposal', () =>
    agent.proposePlan(
      run.caseId!,
      instalments.map((i) => ({ number: i.number, dueDate: i.dueDate, amount: { amountMinor: String(i.amountMinor), currency } })),
      count === 1n ? 'A deferral of two weeks agreed on the phone.' : `${count} fortnightly instalments agreed on the phone.`,
    ),
  );
  // Even a refused proposal is not tried again: the debtor then stays in dunning.
  const agreed = done === undefined ? [] : instalments;
  run.plan = { instalments: agreed, payments: instalmentPayments(agreed, run.demoCase.behaviour.kind === 'PLAN_MISSES_ONE'), proposedOn: context.day };
  if (done !== undefined) context.note.add('plans proposed');
}

async function payInstalments(context: DayContext, run: DebtorRun): Promise<void> {
  const plan = run.plan!;
  if (!['plan', 'dunning', 'awaiting creditor'].includes(context.progress.state(run.caseId!) ?? '')) return;
  const today = plan.payments.filter((payment) => payment.on === context.today);
  for (const payment of today) {
    const balance = await balanceOf(context, run.caseId!);
    await pay(context, run, payment.amountMinor, balance?.reference);
    context.note.add('instalments paid');
  }
  if (plan.instalments.some((instalment) => instalment.dueDate === context.today) && today.length === 0) context.note.add('instalments missed');
}

async function proposeSettlement(context: DayContext, run: DebtorRun, agent: AgentClient): Promise<void> {
  const balance = context.progress.agentBalance(run.caseId!);
  if (balance === undefined || balance <= 0n) return;
  const amountMinor = (balance * BigInt(run.demoCase.behaviour.settlementBp ?? 8000)) / 10_000n;
  const payBy = addDays(context.today, 10);
  const done = await context.attempt('settlement proposal', () =>
    agent.proposeSettlement(run.caseId!, { amountMinor: String(amountMinor), currency: run.demoCase.submission.currency }, payBy, 'One payment in full and final settlement.'),
  );
  run.settlement = { amountMinor, payBy, proposedOn: context.day };
  if (done !== undefined) context.note.add('settlements proposed');
}

async function openDispute(context: DayContext, run: DebtorRun, agent: AgentClient, record: (o: Outcome) => Promise<unknown>): Promise<void> {
  const caseId = run.caseId!;
  await context.attempt('contact outcome', () => record(outcome('DISPUTE_RAISED', run, 'Says the goods were never delivered.')));
  const dispute = await context.attempt('dispute', () =>
    agent.openDispute(caseId, { ground: run.demoCase.submission.category === 'B2B' ? 'DEFECTIVE_GOODS_OR_SERVICE' : 'NOT_OWED', summary: 'The debtor says the goods were never delivered.' }),
  );
  if (!dispute) {
    run.dispute = { disputeId: '', openedOn: context.day, resolved: true };
    return;
  }
  run.dispute = { disputeId: dispute.disputeId, openedOn: context.day, resolved: false };
  context.note.add('disputes opened');
  await context.attempt('document request', () =>
    agent.requestDocuments(dispute.disputeId, 'Please send the signed order and the delivery notes for the disputed invoices.', addDays(context.today, 14)),
  );
}

/** Every agent takes the next callable task until its queue is empty for today, and records what the debtor said. */
async function workQueues(context: DayContext, byCaseId: Map<string, DebtorRun>): Promise<void> {
  await Promise.all(
    [...context.setup.agents.values()].map(async (agent) => {
      const released = new Set<string>();
      for (let taken = 0; taken < 500; taken += 1) {
        const task = await context.attempt('next task', () => agent.nextTask());
        if (!task || released.has(task.taskId)) {
          if (task) await context.attempt('task release', () => agent.releaseTask(task.taskId));
          return;
        }
        if (task.kind !== 'CALL' && task.kind !== 'VISIT') {
          released.add(task.taskId);
          await context.attempt('task release', () => agent.releaseTask(task.taskId));
          continue;
        }
        await answerTask(context, agent, task, byCaseId.get(task.caseId));
      }
    }),
  );
}

async function answerTask(context: DayContext, agent: AgentClient, task: AgentTask, run: DebtorRun | undefined): Promise<void> {
  const visit = task.kind === 'VISIT';
  const record = (o: Outcome) => agent.recordOutcome(task.taskId, o);
  const counted = (what: string) => context.note.add(visit ? 'visits' : what);
  if (!run || !run.caseId) {
    await context.attempt('task outcome', () => record({ result: visit ? 'DEBTOR_ABSENT' : 'NO_ANSWER', minutesSpent: 2 }));
    return counted('calls unanswered');
  }
  const behaviour = run.demoCase.behaviour;
  const absent = visit ? 'DEBTOR_ABSENT' : 'NO_ANSWER';
  run.contacted = true;
  switch (behaviour.kind) {
    case 'NEVER_ANSWERS':
    case 'INSOLVENT':
      await context.attempt('task outcome', () => record(outcome(absent, run, visit ? 'Nobody at home; card left.' : 'No answer.')));
      return counted('calls unanswered');
    case 'PAYS_EARLY':
      await context.attempt('task outcome', () => record(outcome('REACHED', run, 'Debtor forgot the invoice and will pay this week.')));
      return counted('calls answered');
    case 'PAYS_AFTER_FORMAL_NOTICE':
      await context.attempt('task outcome', () =>
        context.progress.formalNoticeSent(run.caseId!)
          ? record(outcome('REACHED', run, 'Debtor has the formal notice and says the money is on its way.'))
          : record(outcome('REFUSED_TO_PAY', run, 'Debtor does not want to pay yet.')),
      );
      return counted('calls answered');
    case 'PROMISES_TO_PAY':
      if (!run.promise) {
        await promise(context, run, record);
      } else {
        await context.attempt('task outcome', () => record(outcome('REACHED', run, 'Debtor confirms the promise.')));
      }
      return counted('calls answered');
    case 'PLAN_MISSES_ONE':
    case 'PLAN_BROKEN':
      await context.attempt('task outcome', () => record(outcome(run.plan ? 'REACHED' : 'ASKED_FOR_PLAN', run, run.plan ? 'Reminded of the plan.' : 'Cannot pay at once; asks for instalments.')));
      if (!run.plan) await proposePlan(context, run, agent);
      return counted('calls answered');
    case 'SETTLES':
      await context.attempt('task outcome', () => record(outcome('REACHED', run, 'Offers a one-off payment to close the matter.')));
      if (!run.settlement) await proposeSettlement(context, run, agent);
      return counted('calls answered');
    case 'DISPUTES':
      if (!run.dispute) await openDispute(context, run, agent, record);
      else await context.attempt('task outcome', () => record(outcome('REACHED', run, 'Maintains the dispute.')));
      return counted('calls answered');
  }
}

/** Creditors answer the agency: approve plans and settlements above the limit, send documents when they have them, accept closures, decide on legal action. */
async function creditorsAnswer(context: DayContext, byCaseId: Map<string, DebtorRun>, portfolio: DemoPortfolio): Promise<void> {
  for (const creditor of portfolio.creditors) {
    const client = context.setup.creditors.get(creditor.key)!;
    const decisions = (await context.attempt('pending decisions', () => client.pendingDecisions())) ?? [];
    for (const decision of decisions as PendingDecision[]) {
      const run = byCaseId.get(decision.caseId);
      const kind = String(decision.kind);
      const askedOn = typeof decision.askedAt === 'string' ? decision.askedAt.slice(0, 10) : context.today;
      // Creditors take a couple of days to answer.
      if (addDays(askedOn, 2) > context.today) continue;
      let answer: 'approve' | 'provide_information' | 'accept_closure' | 'consent_legal_action' | 'refuse_legal_action' | undefined;
      if (kind === 'APPROVAL_REQUESTED') answer = 'approve';
      else if (kind === 'INFORMATION_REQUESTED') answer = run?.demoCase.behaviour.creditorAnswers ? 'provide_information' : undefined;
      else if (kind === 'CLOSURE_RECOMMENDED') answer = 'accept_closure';
      else if (kind === 'LEGAL_ACTION_RECOMMENDED') answer = run && run.demoCase.submission.category === 'B2B' ? 'consent_legal_action' : 'refuse_legal_action';
      if (!answer) continue;
      const note =
        answer === 'provide_information' ? 'Signed order and delivery notes attached to the case file.' : answer === 'approve' ? 'Approved: the plan suits us.' : 'Agreed.';
      const done = await context.attempt(`creditor ${answer}`, () => client.instruct(decision.caseId, { kind: answer!, inReplyTo: decision.requestId, note }));
      if (done) {
        context.note.add('creditor answers');
        if (answer === 'provide_information' && run?.dispute) run.dispute.answeredOn = context.day;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Documents and helpers

/**
 * Copies the letters, remittance statements and fee invoices out of the object store (kept as
 * `<key>@data` with a `<key>@meta.json` sidecar) into folders with readable names:
 * letters/<creditor>/<country>-<creditor reference>-letter-<template>-<date>.pdf,
 * statements/<creditor>/remittance-statement-<id>.pdf, invoices/<creditor>/invoice-<number>.pdf.
 */
export function copyDocuments(
  storeDir: string,
  targetDir: string,
  byCaseId: Map<string, DebtorRun>,
  creditorKeys: Map<string, string>,
): { letters: number; statements: number; invoices: number } {
  const counts = { letters: 0, statements: 0, invoices: 0 };
  if (!existsSync(storeDir)) return counts;
  for (const file of walk(storeDir)) {
    if (!file.endsWith('@data')) continue;
    const key = relative(storeDir, file.slice(0, -'@data'.length)).split('\\').join('/');
    const [folder, owner] = key.split('/');
    let fileName = key.split('/').pop()!;
    try {
      fileName = (JSON.parse(readFileSync(`${file.slice(0, -'@data'.length)}@meta.json`, 'utf8')) as { fileName?: string }).fileName ?? fileName;
    } catch {
      // no sidecar: keep the key's own name
    }
    let target: string | undefined;
    if (folder === 'letters') {
      const run = byCaseId.get(owner ?? '');
      const where = run ? `${run.creditor.key}/${run.demoCase.country}-${run.demoCase.submission.creditorReference}-` : `unknown/${owner}-`;
      target = join(targetDir, 'letters', `${where}${fileName}`);
      counts.letters += 1;
    } else if (folder === 'statements' || folder === 'invoices') {
      target = join(targetDir, folder, creditorKeys.get(owner ?? '') ?? owner ?? 'unknown', fileName);
      counts[folder] += 1;
    }
    if (!target) continue;
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(file, target);
  }
  return counts;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
}

async function forEachLimit<T>(items: T[], limit: number, action: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await action(items[next++]!);
    }),
  );
}
