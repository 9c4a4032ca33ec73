import type { EntityManager } from 'typeorm';
import type { Money } from '../../domain/money';
import { ReceiptStore, type BookedReceipt, type MatchMethod, type Receipt, type ReceiptSource, type ReceiptState, type StatementImportSummary, type StoredReceipt } from '../../application/ports/payments.ports';

type ReceiptRow = {
  id: string; source: ReceiptSource; external_id: string; case_id: string | null; creditor_id: string | null; amount_minor: string; currency: string; method: Receipt['method'];
  value_date: string; payer_reference: string; remittance_text: string; payer_name: string; state: ReceiptState; match_method: MatchMethod | null; suspense_reason: string | null; refund_minor: string;
  to_creditor: boolean; late_report: boolean; remit_by: string | null; remittance_id: string | null; statement_import_id: string | null; received_at: Date;
};

const COLUMNS = `id, source, external_id, case_id, creditor_id, amount_minor, currency, method, to_char(value_date, 'YYYY-MM-DD') AS value_date, payer_reference, remittance_text, payer_name, state,
  match_method, suspense_reason, refund_minor, to_creditor, late_report, to_char(remit_by, 'YYYY-MM-DD') AS remit_by, remittance_id, statement_import_id, received_at`;

const toReceipt = (row: ReceiptRow): StoredReceipt => ({
  id: row.id, source: row.source, externalId: row.external_id, ...(row.case_id ? { caseId: row.case_id } : {}), ...(row.creditor_id ? { creditorId: row.creditor_id } : {}),
  amount: { amountMinor: BigInt(row.amount_minor), currency: row.currency }, method: row.method, valueDate: row.value_date, payerReference: row.payer_reference, ...(row.remittance_text ? { remittanceText: row.remittance_text } : {}), payerName: row.payer_name,
  state: row.state, ...(row.match_method ? { matchMethod: row.match_method } : {}), ...(row.suspense_reason ? { suspenseReason: row.suspense_reason } : {}), refundMinor: BigInt(row.refund_minor),
  toCreditor: row.to_creditor, lateReport: row.late_report, ...(row.remit_by ? { remitBy: row.remit_by } : {}), ...(row.remittance_id ? { remittanceId: row.remittance_id } : {}),
  ...(row.statement_import_id ? { statementImportId: row.statement_import_id } : {}), receivedAt: row.received_at.toISOString(),
});

/** receipts: one row per payment whatever its source, unique on (source, external id). */
export class SqlReceiptStore extends ReceiptStore {
  constructor(private readonly manager: EntityManager) {
    super();
  }

  async insertBooked(receipts: BookedReceipt[]): Promise<number> {
    if (receipts.length === 0) return 0;
    const column = <T>(pick: (booked: BookedReceipt, receipt: Receipt) => T) => receipts.map((booked) => pick(booked, booked.receipt));
    // A receipt another transaction is inserting with the same source id: this insert waits for it, then skips it.
    const rows: unknown[] = await this.manager.query(
      `INSERT INTO receipts (id, source, external_id, case_id, creditor_id, amount_minor, currency, method, value_date, payer_reference, remittance_text, payer_name, state,
                             match_method, suspense_reason, refund_minor, to_creditor, late_report, remit_by, statement_import_id, received_at)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::uuid[], $6::bigint[], $7::text[], $8::text[], $9::date[], $10::text[], $11::text[], $12::text[], $13::text[],
                            $14::text[], $15::text[], $16::bigint[], $17::boolean[], $18::boolean[], $19::date[], $20::uuid[], $21::timestamptz[])
       ON CONFLICT (source, external_id) DO NOTHING RETURNING id`,
      [
        column((_b, r) => r.id), column((_b, r) => r.source), column((_b, r) => r.externalId), column((b, r) => b.allocation?.caseId ?? r.caseId ?? null), column((b) => b.allocation?.creditorId ?? null),
        column((_b, r) => r.amount.amountMinor.toString()), column((_b, r) => r.amount.currency), column((_b, r) => r.method), column((_b, r) => r.valueDate), column((_b, r) => r.payerReference),
        column((_b, r) => r.remittanceText ?? ''), column((_b, r) => r.payerName), column((b) => b.state), column((b) => b.allocation?.matchMethod ?? null), column((b) => b.suspenseReason ?? null),
        column((b) => (b.allocation?.refundMinor ?? 0n).toString()), column((_b, r) => r.toCreditor), column((_b, r) => r.lateReport), column((b) => b.allocation?.remitBy ?? null),
        column((_b, r) => r.statementImportId ?? null), column((_b, r) => r.receivedAt),
      ],
    );
    return rows.length;
  }

  async updateBooked(receipts: BookedReceipt[]): Promise<void> {
    for (const booked of receipts) {
      const allocation = booked.allocation;
      await this.manager.query(
        `UPDATE receipts SET state = $2, case_id = COALESCE($3, case_id), creditor_id = $4, match_method = $5, remit_by = $6, refund_minor = $7, suspense_reason = $8, value_date = $9, updated_at = now() WHERE id = $1`,
        [booked.receipt.id, booked.state, allocation?.caseId ?? null, allocation?.creditorId ?? null, allocation?.matchMethod ?? null, allocation?.remitBy ?? null, (allocation?.refundMinor ?? 0n).toString(), booked.suspenseReason ?? null, booked.receipt.valueDate],
      );
    }
  }

  async bySourceIds(keys: Array<{ source: ReceiptSource; externalId: string }>): Promise<Map<string, StoredReceipt>> {
    if (keys.length === 0) return new Map();
    const rows: ReceiptRow[] = await this.manager.query(
      `SELECT ${COLUMNS} FROM receipts WHERE (source, external_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
      [keys.map((key) => key.source), keys.map((key) => key.externalId)],
    );
    return new Map(rows.map((row) => [`${row.source}\u0000${row.external_id}`, toReceipt(row)]));
  }

  async bySourceId(source: ReceiptSource, externalId: string): Promise<StoredReceipt | undefined> {
    const rows: ReceiptRow[] = await this.manager.query(`SELECT ${COLUMNS} FROM receipts WHERE source = $1 AND external_id = $2`, [source, externalId]);
    return rows[0] && toReceipt(rows[0]);
  }

  async lock(id: string): Promise<StoredReceipt | undefined> {
    const rows: ReceiptRow[] = await this.manager.query(`SELECT ${COLUMNS} FROM receipts WHERE id = $1 FOR UPDATE`, [id]);
    return rows[0] && toReceipt(rows[0]);
  }

  async markState(id: string, state: 'reversed' | 'bounced' | 'pending', valueDate?: string): Promise<void> {
    await this.manager.query(`UPDATE receipts SET state = $2, value_date = COALESCE($3::date, value_date), updated_at = now() WHERE id = $1`, [id, state, valueDate ?? null]);
  }

  async suspense(limit: number): Promise<StoredReceipt[]> {
    const rows: ReceiptRow[] = await this.manager.query(`SELECT ${COLUMNS} FROM receipts WHERE state = 'suspense' ORDER BY received_at LIMIT $1`, [limit]);
    return rows.map(toReceipt);
  }

  async awaitingRemittance(remitByOnOrBefore: string, limit: number): Promise<StoredReceipt[]> {
    const rows: ReceiptRow[] = await this.manager.query(
      `SELECT ${COLUMNS} FROM receipts WHERE state = 'allocated' AND remittance_id IS NULL AND NOT to_creditor AND remit_by <= $1
        ORDER BY creditor_id, remit_by LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [remitByOnOrBefore, limit],
    );
    return rows.map(toReceipt);
  }

  async markRemitted(ids: string[], remittanceId: string): Promise<void> {
    await this.manager.query(`UPDATE receipts SET remittance_id = $2, updated_at = now() WHERE id = ANY($1::uuid[])`, [ids, remittanceId]);
  }

  async forCase(caseId: string): Promise<StoredReceipt[]> {
    const rows: ReceiptRow[] = await this.manager.query(`SELECT ${COLUMNS} FROM receipts WHERE case_id = $1 ORDER BY received_at`, [caseId]);
    return rows.map(toReceipt);
  }

  async reversible(source: ReceiptSource, amount: Money, reference: string): Promise<StoredReceipt | undefined> {
    const rows: ReceiptRow[] = await this.manager.query(
      `SELECT ${COLUMNS} FROM receipts WHERE source = $1 AND amount_minor = $2 AND currency = $3 AND state IN ('allocated', 'suspense') AND ($4 = '' OR payer_reference = $4 OR remittance_text LIKE '%' || $4 || '%')
        ORDER BY received_at DESC LIMIT 1 FOR UPDATE`,
      [source, amount.amountMinor.toString(), amount.currency, reference],
    );
    return rows[0] && toReceipt(rows[0]);
  }

  async statementImport(sha256: string): Promise<StatementImportSummary | undefined> {
    // Reports kept before refund returns were read from statements lack those two lists.
    const rows: Array<{ report: Omit<StatementImportSummary, 'refundsReturned' | 'refundReturnsNotRecognised'> & Partial<StatementImportSummary> }> = await this.manager.query(
      `SELECT report FROM bank_statement_imports WHERE file_sha256 = $1`, [sha256],
    );
    const report = rows[0]?.report;
    return report && { ...report, refundsReturned: report.refundsReturned ?? [], refundReturnsNotRecognised: report.refundReturnsNotRecognised ?? [] };
  }

  async saveStatementImport(sha256: string, report: StatementImportSummary, at: Date): Promise<boolean> {
    const rows: unknown[] = await this.manager.query(
      `INSERT INTO bank_statement_imports (id, file_sha256, file_name, report, imported_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (file_sha256) DO NOTHING RETURNING id`,
      [report.importId, sha256, report.fileName, JSON.stringify(report), at],
    );
    return rows.length > 0;
  }
}
