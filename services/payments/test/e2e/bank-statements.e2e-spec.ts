import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { camtStatement } from '../support/camt-statement';
import { OPERATOR, startPaymentsApp, type PaymentsApp } from '../support/payments-app';

const FIXTURES = join(__dirname, '..', 'fixtures', 'camt');

describe('bank statements: camt.053 / camt.054 import, matching, suspense, reversals (real PostgreSQL and Kafka)', () => {
  let payments: PaymentsApp;

  beforeAll(async () => {
    payments = await startPaymentsApp();
  }, 60_000);
  afterAll(() => payments?.close());

  const importFile = (xml: string, fileName = 'statement.xml') => payments.http().post(`/ops/bank-statements?fileName=${fileName}`).set(OPERATOR).set('Content-Type', 'application/xml').send(xml);
  const receiptCount = async () => Number((await payments.dataSource.query(`SELECT count(*) AS n FROM receipts`))[0].n);

  let byOgm: string;
  let byText: string;
  let byName: string;
  let statement: string;

  it('matches each credit by structured reference, by a reference in the text, or by amount and name, and leaves the rest in suspense with the reason', async () => {
    byOgm = await payments.openCase({ invoices: [25_000n] });
    byText = await payments.openCase({ invoices: [60_000n], country: 'NL' });
    byName = await payments.openCase({ invoices: [77_123n], debtorName: 'Jan Peeters' });
    const [ogm, rf] = [(await payments.ledger(byOgm)).references[0]!.reference, (await payments.ledger(byText)).references[1]!.printed];
    statement = camtStatement(`STMT-${randomUUID().slice(0, 8)}`, [
      { amountMinor: 25_000n, structuredReference: ogm, debtorName: 'Hélène Dubois' },
      { amountMinor: 20_000n, remittanceText: `Betaling ${rf} factuur F-1`, debtorName: 'Hélène Dubois' },
      { amountMinor: 77_123n, remittanceText: 'invoice payment', debtorName: 'PEETERS JAN' },
      { amountMinor: 9_999n, structuredReference: '123456789002', debtorName: 'Somebody Else' },
    ]);

    const report = (await importFile(statement).expect(200)).body;
    expect(report).toMatchObject({ alreadyImported: false, credits: 4, allocated: 3, suspense: 1, duplicates: 0 });
    expect((await payments.ledger(byOgm)).receipts).toEqual([expect.objectContaining({ state: 'allocated', matchMethod: 'STRUCTURED_REFERENCE' })]);
    expect((await payments.ledger(byText)).receipts).toEqual([expect.objectContaining({ state: 'allocated', matchMethod: 'TEXT_REFERENCE' })]);
    expect((await payments.ledger(byName)).receipts).toEqual([expect.objectContaining({ state: 'allocated', matchMethod: 'AMOUNT_AND_NAME' })]);
    expect((await payments.ledger(byOgm)).state).toBe('paid');
    expect((await payments.ledger(byText)).balance.total).toBe('40000');

    const suspense = (await payments.http().get('/ops/suspense').set(OPERATOR).expect(200)).body as Array<{ receiptId: string; amountMinor: string; reason: string }>;
    expect(suspense).toEqual(expect.arrayContaining([expect.objectContaining({ amountMinor: '9999', reason: 'reference unknown' })]));
  });

  it('books nothing again when the same file is imported twice', async () => {
    const before = await receiptCount();
    const again = (await importFile(statement).expect(200)).body;
    expect(again).toMatchObject({ alreadyImported: true, allocated: 3, suspense: 1 });
    expect(await receiptCount()).toBe(before);
  });

  it('lets an operator book a suspended receipt on the case it pays', async () => {
    const caseId = await payments.openCase({ invoices: [50_000n] });
    const suspended = ((await payments.http().get('/ops/suspense').set(OPERATOR).expect(200)).body as Array<{ receiptId: string; amountMinor: string }>).find((receipt) => receipt.amountMinor === '9999')!;
    const booked = (await payments.http().post(`/ops/suspense/${suspended.receiptId}/assign`).set(OPERATOR).send({ caseId }).expect(200)).body;
    expect(booked).toMatchObject({ status: 'allocated', caseId });
    expect((await payments.ledger(caseId)).receipts).toEqual([expect.objectContaining({ matchMethod: 'OPERATOR', amountMinor: '9999' })]);
    await payments.http().post(`/ops/suspense/${suspended.receiptId}/assign`).set(OPERATOR).send({ caseId }).expect(409);
  });

  it('takes back a credit the bank reverses, and the case owes it again', async () => {
    const ogm = (await payments.ledger(byOgm)).references[0]!.reference;
    const report = (await importFile(camtStatement(`STMT-${randomUUID().slice(0, 8)}`, [{ amountMinor: 25_000n, reversal: true, structuredReference: ogm }])).expect(200)).body;
    expect(report).toMatchObject({ reversed: 1, unmatchedReversals: [] });
    const ledger = await payments.ledger(byOgm);
    expect(ledger).toMatchObject({ state: 'open', balance: { total: '25000' } });
    expect(ledger.receipts[0]!.state).toBe('reversed');
  });

  it('refuses a truncated or malformed file with the reason and books nothing from it', async () => {
    const caseId = await payments.openCase({ invoices: [10_000n] });
    const ogm = (await payments.ledger(caseId)).references[0]!.reference;
    const full = camtStatement(`STMT-${randomUUID().slice(0, 8)}`, [{ amountMinor: 5_000n, structuredReference: ogm }, { amountMinor: 5_000n, structuredReference: ogm }]);
    const before = await receiptCount();

    const truncated = await importFile(full.slice(0, full.lastIndexOf('<Ntry>') + 200));
    expect(truncated.status).toBe(422);
    expect(truncated.body.code).toBe('PAYMENTS.BANK_STATEMENT_TRUNCATED');
    const malformed = await importFile(full.replace('<CdtDbtInd>CRDT</CdtDbtInd>', '<CdtDbtInd>CRDT</CdtDbtIndd>'));
    expect(malformed.status).toBe(422);
    expect(malformed.body.code).toBe('PAYMENTS.BANK_STATEMENT_MALFORMED');
    const noAmount = await importFile(full.replace(/<Amt Ccy="EUR">50\.00<\/Amt>\s*<CdtDbtInd>/, '<CdtDbtInd>'));
    expect(noAmount.status).toBe(422);
    expect(noAmount.body.detail).toMatch(/entry 1/);

    expect(await receiptCount()).toBe(before);
    expect((await payments.ledger(caseId)).balance.total).toBe('10000');
  });

  it('imports the banks\' sample files (BE, NL, DE with a batch entry, FR camt.054, SE) and refuses the broken ones', async () => {
    for (const file of readdirSync(FIXTURES).sort()) {
      const answer = await importFile(readFileSync(join(FIXTURES, file), 'utf8'), file);
      if (file === 'malformed.xml' || file === 'truncated.xml') expect({ file, status: answer.status }).toEqual({ file, status: 422 });
      else expect({ file, status: answer.status, credits: answer.body.credits > 0 }).toEqual({ file, status: 200, credits: true });
    }
  });
});
