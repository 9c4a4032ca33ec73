import { randomUUID } from 'node:crypto';
import { CaseOpenedSchema, DebtCategory } from '@collections/contracts';
import { waitFor } from '@collections/testing';
import { caseReferences } from '../../src/domain/references/case-references';
import { OPERATOR, startPaymentsApp, type PaymentsApp } from '../support/payments-app';

describe('case accounts opened from CaseOpened, a consumer chunk at a time (real PostgreSQL and Kafka)', () => {
  let payments: PaymentsApp;

  beforeAll(async () => {
    payments = await startPaymentsApp();
  }, 60_000);
  afterAll(() => payments?.close());

  const caseOpened = (caseId: string, principalMinor: bigint) => ({
    caseId, creditorId: '6f1c0b1e-0000-4000-8000-000000000001', creditorReference: `INV-${caseId.slice(0, 8)}`, category: DebtCategory.CONSUMER,
    debtor: { party: { case: 'person', value: { givenNames: 'Hélène', familyName: 'Dubois' } }, language: 'fr', country: 'BE' },
    accountingSheet: { invoices: [{ number: 'F-1', issueDate: '2026-01-01', dueDate: '2026-01-28', principal: { amountMinor: principalMinor, currency: 'EUR' } }] },
  });

  it('opens every case once with its own references and opening entry, also when a reference is taken or a case comes twice', async () => {
    const caseIds = Array.from({ length: 240 }, () => randomUUID());
    // The first choice of one case's references already belongs to another case: it gets the next variant.
    const holder = await payments.openCase();
    const clashing = caseIds[17]!;
    await payments.dataSource.query(`INSERT INTO payment_references (reference, case_id, kind) VALUES ($1, $2, 'OGM')`, [caseReferences(clashing, 0).ogm, holder]);

    const eventIdOf = new Map(caseIds.map((caseId) => [caseId, randomUUID()]));
    await Promise.all(caseIds.map((caseId, i) => payments.send('intake.cases.v1', CaseOpenedSchema, caseId, caseOpened(caseId, BigInt(10_000 + i)), { eventId: eventIdOf.get(caseId)! })));
    // Redelivered (same event id) and sent again as a new event: neither opens anything twice.
    await payments.send('intake.cases.v1', CaseOpenedSchema, caseIds[3]!, caseOpened(caseIds[3]!, 10_003n), { eventId: eventIdOf.get(caseIds[3]!)! });
    await payments.send('intake.cases.v1', CaseOpenedSchema, caseIds[4]!, caseOpened(caseIds[4]!, 10_004n));

    const opened = async () => Number((await payments.dataSource.query(`SELECT count(*) AS n FROM case_accounts WHERE case_id = ANY($1::uuid[])`, [caseIds]))[0].n);
    await waitFor('every case account opened', async () => (await opened()) === caseIds.length, { timeoutMs: 60_000 });
    await waitFor('both repeats consumed', async () => Number((await payments.dataSource.query(`SELECT count(*) AS n FROM inbox_messages`))[0].n) >= caseIds.length + 2, { timeoutMs: 30_000 });

    const references: Array<{ case_id: string; reference: string; kind: string }> = await payments.dataSource.query(`SELECT case_id, reference, kind FROM payment_references WHERE case_id = ANY($1::uuid[])`, [caseIds]);
    expect(references).toHaveLength(caseIds.length * 2);
    expect(new Set(references.map((r) => r.reference)).size).toBe(references.length);
    const ofCase = (caseId: string) => references.filter((r) => r.case_id === caseId).map((r) => r.reference).sort();
    expect(ofCase(clashing)).toEqual([caseReferences(clashing, 1).ogm, caseReferences(clashing, 1).rf].sort());
    expect(ofCase(caseIds[0]!)).toEqual([caseReferences(caseIds[0]!, 0).ogm, caseReferences(caseIds[0]!, 0).rf].sort());

    const openings: Array<{ case_id: string; entries: number }> = await payments.dataSource.query(
      `SELECT case_id, count(DISTINCT entry_id)::int AS entries FROM ledger_postings WHERE kind = 'CLAIM_OPENED' AND case_id = ANY($1::uuid[]) GROUP BY case_id`, [caseIds],
    );
    expect(openings).toHaveLength(caseIds.length);
    expect(openings.every((row) => row.entries === 1)).toBe(true);
    expect((await payments.ledger(caseIds[239]!)).balance.total).toBe(String(10_000 + 239));
    const check = (await payments.http().post('/ops/ledger/consistency-check').set(OPERATOR).expect(200)).body;
    expect(check).toMatchObject({ consistent: true, problems: [] });
  });
});
