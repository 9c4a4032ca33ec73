import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { camtBatchStatement, camtNotification, camtStatement } from '../support/camt-statement';
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

  it("books a credit once when the bank notifies it intraday (camt.054) and lists it again in the day's statement (camt.053)", async () => {
    const caseId = await payments.openCase({ invoices: [30_000n] });
    const ogm = (await payments.ledger(caseId)).references[0]!.reference;
    const bankReference = `BK${randomUUID().slice(0, 12)}`;
    const before = await receiptCount();
    const notified = (await importFile(camtNotification(`NTF-${randomUUID().slice(0, 8)}`, [{ amountMinor: 12_000n, structuredReference: ogm, accountServicerReference: bankReference }]), 'intraday.xml').expect(200)).body;
    expect(notified).toMatchObject({ credits: 1, allocated: 1, duplicates: 0 });
    const statement = camtStatement(`STMT-${randomUUID().slice(0, 8)}`, [
      { amountMinor: 4_000n, remittanceText: 'something else', debtorName: 'Somebody' },
      { amountMinor: 12_000n, structuredReference: ogm, accountServicerReference: bankReference },
    ]);
    const daily = (await importFile(statement, 'daily.xml').expect(200)).body;
    expect(daily).toMatchObject({ credits: 2, allocated: 0, suspense: 1, duplicates: 1 });
    expect(await receiptCount()).toBe(before + 2);
    expect((await payments.ledger(caseId)).balance.total).toBe('18000');
  });

  it('books a credit once when the bank notifies it alone (camt.054) and then lists it in a batch entry of the statement (camt.053)', async () => {
    const [first, second] = [await payments.openCase({ invoices: [30_000n] }), await payments.openCase({ invoices: [50_000n] })];
    const [ogmFirst, ogmSecond] = [(await payments.ledger(first)).references[0]!.reference, (await payments.ledger(second)).references[0]!.reference];
    const notifiedAlone = [
      { amountMinor: 10_000n, structuredReference: ogmFirst, accountServicerReference: `BK${randomUUID().slice(0, 12)}` },
      { amountMinor: 20_000n, structuredReference: ogmSecond, accountServicerReference: `BK${randomUUID().slice(0, 12)}` },
    ];
    const before = await receiptCount();
    const intraday = (await importFile(camtNotification(`NTF-${randomUUID().slice(0, 8)}`, notifiedAlone), 'intraday.xml').expect(200)).body;
    expect(intraday).toMatchObject({ credits: 2, allocated: 2, duplicates: 0 });

    const batch = camtBatchStatement(`STMT-${randomUUID().slice(0, 8)}`, `BATCH${randomUUID().slice(0, 8)}`, [...notifiedAlone, { amountMinor: 5_000n, remittanceText: 'something else', debtorName: 'Somebody' }]);
    const daily = (await importFile(batch, 'daily.xml').expect(200)).body;
    expect(daily).toMatchObject({ credits: 3, allocated: 0, suspense: 1, duplicates: 2 });
    expect(await receiptCount()).toBe(before + 3);
    expect((await payments.ledger(first)).balance.total).toBe('20000');
    expect((await payments.ledger(second)).balance.total).toBe('30000');
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

  it('refuses a malformed, incomplete or truncated file with the reason and books nothing of it; the whole file then books everything once', async () => {
    const caseId = await payments.openCase({ invoices: [10_000n] });
    const ogm = (await payments.ledger(caseId)).references[0]!.reference;
    const full = camtStatement(`STMT-${randomUUID().slice(0, 8)}`, [{ amountMinor: 5_000n, structuredReference: ogm }, { amountMinor: 4_000n, structuredReference: ogm }]);
    const before = await receiptCount();

    const malformed = await importFile(full.replace('<CdtDbtInd>CRDT</CdtDbtInd>', '<CdtDbtInd>CRDT</CdtDbtIndd>'));
    expect(malformed.status).toBe(422);
    expect(malformed.body.code).toBe('PAYMENTS.BANK_STATEMENT_MALFORMED');
    const noAmount = await importFile(full.replace(/<Amt Ccy="EUR">50\.00<\/Amt>\s*<CdtDbtInd>/, '<CdtDbtInd>'));
    expect(noAmount.status).toBe(422);
    expect(noAmount.body).toMatchObject({ code: 'PAYMENTS.BANK_STATEMENT_ENTRY_INVALID', errors: [expect.objectContaining({ field: expect.stringMatching(/\/Ntry\[1\]\/Amt$/) })] });
    expect(noAmount.body.detail).toMatch(/entry 1, Amt: entry has no amount; nothing of the file was booked/);
    expect(await receiptCount()).toBe(before);
    expect((await payments.ledger(caseId)).balance.total).toBe('10000');

    const truncated = await importFile(full.slice(0, full.lastIndexOf('<Ntry>') + 200));
    expect(truncated.status).toBe(422);
    expect(truncated.body.code).toBe('PAYMENTS.BANK_STATEMENT_TRUNCATED');
    expect(truncated.body.detail).toMatch(/; nothing of the file was booked$/);
    expect(await receiptCount()).toBe(before);
    expect((await payments.ledger(caseId)).balance.total).toBe('10000');

    const whole = (await importFile(full).expect(200)).body;
    expect(whole).toMatchObject({ alreadyImported: false, credits: 2, allocated: 2, duplicates: 0 });
    expect(await receiptCount()).toBe(before + 2);
    expect((await payments.ledger(caseId)).balance.total).toBe('1000');
  });

  describe('a long file, read whole before any of it is booked', () => {
    const LONG = 1_300; // three chunks of 500 and a bit
    const unknownReference = (i: number) => `${String(7_000_000_000 + i)}${String(Number(BigInt(7_000_000_000 + i) % 97n) || 97).padStart(2, '0')}`;
    const longStatement = (statementId: string, declared?: Parameters<typeof camtStatement>[3]) =>
      camtStatement(statementId, Array.from({ length: LONG }, (_, i) => ({ amountMinor: BigInt(1_000 + i), structuredReference: unknownReference(i) })), undefined, declared);
    const total = BigInt(LONG * 1_000 + (LONG * (LONG - 1)) / 2);
    const importReceipts = async (importId: string) => Number((await payments.dataSource.query(`SELECT count(*) AS n FROM receipts WHERE statement_import_id = $1`, [importId]))[0].n);

    it('stops at a bad entry mid-file naming statement, entry and element, booking none of the file; the corrected file books it all, and again nothing', async () => {
      const statementId = `LONG-${randomUUID().slice(0, 8)}`;
      const good = longStatement(statementId);
      const bad = good.replace(`<NtryRef>1100</NtryRef>\n        <Amt Ccy="EUR">20.99</Amt>`, `<NtryRef>1100</NtryRef>\n        <Amt Ccy="EUR">20,99</Amt>`);
      expect(bad).not.toBe(good);
      const before = await receiptCount();

      const stopped = await importFile(bad, 'long.xml');
      expect(stopped.status).toBe(422);
      expect(stopped.body).toMatchObject({ code: 'PAYMENTS.BANK_STATEMENT_ENTRY_INVALID', errors: [{ field: `Stmt[${statementId}]/Ntry[1100]/Amt`, code: 'PAYMENTS.BANK_STATEMENT_ENTRY_INVALID', reason: "entry: amount '20,99' is not a decimal number" }] });
      expect(stopped.body.detail).toBe(`statement ${statementId}, entry 1100, Amt: entry: amount '20,99' is not a decimal number; nothing of the file was booked`);
      expect(await receiptCount()).toBe(before);

      const corrected = (await importFile(good, 'long.xml').expect(200)).body;
      expect(corrected).toMatchObject({ alreadyImported: false, credits: LONG, allocated: 0, suspense: LONG, duplicates: 0 });
      expect(await receiptCount()).toBe(before + LONG);
      expect(await importReceipts(corrected.importId)).toBe(LONG);
      const [{ sum }] = await payments.dataSource.query(`SELECT sum(amount_minor)::text AS sum FROM receipts WHERE statement_import_id = $1`, [corrected.importId]);
      expect(BigInt(sum)).toBe(total);

      const again = (await importFile(good, 'long.xml').expect(200)).body;
      expect(again).toMatchObject({ alreadyImported: true, importId: corrected.importId, suspense: LONG });
      expect(await receiptCount()).toBe(before + LONG);
      const entry1100 = await payments.dataSource.query(`SELECT state, suspense_reason, statement_import_id FROM receipts WHERE statement_import_id = $1 AND amount_minor = 2099`, [corrected.importId]);
      expect(entry1100).toEqual([{ state: 'suspense', suspense_reason: 'reference unknown', statement_import_id: corrected.importId }]);
    });

    it('refuses a statement whose declared totals contradict its balances before booking any of it', async () => {
      const before = await receiptCount();
      const answer = await importFile(longStatement(`LONG-${randomUUID().slice(0, 8)}`, { openingMinor: 0n, closingMinor: total + 1n, entries: LONG, netMinor: total }));
      expect(answer.status).toBe(422);
      expect(answer.body).toMatchObject({ code: 'PAYMENTS.BANK_STATEMENT_BALANCE_MISMATCH', errors: [expect.objectContaining({ field: expect.stringMatching(/\/TxsSummry\/TtlNtries$/) })] });
      expect(answer.body.detail).toMatch(/nothing of the file was booked$/);
      expect(await receiptCount()).toBe(before);
    });

    it('refuses a file with entries beyond the declared number at the first of them, booking none of it', async () => {
      const statementId = `LONG-${randomUUID().slice(0, 8)}`;
      const before = await receiptCount();
      const answer = await importFile(longStatement(statementId, { openingMinor: 0n, closingMinor: total, entries: 1_200 }));
      expect(answer.status).toBe(422);
      expect(answer.body).toMatchObject({ code: 'PAYMENTS.BANK_STATEMENT_INVALID', errors: [expect.objectContaining({ field: `Stmt[${statementId}]/Ntry[1201]/TxsSummry/TtlNtries/NbOfNtries` })] });
      expect(await receiptCount()).toBe(before);
    });

    it('refuses entries that do not add up to the closing balance, found at the end of the file, booking none of them', async () => {
      const statementId = `LONG-${randomUUID().slice(0, 8)}`;
      const before = await receiptCount();
      const file = longStatement(statementId, { openingMinor: 0n, closingMinor: total - 1n });
      const answer = await importFile(file);
      expect(answer.status).toBe(422);
      expect(answer.body).toMatchObject({ code: 'PAYMENTS.BANK_STATEMENT_BALANCE_MISMATCH', errors: [expect.objectContaining({ field: `Stmt[${statementId}]/Bal[CLBD]` })] });
      expect(answer.body.detail).toMatch(/; nothing of the file was booked$/);
      expect(await receiptCount()).toBe(before);
      // Not recorded as imported: the same bytes again are read again, and refused again.
      const again = await importFile(file);
      expect(again.status).toBe(422);
      expect(await receiptCount()).toBe(before);
    });
  });

  it('imports the banks\' sample files (BE, NL, DE with a batch entry, FR camt.054, SE) and refuses the broken ones', async () => {
    for (const file of readdirSync(FIXTURES).sort()) {
      const answer = await importFile(readFileSync(join(FIXTURES, file), 'utf8'), file);
      if (file === 'malformed.xml' || file === 'truncated.xml') expect({ file, status: answer.status }).toEqual({ file, status: 422 });
      else expect({ file, status: answer.status, credits: answer.body.credits > 0 }).toEqual({ file, status: 200, credits: true });
    }
  });
});
