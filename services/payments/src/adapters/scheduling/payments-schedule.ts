import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Clock } from '@collections/clock';
import { BatchPoller } from '@collections/service-runtime';
import { DataSource } from 'typeorm';
import { checkPlans, type PlanCheckReport } from '../../application/commands/check-plans';
import { invoiceFees, isInvoicingDay } from '../../application/commands/invoice-fees';
import { runRemittances, type RemittanceRunReport } from '../../application/commands/run-remittances';
import { PayoutFileRenderer } from '../../application/ports/creditor-accounts.port';
import { DocumentArchive } from '../../application/ports/document-archive.port';
import { UnitOfWork } from '../../application/ports/payments-transaction.port';
import { plusDays } from '../../domain/plans';
import { TARGET2_RUN_DAYS } from '../../domain/remittance';

export const SCHEDULE_INTERVAL_MS = Symbol('SCHEDULE_INTERVAL_MS');

/** How long a claimed day's run may go without finishing before another replica takes it over. */
const CLAIM_TIMEOUT = '15 minutes';

export interface DailyReport {
  day: string;
  plans: PlanCheckReport;
  remittances: RemittanceRunReport;
  invoices: Array<{ invoiceNumber: string; creditorId: string }>;
}

/**
 * The day's jobs, once per day whichever replica gets there first (a row in daily_runs claims the
 * day): missed instalments and lapsed settlements, then the remittance run, then — when a month's
 * first business day has come since the last run — the month's fee invoices. The clock is the
 * service clock, so tests and the demo move days forward through /ops/clock.
 */
@Injectable()
export class PaymentsSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(PaymentsSchedule.name);
  private readonly poller: BatchPoller;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly files: PayoutFileRenderer,
    private readonly archive: DocumentArchive,
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
    @Inject(SCHEDULE_INTERVAL_MS) intervalMs: number,
  ) {
    this.poller = new BatchPoller(async () => ((await this.runIfDue()) ? 1 : 0), {
      intervalMs, batchSize: 2, onError: (error) => this.logger.error({ msg: 'daily payments run failed; the next pass retries', err: error.message }),
    });
  }

  onApplicationBootstrap(): void {
    this.poller.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.poller.stop();
  }

  /**
   * Runs today's jobs unless a replica did or is doing them. A run that failed gives its claim back at
   * once, and one whose replica died (no report after CLAIM_TIMEOUT) may be claimed again: money must
   * not wait a day for the next run when its 14 days are running (each job takes only what is still due).
   */
  async runIfDue(): Promise<DailyReport | undefined> {
    const today = this.today();
    const lastRun = await this.lastRunBefore(today);
    const claimed: unknown[] = await this.dataSource.query(
      `INSERT INTO daily_runs (day) VALUES ($1)
       ON CONFLICT (day) DO UPDATE SET ran_at = now() WHERE daily_runs.report IS NULL AND daily_runs.ran_at < now() - $2::interval
       RETURNING day`,
      [today, CLAIM_TIMEOUT],
    );
    if (claimed.length === 0) return undefined;
    try {
      return await this.run(today, lastRun);
    } catch (error) {
      await this.dataSource.query(`DELETE FROM daily_runs WHERE day = $1 AND report IS NULL`, [today]);
      throw error;
    }
  }

  /** Runs today's jobs now, even if they ran already today (each job takes only what is still due). */
  async runToday(): Promise<DailyReport> {
    const today = this.today();
    const lastRun = await this.lastRunBefore(today);
    await this.dataSource.query(`INSERT INTO daily_runs (day) VALUES ($1) ON CONFLICT (day) DO NOTHING`, [today]);
    return this.run(today, lastRun);
  }

  private async lastRunBefore(today: string): Promise<string | undefined> {
    const rows: Array<{ day: string | null }> = await this.dataSource.query(`SELECT to_char(max(day), 'YYYY-MM-DD') AS day FROM daily_runs WHERE day < $1`, [today]);
    return rows[0]?.day ?? undefined;
  }

  async invoiceNow(): Promise<Array<{ invoiceNumber: string; creditorId: string }>> {
    return this.uow.run((tx) => invoiceFees(tx, this.files, this.archive, this.today()));
  }

  private async run(today: string, lastRun: string | undefined): Promise<DailyReport> {
    const now = this.clock.now();
    const plans = await this.uow.run((tx) => checkPlans(tx, today));
    const remittances: RemittanceRunReport = { remittances: [], blocked: [] };
    for (;;) {
      const pass = await this.uow.run((tx) => runRemittances(tx, this.files, this.archive, today, now));
      remittances.remittances.push(...pass.remittances);
      remittances.blocked = pass.blocked;
      if (pass.remittances.length === 0) break;
    }
    const invoices = this.invoicingDayPassed(today, lastRun) ? await this.invoiceNow() : [];
    const report: DailyReport = { day: today, plans, remittances, invoices };
    for (const blocked of remittances.blocked) this.logger.warn({ msg: 'money due to a creditor cannot be remitted', creditorId: blocked.creditorId, reason: blocked.reason, receipts: blocked.receipts });
    await this.dataSource.query(`UPDATE daily_runs SET report = $2, ran_at = now() WHERE day = $1`, [today, JSON.stringify(report, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value))]);
    return report;
  }

  /** A month's first business day fell in (lastRun, today]: a clock moved on by weeks still invoices each month once. */
  private invoicingDayPassed(today: string, lastRun: string | undefined): boolean {
    const from = lastRun && lastRun < today ? plusDays(lastRun, 1) : today;
    for (let day = from < plusDays(today, -62) ? plusDays(today, -62) : from; day <= today; day = plusDays(day, 1)) {
      if (isInvoicingDay(day, (date) => TARGET2_RUN_DAYS.isRunDay(date))) return true;
    }
    return false;
  }

  private today(): string {
    return this.clock.now().toISOString().slice(0, 10);
  }
}
