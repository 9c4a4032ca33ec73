import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface PortfolioReportRow {
  country: string;
  currency: string;
  casesPlaced: number;
  casesByState: Record<string, number>;
  amountPlacedMinor: number;
  /** Collected so far on the cases placed in the period. */
  collectedOnPlacedMinor: number;
  collectionRate: number | null;
  /** Money received in the period on any case, and paid out to the creditor in the period. */
  collectedInPeriodMinor: number;
  remittedInPeriodMinor: number;
  casesPaidInFullInPeriod: number;
  averageDaysToCollect: number | null;
}

/**
 * The creditor's portfolio for a period, by debtor country and currency: cases placed and where
 * they stand, amounts placed, collected and remitted, the collection rate of the period's cases and
 * the average days from placement to payment in full. Read from cases, their progress and the
 * timeline; always one creditor's own.
 */
@Injectable()
export class PortfolioReportQueries {
  constructor(private readonly dataSource: DataSource) {}

  async report(creditorId: string, from: string, to: string): Promise<PortfolioReportRow[]> {
    const [placed, flows] = await Promise.all([
      this.dataSource.query(
        `SELECT c.debtor_country AS country, c.currency,
                count(*)::int AS cases_placed,
                sum((SELECT coalesce(sum((i ->> 'principalMinor')::bigint), 0) FROM jsonb_array_elements(c.case_file -> 'invoices') i))::text AS placed_minor,
                sum(coalesce(p.collected_minor, 0))::text AS collected_minor
           FROM cases c LEFT JOIN case_progress p ON p.case_id = c.id
          WHERE c.creditor_id = $1 AND c.opened_at >= $2::date AND c.opened_at < $3::date + 1
          GROUP BY c.debtor_country, c.currency`,
        [creditorId, from, to],
      ),
      this.dataSource.query(
        `SELECT c.debtor_country AS country, c.currency,
                coalesce(sum(CASE WHEN t.kind = 'PAYMENT_RECEIVED' THEN (t.details -> 'amount' ->> 'amountMinor')::bigint END), 0)::text AS collected_minor,
                coalesce(sum(CASE WHEN t.kind = 'REMITTED' THEN (SELECT sum((l -> 'paidOut' ->> 'amountMinor')::bigint) FROM jsonb_array_elements(t.details -> 'lines') l) END), 0)::text AS remitted_minor,
                count(*) FILTER (WHERE t.kind = 'PAID_IN_FULL')::int AS paid_in_full,
                avg(EXTRACT(EPOCH FROM (t.occurred_at - c.opened_at)) / 86400) FILTER (WHERE t.kind = 'PAID_IN_FULL') AS average_days
           FROM timeline_entries t JOIN cases c ON c.id = t.case_id
          WHERE c.creditor_id = $1 AND t.kind IN ('PAYMENT_RECEIVED', 'REMITTED', 'PAID_IN_FULL') AND t.occurred_at >= $2::date AND t.occurred_at < $3::date + 1
          GROUP BY c.debtor_country, c.currency`,
        [creditorId, from, to],
      ),
    ]);
    const states: Array<{ country: string; currency: string; state: string; n: number }> = await this.dataSource.query(
      `SELECT c.debtor_country AS country, c.currency, coalesce(p.outcome, upper(c.state)) AS state, count(*)::int AS n
         FROM cases c LEFT JOIN case_progress p ON p.case_id = c.id
        WHERE c.creditor_id = $1 AND c.opened_at >= $2::date AND c.opened_at < $3::date + 1
        GROUP BY 1, 2, 3`,
      [creditorId, from, to],
    );
    const key = (row: { country: string; currency: string }) => `${row.country.trim()}|${row.currency.trim()}`;
    const rows = new Map<string, PortfolioReportRow>();
    const rowOf = (country: string, currency: string) => {
      const id = key({ country, currency });
      if (!rows.has(id)) {
        rows.set(id, {
          country: country.trim(), currency: currency.trim(), casesPlaced: 0, casesByState: {}, amountPlacedMinor: 0, collectedOnPlacedMinor: 0, collectionRate: null,
          collectedInPeriodMinor: 0, remittedInPeriodMinor: 0, casesPaidInFullInPeriod: 0, averageDaysToCollect: null,
        });
      }
      return rows.get(id)!;
    };
    for (const row of placed as Array<{ country: string; currency: string; cases_placed: number; placed_minor: string; collected_minor: string }>) {
      const target = rowOf(row.country, row.currency);
      target.casesPlaced = row.cases_placed;
      target.amountPlacedMinor = Number(row.placed_minor);
      target.collectedOnPlacedMinor = Number(row.collected_minor);
      target.collectionRate = target.amountPlacedMinor > 0 ? +(target.collectedOnPlacedMinor / target.amountPlacedMinor).toFixed(4) : null;
    }
    for (const row of states) rowOf(row.country, row.currency).casesByState[row.state] = row.n;
    for (const row of flows as Array<{ country: string; currency: string; collected_minor: string; remitted_minor: string; paid_in_full: number; average_days: string | null }>) {
      const target = rowOf(row.country, row.currency);
      target.collectedInPeriodMinor = Number(row.collected_minor);
      target.remittedInPeriodMinor = Number(row.remitted_minor);
      target.casesPaidInFullInPeriod = row.paid_in_full;
      target.averageDaysToCollect = row.average_days === null ? null : +Number(row.average_days).toFixed(1);
    }
    return [...rows.values()].sort((a, b) => a.country.localeCompare(b.country) || a.currency.localeCompare(b.currency));
  }
}
