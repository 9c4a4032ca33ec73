import type { CreditorClient, Platform } from '../../driver';
import { generatePortfolio, type DemoCase, type DemoPortfolio } from '../../demo/portfolio';
import { setUpAgency } from '../../demo/agency-setup';

/** A payment the flow made for a debtor: what payments, intake and the remittances must all show once. */
export interface FlowPayment {
  paymentId: string;
  caseId: string;
  amountMinor: bigint;
  currency: string;
  day: number;
}

export interface FlowCase {
  demoCase: DemoCase;
  caseId: string;
  creditorId: string;
  /** Pays the whole balance on this day of the flow. */
  paysInFullOnDay?: number;
  /** Pays part of the principal on this day. */
  paysPartOnDay?: number;
}

/**
 * The clock steps of a run: day by day while the debtors act (and the faults strike), then in
 * longer strides until every receipt is past its 14-day remittance deadline.
 */
export const FLOW_STEPS = ['1d', '1d', '1d', '1d', '4d', '4d', '4d', '4d', '2d'] as const;

export interface FlowHooks {
  /**
   * Runs after day `day`'s actions were posted (payments, register rows) and before the platform is
   * waited for: the platform is busy reacting, which is when a fault hurts most.
   */
  afterActions?: (day: number) => Promise<void>;
}

/**
 * A demo portfolio flowing through the platform, the same on every run for a given seed: the demo
 * generator's cases, placed on day 0; some debtors pay everything on day 1–3 by card, some pay part,
 * the rest never pay; insolvent debtors are in the registers before their case arrives. Only public
 * edges are used, so whatever the platform does with a fault, this flow cannot hide it.
 */
export class PortfolioFlow {
  readonly cases: FlowCase[] = [];
  readonly payments: FlowPayment[] = [];
  day = 0;

  private constructor(
    readonly platform: Platform,
    readonly portfolio: DemoPortfolio,
    private readonly creditors: Map<string, CreditorClient>,
    private readonly seed: string,
  ) {}

  static async open(platform: Platform, { seed, cases }: { seed: string; cases: number }): Promise<PortfolioFlow> {
    await startOfWorkingDay(platform);
    const today = (await platform.now()).toISOString().slice(0, 10);
    const portfolio = generatePortfolio({ seed, cases, days: 24, startDate: today });
    const { creditors } = await setUpAgency(platform, portfolio, { today, placingOnly: true });
    return new PortfolioFlow(platform, portfolio, creditors, seed);
  }

  /** Registers first (so screening finds the insolvent), then every case, then waits for the platform. */
  async placeCases(): Promise<void> {
    for (const registerImport of this.portfolio.registerImports) {
      await this.platform.registers.importRows(registerImport.source, 'situations', registerImport.rows);
    }
    for (const demoCase of this.portfolio.cases) {
      const creditor = this.creditors.get(demoCase.creditorKey)!;
      const opened = await creditor.submitCase(demoCase.submission);
      const caseId = (opened as unknown as { id: string }).id;
      const kind = demoCase.behaviour.kind;
      this.cases.push({
        demoCase,
        caseId,
        creditorId: creditor.creditorId,
        ...(['PAYS_EARLY', 'PAYS_AFTER_FORMAL_NOTICE', 'PROMISES_TO_PAY'].includes(kind) ? { paysInFullOnDay: 1 + (demoCase.index % 3) } : {}),
        ...(['PLAN_MISSES_ONE', 'PLAN_BROKEN', 'SETTLES', 'DISPUTES'].includes(kind) ? { paysPartOnDay: 2 } : {}),
      });
    }
    await this.platform.waitUntilQuiet({ timeoutMs: 300_000 });
  }

  /** Every clock step of FLOW_STEPS, with the day's debtor actions and the hooks between them. */
  async run(hooks: FlowHooks = {}): Promise<void> {
    for (const step of FLOW_STEPS) {
      await this.platform.advanceClock(step, { timeoutMs: 300_000 });
      this.day += Number(step.replace('d', ''));
      await this.debtorsAct();
      await hooks.afterActions?.(this.day);
    }
    await this.platform.waitUntilQuiet({ timeoutMs: 300_000 });
  }

  /** What the debtor of `caseId` paid in this flow so far. */
  paidFor(caseId: string): bigint {
    return this.payments.filter((payment) => payment.caseId === caseId).reduce((sum, payment) => sum + payment.amountMinor, 0n);
  }

  /** The creditor client that placed `caseId` (only it may read the case). */
  creditorOf(caseId: string): CreditorClient {
    const flowCase = this.cases.find((c) => c.caseId === caseId)!;
    return this.creditors.get(flowCase.demoCase.creditorKey)!;
  }

  private async debtorsAct(): Promise<void> {
    for (const flowCase of this.cases) {
      if (flowCase.paysInFullOnDay === this.day) {
        const ledger = (await this.platform.operator.caseLedger(flowCase.caseId)) as { currency: string; balance: { total: string } };
        const balance = BigInt(ledger.balance.total);
        if (balance > 0n) await this.pay(flowCase, balance, ledger.currency);
      }
      if (flowCase.paysPartOnDay === this.day) {
        await this.pay(flowCase, BigInt(Math.max(100, Math.floor(flowCase.demoCase.principalMinor * 0.3))), flowCase.demoCase.submission.currency);
      }
    }
  }

  private async pay(flowCase: FlowCase, amountMinor: bigint, currency: string): Promise<void> {
    // A fixed payment id per case and day: a gateway retrying the webhook sends the same one.
    const payment: FlowPayment = { paymentId: `fault-${this.seed}-${flowCase.demoCase.index}-d${this.day}`, caseId: flowCase.caseId, amountMinor, currency, day: this.day };
    const paidAt = (await this.platform.now()).toISOString();
    await this.platform.gateway.capture({ caseId: flowCase.caseId, amountMinor, currency, paidAt, paymentId: payment.paymentId });
    this.payments.push(payment);
  }
}

/**
 * Calls and visits are lawful only in the debtor's daytime, and the clocks start at the machine's
 * time of day: every run starts on a working day at 09:00 UTC so it meets the same contact windows.
 */
async function startOfWorkingDay(platform: Platform): Promise<void> {
  const now = await platform.now();
  const target = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 9));
  while (target <= now || target.getUTCDay() === 0 || target.getUTCDay() === 6) target.setTime(target.getTime() + 86_400_000);
  await platform.advanceClock(`${target.getTime() - now.getTime()}ms`);
}
