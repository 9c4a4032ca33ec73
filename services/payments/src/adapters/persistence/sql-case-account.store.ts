import type { EntityManager } from 'typeorm';
import type { Balance } from '../../domain/allocation';
import { CaseAccountStore, type CaseAccount, type PaymentReference } from '../../application/ports/payments.ports';
import type { Money } from '../../domain/money';

type AccountRow = { case_id: string; creditor_id: string; country: string; currency: string; category: 'B2C' | 'B2B'; debtor_name: string; state: CaseAccount['state']; opened_at: Date };

const toAccount = (row: AccountRow): CaseAccount => ({
  caseId: row.case_id, creditorId: row.creditor_id, country: row.country, currency: row.currency, category: row.category, debtorName: row.debtor_name, state: row.state, openedAt: row.opened_at.toISOString(),
});

/** case_accounts and payment_references. */
export class SqlCaseAccountStore extends CaseAccountStore {
  constructor(private readonly manager: EntityManager) {
    super();
  }

  async open(account: CaseAccount, invoices: unknown, references: PaymentReference[]): Promise<boolean> {
    const inserted: unknown[] = await this.manager.query(
      `INSERT INTO case_accounts (case_id, creditor_id, country, currency, category, debtor_name, state, invoices, opened_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (case_id) DO NOTHING RETURNING case_id`,
      [account.caseId, account.creditorId, account.country, account.currency, account.category, account.debtorName, account.state, JSON.stringify(invoices), account.openedAt],
    );
    if (inserted.length === 0) return false;
    for (const reference of references) {
      await this.manager.query(`INSERT INTO payment_references (reference, case_id, kind) VALUES ($1, $2, $3)`, [reference.reference, account.caseId, reference.kind]);
    }
    return true;
  }

  async lock(caseId: string): Promise<CaseAccount | undefined> {
    const rows: AccountRow[] = await this.manager.query(`SELECT * FROM case_accounts WHERE case_id = $1 FOR UPDATE`, [caseId]);
    return rows[0] && toAccount(rows[0]);
  }

  async find(caseId: string): Promise<CaseAccount | undefined> {
    const rows: AccountRow[] = await this.manager.query(`SELECT * FROM case_accounts WHERE case_id = $1`, [caseId]);
    return rows[0] && toAccount(rows[0]);
  }

  async references(caseId: string): Promise<PaymentReference[]> {
    return this.manager.query(`SELECT reference, kind FROM payment_references WHERE case_id = $1 ORDER BY kind`, [caseId]);
  }

  async caseByReference(reference: string): Promise<string | undefined> {
    const rows: Array<{ case_id: string }> = await this.manager.query(`SELECT case_id FROM payment_references WHERE reference = $1`, [reference]);
    return rows[0]?.case_id;
  }

  async candidatesForAmount(currency: string, amountMinor: bigint): Promise<Array<{ caseId: string; debtorName: string; outstanding: Money }>> {
    // An exact balance, or an instalment of an open plan of that amount.
    const rows: Array<{ case_id: string; debtor_name: string; total: string }> = await this.manager.query(
      `SELECT a.case_id, a.debtor_name, (a.principal_minor + a.interest_minor + a.costs_minor + a.charges_minor)::text AS total
         FROM case_accounts a
        WHERE a.state = 'open' AND a.currency = $1
          AND (a.principal_minor + a.interest_minor + a.costs_minor + a.charges_minor = $2
               OR EXISTS (SELECT 1 FROM payment_plans p, jsonb_array_elements(p.state -> 'instalments') i
                           WHERE p.case_id = a.case_id AND p.status = 'ACTIVE' AND i -> 'amount' ->> 'amountMinor' = $3)
               OR EXISTS (SELECT 1 FROM payment_plans p WHERE p.case_id = a.case_id AND p.status = 'OPEN' AND p.state -> 'agreedAmount' ->> 'amountMinor' = $3))
        LIMIT 20`,
      [currency, amountMinor.toString(), amountMinor.toString()],
    );
    return rows.map((row) => ({ caseId: row.case_id, debtorName: row.debtor_name, outstanding: { amountMinor: BigInt(row.total), currency } }));
  }

  async saveBalance(caseId: string, balance: Balance, refundDue: bigint, state: CaseAccount['state']): Promise<void> {
    await this.manager.query(
      `UPDATE case_accounts SET principal_minor = $2, interest_minor = $3, costs_minor = $4, charges_minor = $5, refund_due_minor = $6, state = $7, updated_at = now() WHERE case_id = $1`,
      [caseId, balance.principal.amountMinor.toString(), balance.interest.amountMinor.toString(), balance.costs.amountMinor.toString(), balance.charges.amountMinor.toString(), refundDue.toString(), state],
    );
  }

  async storedBalance(caseId: string): Promise<{ balance: Balance; refundDue: bigint } | undefined> {
    const rows: Array<{ currency: string; principal_minor: string; interest_minor: string; costs_minor: string; charges_minor: string; refund_due_minor: string }> = await this.manager.query(
      `SELECT currency, principal_minor, interest_minor, costs_minor, charges_minor, refund_due_minor FROM case_accounts WHERE case_id = $1`,
      [caseId],
    );
    const row = rows[0];
    if (!row) return undefined;
    const money = (value: string) => ({ amountMinor: BigInt(value), currency: row.currency });
    return { balance: { principal: money(row.principal_minor), interest: money(row.interest_minor), costs: money(row.costs_minor), charges: money(row.charges_minor) }, refundDue: BigInt(row.refund_due_minor) };
  }

  async caseIdsAfter(after: string, limit: number): Promise<string[]> {
    const rows: Array<{ case_id: string }> = await this.manager.query(`SELECT case_id FROM case_accounts WHERE case_id > $1 ORDER BY case_id LIMIT $2`, [after, limit]);
    return rows.map((row) => row.case_id);
  }
}
