import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { toJson } from '@bufbuild/protobuf';
import { RefundIssuedSchema, RefundReturnedSchema, RemittanceIssuedSchema } from '@collections/contracts';
import { camtStatement } from '../support/camt-statement';
import { OPERATOR, startPaymentsApp, type PaymentsApp } from '../support/payments-app';

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, isArray: (name) => name === 'CdtTrfTxInf' });
/** `'1234.56'` → `123456n`, refusing anything but two decimals. */
const minorOf = (decimal: string) => {
  expect(decimal).toMatch(/^\d+\.\d{2}$/);
  return BigInt(decimal.replace('.', ''));
};
const DEBTOR_IBAN = 'BE68539007547034';
const SE_IBAN = 'SE4550000000058398257466';

describe('refunds to debtors and payouts outside SEPA (real PostgreSQL and Kafka)', () => {
  let payments: PaymentsApp;

  beforeAll(async () => {
    payments = await startPaymentsApp();
  }, 60_000);
  afterAll(() => payments?.close());

  const pay = (caseId: string, amountMinor: bigint, currency = 'EUR') =>
    payments.postGatewayReceipt({ paymentId: `pay_${randomUUID()}`, caseId, amount: { amountMinor: String(amountMinor), currency }, method: 'BANK_TRANSFER', paidAt: new Date().toISOString() }).expect(200);
  const refund = (caseId: string, body: Record<string, unknown>, key: string | null = randomUUID()) => {
    const call = payments.http().post(`/ops/cases/${caseId}/refunds`).set(OPERATOR);
    return key === null ? call.send(body) : call.set('Idempotency-Key', key).send(body);
  };
  const fieldErrors = (body: { errors?: Array<{ field: string; code?: string }> }) => (body.errors ?? []).map((e) => [e.field, e.code]);
  const paymentFile = async (path: string) => xml.parse((await payments.http().get(path).set(OPERATOR).expect(200).expect('Content-Type', /xml/)).text).Document.CstmrCdtTrfInitn;

  it('pays an overpayment back to the debtor once, never more than is due, with a SEPA file to download', async () => {
    const caseId = await payments.openCase({ invoices: [10_000n] });
    await pay(caseId, 12_500n);
    expect((await payments.ledger(caseId)).refundDue).toBe('2500');

    // Refused, naming the field and the reason; nothing booked.
    const noKey = await refund(caseId, { iban: DEBTOR_IBAN }, null).expect(400);
    expect(noKey.body.errors).toEqual([expect.objectContaining({ field: 'Idempotency-Key' })]);
    const badIban = await refund(caseId, { iban: 'BE68 5390 0754 7035' }).expect(422);
    expect(badIban.body).toMatchObject({ code: 'PAYMENTS.REFUND_REQUEST_INVALID' });
    expect(fieldErrors(badIban.body)).toEqual([['iban', 'IBAN_INVALID']]);
    expect(JSON.stringify(badIban.body)).not.toContain('7035');
    expect(fieldErrors((await refund(caseId, { iban: DEBTOR_IBAN, amount: { amountMinor: '2501', currency: 'EUR' } }).expect(422)).body)).toEqual([['amount.amountMinor', 'AMOUNT_ABOVE_DUE']]);
    expect(fieldErrors((await refund(caseId, { iban: DEBTOR_IBAN, amount: { amountMinor: '1000', currency: 'SEK' } }).expect(422)).body)).toEqual([['amount.currency', 'CURRENCY_MISMATCH']]);
    expect((await payments.ledger(caseId)).refundDue).toBe('2500');

    // Part of it, then the same request again: the same refund, booked once.
    const key = randomUUID();
    const first = await refund(caseId, { iban: 'be68 5390 0754 7034', name: 'Hélène Dubois', amount: { amountMinor: '1000', currency: 'EUR' } }, key).expect(201);
    expect(first.body).toMatchObject({ caseId, amountMinor: '1000', currency: 'EUR', refundDueAfterMinor: '1500', replayed: false, account: '…7034' });
    expect(first.body.refundId).toMatch(/^RFD-\d{8}-[0-9A-F]{12}$/);
    const again = await refund(caseId, { iban: DEBTOR_IBAN, name: 'Hélène Dubois', amount: { amountMinor: '1000', currency: 'EUR' } }, key).expect(200);
    expect(again.body).toMatchObject({ refundId: first.body.refundId, replayed: true });
    const reused = await refund(caseId, { iban: DEBTOR_IBAN, amount: { amountMinor: '1500', currency: 'EUR' } }, key).expect(409);
    expect(reused.body.code).toBe('PAYMENTS.REFUND_IDEMPOTENCY_CONFLICT');
    expect((await payments.ledger(caseId)).refundDue).toBe('1500');

    // Five operators at once, 10.00 each, 15.00 left: one is paid, the others are told it is more than due.
    const racing = await Promise.all(Array.from({ length: 5 }, () => refund(caseId, { iban: DEBTOR_IBAN, amount: { amountMinor: '1000', currency: 'EUR' } })));
    expect(racing.map((answer) => answer.status).sort()).toEqual([201, 422, 422, 422, 422]);
    for (const refused of racing.filter((answer) => answer.status === 422)) expect(fieldErrors(refused.body)).toEqual([['amount.amountMinor', 'AMOUNT_ABOVE_DUE']]);
    const rest = await refund(caseId, { iban: DEBTOR_IBAN }).expect(201);
    expect(rest.body).toMatchObject({ amountMinor: '500', refundDueAfterMinor: '0' });
    expect(fieldErrors((await refund(caseId, { iban: DEBTOR_IBAN }).expect(422)).body)).toEqual([['caseId', 'NO_REFUND_DUE']]);

    const ledger = (await payments.http().get(`/ops/cases/${caseId}/ledger`).set(OPERATOR).expect(200)).body;
    expect(ledger).toMatchObject({ refundDue: '0', owedToCreditor: '10000' });
    const refundsPaid = ledger.postings.filter((p: { kind: string; account: string }) => p.kind === 'REFUND_PAID' && p.account === 'REFUND_LIABILITY');
    expect(refundsPaid.map((p: { amountMinor: string }) => BigInt(p.amountMinor)).reduce((a: bigint, b: bigint) => a + b, 0n)).toBe(2_500n);
    const listed = (await payments.http().get(`/ops/cases/${caseId}/refunds`).set(OPERATOR).expect(200)).body;
    expect(listed.map((r: { amountMinor: string }) => r.amountMinor)).toEqual(['1000', '1000', '500']);
    // Each refund paid (not the replay, not the refused ones) is told once, without the debtor's account.
    const told = await payments.published(RefundIssuedSchema, caseId);
    expect(told.map((event) => [event.refundId, event.amount?.amountMinor, event.refundDueAfter?.amountMinor])).toEqual(
      listed.map((r: { refundId: string; amountMinor: string }, index: number) => [r.refundId, BigInt(r.amountMinor), [1_500n, 500n, 0n][index]]),
    );
    expect(told.every((event) => event.executionDate.length === 10 && !JSON.stringify(toJson(RefundIssuedSchema, event)).includes('7034'))).toBe(true);

    const pain = await paymentFile(first.body.paymentFile);
    expect(pain.PmtInf).toMatchObject({ PmtTpInf: { SvcLvl: { Cd: 'SEPA' } }, ChrgBr: 'SLEV' });
    const [tx] = pain.PmtInf.CdtTrfTxInf;
    expect(tx).toMatchObject({ PmtId: { EndToEndId: first.body.refundId }, Amt: { InstdAmt: { '#text': '10.00', '@_Ccy': 'EUR' } }, Cdtr: { Nm: 'Helene Dubois' }, CdtrAcct: { Id: { IBAN: DEBTOR_IBAN } } });
    expect(minorOf(pain.GrpHdr.CtrlSum)).toBe(1_000n);
    await payments.http().get('/ops/refunds/RFD-NOPE/payment-file').set(OPERATOR).expect(404);

    // The ledger check finds the refunds and the postings agree, and notices when they do not.
    const check = async () => (await payments.http().post('/ops/ledger/consistency-check').set(OPERATOR).expect(200)).body;
    expect((await check()).problems.filter((p: { caseId: string }) => p.caseId === caseId)).toEqual([]);
    await payments.dataSource.query(`UPDATE refunds SET amount_minor = amount_minor + 1 WHERE id = $1`, [rest.body.refundId]);
    const [problem] = (await check()).problems.filter((p: { caseId: string }) => p.caseId === caseId);
    expect(problem.refunds).toEqual({ recorded: '2501', posted: '2500', refundIds: [rest.body.refundId] });
    await payments.dataSource.query(`UPDATE refunds SET amount_minor = amount_minor - 1 WHERE id = $1`, [rest.body.refundId]);
  });

  it("takes a refund back when the debtor's bank returns the transfer: owed again, paid again elsewhere, the same return read twice booked once", async () => {
    const caseId = await payments.openCase({ invoices: [10_000n] });
    await pay(caseId, 13_000n);
    const issued = (await refund(caseId, { iban: DEBTOR_IBAN }).expect(201)).body;
    expect(issued).toMatchObject({ amountMinor: '3000', refundDueAfterMinor: '0' });
    const receiptsBefore = (await payments.ledger(caseId)).receipts.length;
    const importFile = (xml: string) => payments.http().post('/ops/bank-statements?fileName=returns.xml').set(OPERATOR).set('Content-Type', 'application/xml').send(xml).expect(200);

    // The debtor's account was closed (AC04): the bank credits the agency with the refund, quoting its EndToEndId.
    const returned = camtStatement(`RTN-${randomUUID().slice(0, 8)}`, [{ amountMinor: 3_000n, endToEndId: issued.refundId, returnReason: 'AC04', remittanceText: `RETURN ${issued.refundId}` }]);
    const report = (await importFile(returned)).body;
    expect(report).toMatchObject({ credits: 1, allocated: 0, suspense: 0, duplicates: 0, refundsReturned: [issued.refundId], refundReturnsNotRecognised: [] });
    const ledger = await payments.ledger(caseId);
    expect(ledger.refundDue).toBe('3000');
    expect(ledger.receipts).toHaveLength(receiptsBefore); // money coming back is not a payment by the debtor
    const listed = (await payments.http().get(`/ops/cases/${caseId}/refunds`).set(OPERATOR).expect(200)).body;
    expect(listed).toEqual([expect.objectContaining({ refundId: issued.refundId, returned: { at: expect.any(String), reason: 'AC04' } })]);
    const toldReturned = [expect.objectContaining({ caseId, refundId: issued.refundId, amount: expect.objectContaining({ amountMinor: 3_000n }), returnReason: 'AC04', refundDueAfter: expect.objectContaining({ amountMinor: 3_000n }) })];
    expect(await payments.published(RefundReturnedSchema, caseId)).toEqual(toldReturned);

    // The same return in the next day's file (another statement): found, nothing booked again.
    const again = (await importFile(camtStatement(`RTN-${randomUUID().slice(0, 8)}`, [{ amountMinor: 3_000n, endToEndId: issued.refundId, returnReason: 'AC04' }]))).body;
    expect(again).toMatchObject({ credits: 1, duplicates: 1, refundsReturned: [] });
    expect((await payments.ledger(caseId)).refundDue).toBe('3000');
    expect(await payments.published(RefundReturnedSchema, caseId)).toEqual(toldReturned);

    // Paid again to an account that works; the ledger and the refunds agree throughout.
    const second = (await refund(caseId, { iban: 'FR1420041010050500013M02606', name: 'Hélène Dubois' }).expect(201)).body;
    expect(second).toMatchObject({ amountMinor: '3000', refundDueAfterMinor: '0' });
    const check = async () => (await payments.http().post('/ops/ledger/consistency-check').set(OPERATOR).expect(200)).body;
    expect((await check()).problems.filter((p: { caseId: string }) => p.caseId === caseId)).toEqual([]);
    // A refund marked returned without its entry reversed (or the reverse) is a difference the check reports.
    await payments.dataSource.query(`UPDATE refunds SET returned_at = NULL, return_entry_id = NULL, return_statement_key = NULL WHERE id = $1`, [issued.refundId]);
    expect((await check()).problems.filter((p: { caseId: string }) => p.caseId === caseId)).toEqual([expect.objectContaining({ refunds: expect.objectContaining({ refundIds: [issued.refundId] }) })]);
  });

  it('books a credit that only quotes a refund id (another amount, or a refund never paid) as a receipt, saying why', async () => {
    const caseId = await payments.openCase({ invoices: [10_000n] });
    await pay(caseId, 11_000n);
    const issued = (await refund(caseId, { iban: DEBTOR_IBAN }).expect(201)).body;
    const statement = camtStatement(`RTN-${randomUUID().slice(0, 8)}`, [
      { amountMinor: 950n, endToEndId: issued.refundId, returnReason: 'AC04' }, // the bank kept a fee: for a person to settle
      { amountMinor: 1_000n, endToEndId: 'RFD-20260101-000000000000', debtorName: 'Nobody Known' },
    ]);
    const report = (await payments.http().post('/ops/bank-statements?fileName=odd-returns.xml').set(OPERATOR).set('Content-Type', 'application/xml').send(statement).expect(200)).body;
    expect(report).toMatchObject({ credits: 2, suspense: 2, refundsReturned: [] });
    expect(report.refundReturnsNotRecognised.map((r: { reason: string }) => r.reason)).toEqual([
      `quotes refund ${issued.refundId} of 10.00 EUR but brings 9.50 EUR`,
      'quotes refund RFD-20260101-000000000000, which the agency never paid',
    ]);
    expect((await payments.ledger(caseId)).refundDue).toBe('0');
    const listed = (await payments.http().get(`/ops/cases/${caseId}/refunds`).set(OPERATOR).expect(200)).body;
    expect(listed[0].returned).toBeNull();
    expect(await payments.published(RefundReturnedSchema, caseId)).toEqual([]);
  });

  it('refunds an overpayment in SEK outside SEPA, and asks for the BIC it needs', async () => {
    const caseId = await payments.openCase({ country: 'SE', currency: 'SEK', invoices: [50_000n], debtorName: 'Sven Olsson' });
    await pay(caseId, 59_900n, 'SEK');
    expect(fieldErrors((await refund(caseId, { iban: SE_IBAN }).expect(422)).body)).toEqual([['bic', 'BIC_REQUIRED']]);
    expect(fieldErrors((await refund(caseId, { iban: SE_IBAN, bic: 'ESSESESS', amount: { amountMinor: '9900', currency: 'EUR' } }).expect(422)).body)).toEqual([['amount.currency', 'CURRENCY_MISMATCH']]);
    const issued = await refund(caseId, { iban: SE_IBAN, bic: 'ESSESESS' }).expect(201);
    expect(issued.body).toMatchObject({ amountMinor: '9900', currency: 'SEK', refundDueAfterMinor: '0' });
    const pain = await paymentFile(issued.body.paymentFile);
    expect(pain.PmtInf).toMatchObject({ PmtTpInf: { SvcLvl: { Cd: 'NURG' } }, ChrgBr: 'SHAR' });
    expect(pain.PmtInf.CdtTrfTxInf[0]).toMatchObject({ Amt: { InstdAmt: { '#text': '99.00', '@_Ccy': 'SEK' } }, CdtrAgt: { FinInstnId: { BICFI: 'ESSESESS' } }, Cdtr: { Nm: 'Sven Olsson' } });
  });

  it('pays a creditor in SEK with a non-SEPA transfer and in EUR with a SEPA one, each file adding up to its statement', async () => {
    const creditorId = randomUUID();
    const contract = (currency: string) => ({ currency, commissionBands: [{ upToMinor: '500000', rateBp: 1_500 }, { rateBp: 1_000 }], minimumCommissionMinor: '500', costPerReceiptMinor: '50' });
    const terms = { name: 'Norrsken Fastigheter AB', iban: SE_IBAN, taxRateBp: 2_500, invoiceDueDays: 30, contracts: [contract('SEK'), contract('EUR')] };
    const refused = await payments.http().put(`/ops/creditors/${creditorId}/terms`).set(OPERATOR).send(terms).expect(422);
    expect(refused.body).toMatchObject({ code: 'PAYMENTS.BANK_ACCOUNT_INVALID', detail: expect.stringContaining('paid in SEK, outside SEPA: a BIC is required') });
    await payments.http().put(`/ops/creditors/${creditorId}/terms`).set(OPERATOR).send({ ...terms, bic: 'ESSESESS' }).expect(204);

    const sekCases = [await payments.openCase({ creditorId, country: 'SE', currency: 'SEK', invoices: [1_000_000n] }), await payments.openCase({ creditorId, country: 'SE', currency: 'SEK', invoices: [30_000n] })];
    const eurCase = await payments.openCase({ creditorId, invoices: [80_000n] });
    await pay(sekCases[0]!, 734_567n, 'SEK');
    await pay(sekCases[0]!, 12_345n, 'SEK');
    await pay(sekCases[1]!, 30_001n, 'SEK'); // 0.01 SEK owed back to the debtor, never remitted
    await pay(eurCase, 45_678n);

    let issued: Awaited<ReturnType<typeof payments.published<typeof RemittanceIssuedSchema>>> = [];
    for (let day = 0; day < 20 && issued.length < 2; day += 1) {
      await payments.advance('1d');
      await payments.http().post('/ops/runs/daily').set(OPERATOR).expect(200);
      issued = await payments.published(RemittanceIssuedSchema, creditorId);
    }
    expect(issued.map((r) => r.paidOut!.currency).sort()).toEqual(['EUR', 'SEK']);

    for (const remittance of issued) {
      const currency = remittance.paidOut!.currency;
      const pain = await paymentFile(`/ops/remittances/${remittance.remittanceId}/payment-file`);
      const [tx] = pain.PmtInf.CdtTrfTxInf;
      expect(pain.PmtInf.PmtTpInf.SvcLvl.Cd).toBe(currency === 'EUR' ? 'SEPA' : 'NURG');
      expect(pain.PmtInf.ChrgBr).toBe(currency === 'EUR' ? 'SLEV' : 'SHAR');
      expect(tx.Amt.InstdAmt['@_Ccy']).toBe(currency);
      expect(tx).toMatchObject({ PmtId: { EndToEndId: remittance.remittanceId }, CdtrAcct: { Id: { IBAN: SE_IBAN } }, CdtrAgt: { FinInstnId: { BICFI: 'ESSESESS' } } });

      // The statement the creditor gets: its payout lines add up, in minor units, to what the file pays.
      const csv = (await payments.http().get(`/ops/remittances/${remittance.remittanceId}/statement.csv`).set(OPERATOR).expect(200)).text;
      const rows: Array<Record<string, string>> = parse(csv, { columns: true });
      const payoutLines = rows.filter((row) => row.kind === 'PAYOUT');
      expect(payoutLines.every((row) => row.currency === currency)).toBe(true);
      for (const row of payoutLines) expect(minorOf(row.paid_out!)).toBe(minorOf(row.collected!) - minorOf(row.commission!) - minorOf(row.costs!));
      const linesPaidOut = payoutLines.reduce((total, row) => total + minorOf(row.paid_out!), 0n);
      const totalRow = rows.find((row) => row.kind === 'TOTAL')!;
      expect(minorOf(totalRow.paid_out!)).toBe(linesPaidOut);
      expect(minorOf(tx.Amt.InstdAmt['#text'])).toBe(linesPaidOut);
      expect(minorOf(pain.GrpHdr.CtrlSum)).toBe(linesPaidOut);
      expect(remittance.paidOut!.amountMinor).toBe(linesPaidOut);
    }
    const sek = issued.find((r) => r.paidOut!.currency === 'SEK')!;
    expect(sek.collected!.amountMinor).toBe(734_567n + 12_345n + 30_000n);
    for (const caseId of [...sekCases, eurCase]) expect((await payments.ledger(caseId)).owedToCreditor).toBe('0');
  });
});
