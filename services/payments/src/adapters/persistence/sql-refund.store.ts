import type { EntityManager } from 'typeorm';
import { RefundStore, type RefundRecord, type RefundReturned } from '../../application/ports/refunds.port';

type RefundRow = {
  id: string; idempotency_key: string; case_id: string; requested_minor: string | null; requested_currency: string | null; amount_minor: string; currency: string;
  beneficiary_name: string; iban: string; bic: string | null; execution_date: string; entry_id: string; issued_at: Date;
  returned_at: Date | null; return_reason: string | null; return_entry_id: string | null; return_statement_key: string | null;
};

const COLUMNS = `id, idempotency_key, case_id, requested_minor, requested_currency, amount_minor, currency, beneficiary_name, iban, bic,
  to_char(execution_date, 'YYYY-MM-DD') AS execution_date, entry_id, issued_at, returned_at, return_reason, return_entry_id, return_statement_key`;

function toRecord(row: RefundRow): RefundRecord {
  return {
    refundId: row.id, idempotencyKey: row.idempotency_key, caseId: row.case_id,
    ...(row.requested_minor !== null && row.requested_currency !== null ? { requested: { amountMinor: BigInt(row.requested_minor), currency: row.requested_currency } } : {}),
    amount: { amountMinor: BigInt(row.amount_minor), currency: row.currency },
    beneficiary: { name: row.beneficiary_name, iban: row.iban, ...(row.bic !== null ? { bic: row.bic } : {}) },
    executionDate: row.execution_date, entryId: row.entry_id, issuedAt: row.issued_at.toISOString(),
    ...(row.returned_at !== null
      ? { returned: { at: row.returned_at.toISOString(), ...(row.return_reason !== null ? { reason: row.return_reason } : {}), entryId: row.return_entry_id!, statementKey: row.return_statement_key! } }
      : {}),
  };
}

/** refunds. */
export class SqlRefundStore extends RefundStore {
  constructor(private readonly manager: EntityManager) {
    super();
  }

  async byIdempotencyKey(idempotencyKey: string): Promise<RefundRecord | undefined> {
    const rows: RefundRow[] = await this.manager.query(`SELECT ${COLUMNS} FROM refunds WHERE idempotency_key = $1`, [idempotencyKey]);
    return rows[0] && toRecord(rows[0]);
  }

  async insert(refund: RefundRecord, paymentFile: string): Promise<boolean> {
    const rows: unknown[] = await this.manager.query(
      `INSERT INTO refunds (id, idempotency_key, case_id, requested_minor, requested_currency, amount_minor, currency, beneficiary_name, iban, bic, execution_date, entry_id, payment_file, issued_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
      [
        refund.refundId, refund.idempotencyKey, refund.caseId, refund.requested?.amountMinor.toString() ?? null, refund.requested?.currency ?? null, refund.amount.amountMinor.toString(),
        refund.amount.currency, refund.beneficiary.name, refund.beneficiary.iban, refund.beneficiary.bic ?? null, refund.executionDate, refund.entryId, paymentFile, refund.issuedAt,
      ],
    );
    return rows.length > 0;
  }

  async forCase(caseId: string): Promise<RefundRecord[]> {
    return (await this.forCases([caseId])).get(caseId) ?? [];
  }

  async forCases(caseIds: string[]): Promise<Map<string, RefundRecord[]>> {
    const rows: RefundRow[] = await this.manager.query(`SELECT ${COLUMNS} FROM refunds WHERE case_id = ANY($1::uuid[]) ORDER BY issued_at, id`, [caseIds]);
    const byCase = new Map<string, RefundRecord[]>();
    for (const row of rows) byCase.set(row.case_id, [...(byCase.get(row.case_id) ?? []), toRecord(row)]);
    return byCase;
  }

  async lock(refundId: string): Promise<RefundRecord | undefined> {
    const rows: RefundRow[] = await this.manager.query(`SELECT ${COLUMNS} FROM refunds WHERE id = $1 FOR UPDATE`, [refundId]);
    return rows[0] && toRecord(rows[0]);
  }

  async markReturned(refundId: string, returned: RefundReturned): Promise<void> {
    await this.manager.query(`UPDATE refunds SET returned_at = $2, return_reason = $3, return_entry_id = $4, return_statement_key = $5 WHERE id = $1`, [
      refundId, returned.at, returned.reason ?? null, returned.entryId, returned.statementKey,
    ]);
  }

  async paymentFile(refundId: string): Promise<string | undefined> {
    const rows: Array<{ payment_file: string }> = await this.manager.query(`SELECT payment_file FROM refunds WHERE id = $1`, [refundId]);
    return rows[0]?.payment_file;
  }
}
