import type { EntityManager } from 'typeorm';
import { CreditorAccountStore, type CreditorTerms, type FeeLineRecord, type RemittanceFiles } from '../../application/ports/creditor-accounts.port';
import type { Money } from '../../domain/money';
import type { FeeInvoice, Remittance } from '../../domain/remittance';

/** JSON with bigint amounts written as strings and read back as bigint (amountMinor, *Minor fields). */
const toJson = (value: unknown) => JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? item.toString() : item));
const fromJson = <T>(value: unknown): T => JSON.parse(JSON.stringify(value), (key, item: unknown) => (typeof item === 'string' && /Minor$/.test(key) && /^-?\d+$/.test(item) ? BigInt(item) : item)) as T;
const money = (amountMinor: string, currency: string): Money => ({ amountMinor: BigInt(amountMinor), currency });

type FeeLineRow = { id: string; source: string; creditor_id: string; kind: FeeLineRecord['kind']; case_id: string | null; amount_minor: string; currency: string; description: string };

/** creditor_contracts, remittances, fee_lines and fee_invoices. */
export class SqlCreditorAccountStore extends CreditorAccountStore {
  constructor(private readonly manager: EntityManager) {
    super();
  }

  async terms(creditorId: string): Promise<CreditorTerms | undefined> {
    const rows: Array<{ contract: unknown }> = await this.manager.query(`SELECT contract FROM creditor_contracts WHERE creditor_id = $1`, [creditorId]);
    return rows[0] && fromJson<CreditorTerms>(rows[0].contract);
  }

  async saveTerms(terms: CreditorTerms): Promise<void> {
    await this.manager.query(
      `INSERT INTO creditor_contracts (creditor_id, contract) VALUES ($1, $2) ON CONFLICT (creditor_id) DO UPDATE SET contract = EXCLUDED.contract, updated_at = now()`,
      [terms.creditorId, toJson(terms)],
    );
  }

  async saveRemittance(remittance: Remittance, files: RemittanceFiles): Promise<void> {
    const totals = remittance.totals;
    await this.manager.query(
      `INSERT INTO remittances (id, creditor_id, currency, paid_on, collected_minor, commission_minor, costs_minor, paid_out_minor, lines, payment_file, statement_csv, statement_pdf)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        remittance.remittanceId, remittance.creditorId, remittance.currency, remittance.paidOn, totals.collected.amountMinor.toString(), totals.commission.amountMinor.toString(),
        totals.costs.amountMinor.toString(), totals.paidOut.amountMinor.toString(), toJson(remittance.lines), files.paymentFile, files.statementCsv, files.statementPdf,
      ],
    );
  }

  async remittanceFile(remittanceId: string, file: 'payment-file' | 'statement.csv' | 'statement.pdf'): Promise<{ creditorId: string; content: Buffer | string } | undefined> {
    const column = { 'payment-file': 'payment_file', 'statement.csv': 'statement_csv', 'statement.pdf': 'statement_pdf' }[file];
    const rows: Array<{ creditor_id: string; content: Buffer | string }> = await this.manager.query(`SELECT creditor_id, ${column} AS content FROM remittances WHERE id = $1`, [remittanceId]);
    return rows[0] && { creditorId: rows[0].creditor_id, content: rows[0].content };
  }

  async remittances(creditorId: string) {
    const rows: Array<{ id: string; currency: string; paid_on: string; collected_minor: string; commission_minor: string; costs_minor: string; paid_out_minor: string }> = await this.manager.query(
      `SELECT id, currency, to_char(paid_on, 'YYYY-MM-DD') AS paid_on, collected_minor, commission_minor, costs_minor, paid_out_minor FROM remittances WHERE creditor_id = $1 ORDER BY paid_on, id`,
      [creditorId],
    );
    return rows.map((row) => ({
      remittanceId: row.id, currency: row.currency, paidOn: row.paid_on, collected: money(row.collected_minor, row.currency), commission: money(row.commission_minor, row.currency),
      costs: money(row.costs_minor, row.currency), paidOut: money(row.paid_out_minor, row.currency),
    }));
  }

  async addFeeLine(line: FeeLineRecord): Promise<boolean> {
    const rows: unknown[] = await this.manager.query(
      `INSERT INTO fee_lines (id, source, creditor_id, kind, case_id, amount_minor, currency, description) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (source) DO NOTHING RETURNING id`,
      [line.id, line.source, line.creditorId, line.kind, line.caseId ?? null, line.amount.amountMinor.toString(), line.amount.currency, line.description],
    );
    return rows.length > 0;
  }

  async uninvoicedFeeLines(limit: number): Promise<FeeLineRecord[]> {
    const rows: FeeLineRow[] = await this.manager.query(`SELECT * FROM fee_lines WHERE invoice_id IS NULL ORDER BY creditor_id, created_at LIMIT $1 FOR UPDATE SKIP LOCKED`, [limit]);
    return rows.map((row) => ({
      id: row.id, source: row.source, creditorId: row.creditor_id, kind: row.kind, ...(row.case_id ? { caseId: row.case_id } : {}), amount: money(row.amount_minor, row.currency), description: row.description,
    }));
  }

  async nextInvoiceSequence(creditorId: string): Promise<number> {
    // The contract row serialises a creditor's invoicing: two runners never take the same number.
    await this.manager.query(`SELECT 1 FROM creditor_contracts WHERE creditor_id = $1 FOR UPDATE`, [creditorId]);
    const rows: Array<{ next: number }> = await this.manager.query(`SELECT COALESCE(MAX(sequence), 0) + 1 AS next FROM fee_invoices WHERE creditor_id = $1`, [creditorId]);
    return Number(rows[0]!.next);
  }

  async saveInvoice(invoiceId: string, creditorId: string, sequence: number, invoice: FeeInvoice, lineIds: string[]): Promise<void> {
    await this.manager.query(
      `INSERT INTO fee_invoices (id, creditor_id, invoice_number, sequence, currency, issue_date, due_date, invoice) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [invoiceId, creditorId, invoice.invoiceNumber, sequence, invoice.currency, invoice.issueDate, invoice.dueDate, toJson(invoice)],
    );
    await this.manager.query(`UPDATE fee_lines SET invoice_id = $1 WHERE id = ANY($2::uuid[])`, [invoiceId, lineIds]);
  }

  async invoices(creditorId: string): Promise<Array<{ invoiceId: string; invoice: FeeInvoice }>> {
    const rows: Array<{ id: string; invoice: unknown }> = await this.manager.query(`SELECT id, invoice FROM fee_invoices WHERE creditor_id = $1 ORDER BY sequence`, [creditorId]);
    return rows.map((row) => ({ invoiceId: row.id, invoice: fromJson<FeeInvoice>(row.invoice) }));
  }
}
