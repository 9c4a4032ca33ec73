import type { EntityManager } from 'typeorm';
import type { Money } from '../../domain/money';
import { ReceiptStore, type StatementImportSummary, type MatchMethod, type Receipt, type ReceiptSource, type ReceiptState, type StoredReceipt } from '../../application/ports/payments.ports';

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

  async insert(receipt: Receipt, state: ReceiptState): Promise<boolean> {
    // A concurrent insert of the same (source, external id) waits for the first to commit, then finds the conflict.
    const rows: unknown[] = await this.manager.query(
      `INSERT INTO receipts (id, source, external_id, case_id, amount_minor, currency, method, value_date, payer_reference, remittance_text, payer_name, state, to_creditor, late_report, statement_import_id, received_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $16, $10, $11, $12, $13, $14, $15) ON CONFLICT (source, external_id) DO NOTHING RETURNING id`,
      [
        receipt.id, receipt.source, receipt.externalId, receipt.caseId ?? null, receipt.amount.amountMinor.toString(), receipt.amount.currency, receipt.method, receipt.valueDate,
        receipt.payerReference, receipt.payerName, state, receipt.toCreditor, receipt.lateReport, receipt.statementImportId ?? null, receipt.receivedAt, receipt.remittanceText ?? '',
      ],
    );
    return rows.length > 0;
  }

  async bySourceId(source: ReceiptSource, externalId: string): Promise<StoredReceipt | undefined> {
    const rows: ReceiptRow[] = await this.manager.query(`SELECT ${COLUMNS} FROM receipts WHERE source = $1 AND external_id = $2`, [source, externalId]);
    return rows[0] && toReceipt(rows[0]);
  }

  async lock(id: string): Promise<StoredReceipt | undefined> {
    const rows: ReceiptRow[] = await this.manager.query(`SELECT ${COLUMNS} FROM receipts WHERE id = $1 FOR UPDATE`, [id]);
    return rows[0] && toReceipt(rows[0]);
  }

  async markAllocated(id: string, allocation: { caseId: string; creditorId: string; matchMethod: MatchMethod; remitBy: string; refundMinor: bigint }): Promise<void> {
    await this.manager.query(
      `UPDATE receipts SET state = 'allocated', case_id = $2, creditor_id = $3, match_method = $4, remit_by = $5, refund_minor = $6, suspense_reason = NULL, updated_at = now() WHERE id = $1`,
      [id, allocation.caseId, allocation.creditorId, allocation.matchMethod, allocation.remitBy, allocation.refundMinor.toString()],
    );
  }

  async markSuspense(id: string, reason: string): Promise<void> {
    await this.manager.query(`UPDATE receipts SET state = 'suspense', suspense_reason = $2, updated_at = now() WHERE id = $1`, [id, reason]);
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
    const rows: Array<{ report: StatementImportSummary }> = await this.manager.query(`SELECT report FROM bank_statement_imports WHERE file_sha256 = $1`, [sha256]);
    return rows[0]?.report;
  }

  async saveStatementImport(sha256: string, report: StatementImportSummary, at: Date): Promise<void> {
    await this.manager.query(
      `INSERT INTO bank_statement_imports (id, file_sha256, file_name, report, imported_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (file_sha256) DO NOTHING`,
      [report.importId, sha256, report.fileName, JSON.stringify(report), at],
    );
  }
}
