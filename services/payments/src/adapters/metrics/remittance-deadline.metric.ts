import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { Gauge, register } from 'prom-client';
import { DataSource } from 'typeorm';

/** The name the RemittanceDeadlineNear/Missed alerts use (tools/deploy/src/generate/alert-rules.ts). */
export const REMITTANCE_DEADLINE_METRIC = 'payments_remittance_earliest_due_timestamp_seconds';

/** The end of a `remit_by` day (`YYYY-MM-DD`), UTC, in Unix seconds: the next day's midnight. */
export function endOfDayUtcSeconds(day: string): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, date + 1) / 1000;
}

/**
 * Exports when the earliest money waiting for its creditor falls due: the end of the earliest
 * `remit_by` day among receipts allocated and not yet remitted (money paid to the creditor
 * directly never is). Read on each scrape with one query on the partial index
 * `ix_receipts__to_remit`; absent when nothing waits. When the database cannot answer, the last
 * value stays (an absent series would silence the alerts) and the scrape still succeeds.
 */
@Injectable()
export class RemittanceDeadlineMetric implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('RemittanceDeadlineMetric');
  private gauge?: Gauge;

  constructor(private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    // One per process on the default registry; a later app in the same process (tests) takes it over.
    register.removeSingleMetric(REMITTANCE_DEADLINE_METRIC);
    const read = () => this.earliestDue();
    const logger = this.logger;
    this.gauge = new Gauge({
      name: REMITTANCE_DEADLINE_METRIC,
      help: 'Unix time at which the earliest unremitted receipt falls due (end of its remit_by day, UTC); absent when none waits',
      async collect() {
        try {
          const due = await read();
          if (due === undefined) this.remove();
          else this.set(due);
        } catch (error) {
          logger.warn({ msg: 'cannot read the earliest remittance due date; keeping the last value', error: (error as Error).message });
        }
      },
    });
  }

  onModuleDestroy(): void {
    if (this.gauge && register.getSingleMetric(REMITTANCE_DEADLINE_METRIC) === this.gauge) register.removeSingleMetric(REMITTANCE_DEADLINE_METRIC);
  }

  private async earliestDue(): Promise<number | undefined> {
    const [row]: Array<{ remit_by: string | null }> = await this.dataSource.query(
      `SELECT min(remit_by)::text AS remit_by FROM receipts WHERE state = 'allocated' AND remittance_id IS NULL AND NOT to_creditor`,
    );
    return row?.remit_by ? endOfDayUtcSeconds(row.remit_by) : undefined;
  }
}
