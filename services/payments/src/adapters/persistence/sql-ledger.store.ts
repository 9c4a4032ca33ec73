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
    if (entry.postings.length === 0) return;
    const values: unknown[] = [];
    const tuples = entry.postings.map((posting, index) => {
      values.push(posting.id, posting.entryId, posting.caseId, posting.account, posting.component ?? null, posting.invoice ? JSON.stringify(posting.invoice) : null, posting.amountMinor.toString(), posting.currency, posting.kind, posting.source, posting.reverses ?? null, posting.occurredAt);
      const base = index * 12;
      return `(${Array.from({ length: 12 }, (_, column) => `$${base + column + 1}`).join(', ')})`;
    });
    await this.manager.query(
      `INSERT INTO ledger_postings (id, entry_id, case_id, account, component, invoice, amount_minor, currency, kind, source, reverses, occurred_at) VALUES ${tuples.join(', ')}`,
      values,
    );
  }
}
