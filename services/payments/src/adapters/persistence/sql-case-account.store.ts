import type { EntityManager } from 'typeorm';
import type { Balance, Outstanding } from '../../domain/allocation';
import { CaseAccountStore, type CaseAccount, type LockedAccount, type PaymentReference } from '../../application/ports/payments.ports';
import type { Money } from '../../domain/money';
import { OPEN, toPlan, type PlanRow } from './sql-plan.store';

type StoredInvoice = { number: string; issueDate: string; dueDate: string; outstandingMinor: string };
type AccountRow = {
  case_id: string; creditor_id: string; country: string; currency: string; category: 'B2C' | 'B2B'; debtor_name: string; state: CaseAccount['state']; opened_at: Date;
  principal_minor: string; interest_minor: string; costs_minor: string; charges_minor: string; refund_due_minor: string; invoices: StoredInvoice[]; open_plans?: PlanRow[];
};

const toAccount = (row: AccountRow): LockedAccount => {
  const money = (amountMinor: string): Money => ({ amountMinor: BigInt(amountMinor), currency: row.currency });
  return {
    caseId: row.case_id, creditorId: row.creditor_id, country: row.country, currency: row.currency, category: row.category, debtorName: row.debtor_name, state: row.state, openedAt: row.opened_at.toISOString(),
    outstanding: {
      principal: money(row.principal_minor), interest: money(row.interest_minor), costs: money(row.costs_minor), charges: money(row.charges_minor),
      invoices: row.invoices.map((invoice) => ({ number: invoice.number, issueDate: invoice.issueDate, dueDate: invoice.dueDate, outstanding: money(invoice.outstandingMinor) })),
    },
    refundDue: BigInt(row.refund_due_minor),
    openPlans: (row.open_plans ?? []).map(toPlan),
  };
};

const invoicesJson = (outstanding: Outstanding) =>
  JSON.stringify(outstanding.invoices.map((invoice) => ({ number: invoice.number, issueDate: invoice.issueDate, dueDate: invoice.dueDate, outstandingMinor: invoice.outstanding.amountMinor.toString() })));

/** case_accounts and payment_references. */
export class SqlCaseAccountStore extends CaseAccountStore {
  constructor(private readonly manager: EntityManager) {
    super();
  }

  async openMany(accounts: Array<{ account: CaseAccount; outstanding: Outstanding; references: PaymentReference[] }>): Promise<Set<string>> {
    if (accounts.length === 0) return new Set();
    const column = <T>(pick: (item: (typeof accounts)[number]) => T) => accounts.map(pick);
    const inserted: Array<{ case_id: string }> = await this.manager.query(
      `INSERT INTO case_accounts (case_id, creditor_id, country, currency, category, debtor_name, state, invoices, opened_at, principal_minor, interest_minor, costs_minor, charges_minor)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::jsonb[], $9::timestamptz[], $10::bigint[], $11::bigint[], $12::bigint[], $13::bigint[])
       ON CONFLICT (case_id) DO NOTHING RETURNING case_id`,
      [
        column((i) => i.account.caseId), column((i) => i.account.creditorId), column((i) => i.account.country), column((i) => i.account.currency), column((i) => i.account.category),
        column((i) => i.account.debtorName), column((i) => i.account.state), column((i) => invoicesJson(i.outstanding)), column((i) => i.account.openedAt),
        column((i) => i.outstanding.principal.amountMinor.toString()), column((i) => i.outstanding.interest.amountMinor.toString()), column((i) => i.outstanding.costs.amountMinor.toString()),
        column((i) => i.outstanding.charges.amountMinor.toString()),
      ],
    );
    const opened = new Set(inserted.map((row) => row.case_id));
    const references = accounts.filter((item) => opened.has(item.account.caseId)).flatMap((item) => item.references.map((reference) => ({ ...reference, caseId: item.account.caseId })));
    if (references.length > 0) {
      await this.manager.query(`INSERT INTO payment_references (reference, case_id, kind) SELECT * FROM unnest($1::text[], $2::uuid[], $3::text[])`, [
        references.map((r) => r.reference), references.map((r) => r.caseId), references.map((r) => r.kind),
      ]);
    }
    return opened;
  }

  async known(caseIds: string[]): Promise<Set<string>> {
    if (caseIds.length === 0) return new Set();
    const rows: Array<{ case_id: string }> = await this.manager.query(`SELECT case_id FROM case_accounts WHERE case_id = ANY($1::uuid[])`, [[...new Set(caseIds)]]);
    return new Set(rows.map((row) => row.case_id));
  }

  async lock(caseId: string): Promise<LockedAccount | undefined> {
    return (await this.lockMany([caseId])).get(caseId);
  }

  /** Plans are read with their account: they change only under its lock. */
  async lockMany(caseIds: string[]): Promise<Map<string, LockedAccount>> {
    if (caseIds.length === 0) return new Map();
    const rows: AccountRow[] = await this.manager.query(
      `SELECT a.*, (SELECT json_agg(p ORDER BY p.updated_at) FROM payment_plans p WHERE p.case_id = a.case_id AND p.${OPEN}) AS open_plans
         FROM case_accounts a WHERE a.case_id = ANY($1::uuid[]) ORDER BY a.case_id FOR UPDATE OF a`,
      [[...new Set(caseIds)]],
    );
    return new Map(rows.map((row) => [row.case_id, toAccount(row)]));
  }

  async casesByReferences(references: string[]): Promise<Map<string, string>> {
    if (references.length === 0) return new Map();
    const rows: Array<{ reference: string; case_id: string }> = await this.manager.query(`SELECT reference, case_id FROM payment_references WHERE reference = ANY($1::text[])`, [[...new Set(references)]]);
    return new Map(rows.map((row) => [row.reference, row.case_id]));
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

  async saveBalance(caseId: string, balance: Outstanding, refundDue: bigint, state: CaseAccount['state']): Promise<void> {
    await this.saveBalances([{ caseId, outstanding: balance, refundDue, state }]);
  }

  async saveBalances(accounts: Array<{ caseId: string; outstanding: Outstanding; refundDue: bigint; state: CaseAccount['state'] }>): Promise<void> {
    if (accounts.length === 0) return;
    const column = (pick: (account: (typeof accounts)[number]) => string) => accounts.map(pick);
    await this.manager.query(
      `UPDATE case_accounts a SET principal_minor = u.principal, interest_minor = u.interest, costs_minor = u.costs, charges_minor = u.charges, refund_due_minor = u.refund, state = u.state,
              invoices = u.invoices, updated_at = now()
         FROM unnest($1::uuid[], $2::bigint[], $3::bigint[], $4::bigint[], $5::bigint[], $6::bigint[], $7::text[], $8::jsonb[]) AS u(case_id, principal, interest, costs, charges, refund, state, invoices)
        WHERE a.case_id = u.case_id`,
      [
        column((a) => a.caseId), column((a) => a.outstanding.principal.amountMinor.toString()), column((a) => a.outstanding.interest.amountMinor.toString()),
        column((a) => a.outstanding.costs.amountMinor.toString()), column((a) => a.outstanding.charges.amountMinor.toString()), column((a) => a.refundDue.toString()), column((a) => a.state),
        column((a) => invoicesJson(a.outstanding)),
      ],
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
