import type { EntityManager } from 'typeorm';
import type { BalanceComponent, InvoiceRef } from '../../domain/allocation';
import type { EntryKind, JournalEntry, LedgerAccount, Posting } from '../../domain/ledger';
import { LedgerStore } from '../../application/ports/payments.ports';

type PostingRow = {
  id: string; entry_id: string; case_id: string; account: LedgerAccount; component: BalanceComponent | null; invoice: InvoiceRef | null;
  amount_minor: string; currency: string; kind: EntryKind; source: string; reverses: string | null; occurred_at: Date;
};

/** ledger_postings: appended in one statement per entry, read back in the order they were written. */
export class SqlLedgerStore extends LedgerStore {
  constructor(private readonly manager: EntityManager) {
    super();
  }

  async forCase(caseId: string): Promise<Posting[]> {
    const rows: PostingRow[] = await this.manager.query(`SELECT * FROM ledger_postings WHERE case_id = $1 ORDER BY seq`, [caseId]);
    return rows.map((row) => ({
      id: row.id, entryId: row.entry_id, caseId: row.case_id, account: row.account, ...(row.component ? { component: row.component } : {}), ...(row.invoice ? { invoice: row.invoice } : {}),
      amountMinor: BigInt(row.amount_minor), currency: row.currency, kind: row.kind, source: row.source, ...(row.reverses ? { reverses: row.reverses } : {}), occurredAt: row.occurred_at.toISOString(),
    }));
  }

  async append(entry: JournalEntry): Promise<void> {
    await this.appendMany([entry]);
  }

  /** Every posting of the entries in one statement, in order (seq keeps it). */
  async appendMany(entries: JournalEntry[]): Promise<void> {
    const postings = entries.flatMap((entry) => entry.postings);
    if (postings.length === 0) return;
    const column = <T>(pick: (posting: Posting) => T) => postings.map(pick);
    await this.manager.query(
      `INSERT INTO ledger_postings (id, entry_id, case_id, account, component, invoice, amount_minor, currency, kind, source, reverses, occurred_at)
       SELECT id, entry_id, case_id, account, component, invoice, amount_minor, currency, kind, source, reverses, occurred_at
         FROM unnest($1::text[], $2::text[], $3::uuid[], $4::text[], $5::text[], $6::jsonb[], $7::bigint[], $8::text[], $9::text[], $10::text[], $11::text[], $12::timestamptz[])
              WITH ORDINALITY AS p(id, entry_id, case_id, account, component, invoice, amount_minor, currency, kind, source, reverses, occurred_at, n)
        ORDER BY n`,
      [
        column((p) => p.id), column((p) => p.entryId), column((p) => p.caseId), column((p) => p.account), column((p) => p.component ?? null), column((p) => (p.invoice ? JSON.stringify(p.invoice) : null)),
        column((p) => p.amountMinor.toString()), column((p) => p.currency), column((p) => p.kind), column((p) => p.source), column((p) => p.reverses ?? null), column((p) => p.occurredAt),
      ],
    );
  }
}
