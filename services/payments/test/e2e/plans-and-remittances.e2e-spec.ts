import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';
import {
  CasePaidInFullSchema, DirectPaymentReportedSchema, FeeInvoicedSchema, FeeKind, InstalmentMissedSchema, InstalmentPaidSchema, PaymentPlanAgreedSchema, RegistrationFeeChargedSchema, RemittanceIssuedSchema, SettlementAgreedSchema,
} from '@collections/contracts';
import { ObjectStore } from '@collections/object-store';
import { waitFor } from '@collections/testing';
import { OPERATOR, startPaymentsApp, type PaymentsApp } from '../support/payments-app';

const eur = (amountMinor: bigint) => ({ amountMinor, currency: 'EUR' });
const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const terms = (name: string) => ({
  name, iban: 'BE68539007547034', bic: 'GKCCBEBB', taxRateBp: 2_100, invoiceDueDays: 30,
  contracts: [{ currency: 'EUR', commissionBands: [{ upToMinor: '500000', rateBp: 1_500 }, { rateBp: 1_000 }], minimumCommissionMinor: '500', costPerReceiptMinor: '50' }],
});

describe('instalment plans, settlements, remittances within 14 days and fee invoices (real PostgreSQL and Kafka)', () => {
  let payments: PaymentsApp;

  beforeAll(async () => {
    payments = await startPaymentsApp();
  }, 60_000);
  afterAll(() => payments?.close());

  const pay = (caseId: string, amountMinor: bigint) =>
    payments.postGatewayReceipt({ paymentId: `pay_${randomUUID()}`, caseId, amount: { amountMinor: String(amountMinor), currency: 'EUR' }, method: 'CARD', paidAt: new Date().toISOString() }).expect(200);
  const runDaily = async () => (await payments.http().post('/ops/runs/daily').set(OPERATOR).expect(200)).body;
  const pdfText = (pdf: Buffer) => execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8');
  /** The document an event points at, read back from the app's object store: it must be there, as the event describes it. */
  const storedPdf = async (document: { objectKey: string; fileName: string; contentType: string; sizeBytes: bigint } | undefined) => {
    const stored = await payments.app.get(ObjectStore).get(document!.objectKey);
    expect(stored).toEqual(expect.objectContaining({ contentType: 'application/pdf', fileName: document!.fileName, sizeBytes: Number(document!.sizeBytes) }));
    expect(document!.contentType).toBe('application/pdf');
    expect(stored!.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    return stored!.body;
  };

  it('settles a case when the agreed amount arrives by its date, writing off the rest', async () => {
    const caseId = await payments.openCase({ invoices: [100_000n] });
    const settlementId = randomUUID();
    await payments.send('contact-center.interactions.v1', SettlementAgreedSchema, caseId, {
      caseId, settlementId, amount: eur(60_000n), payBy: plusDays(await payments.today(), 10), balance: { principal: eur(100_000n), interest: eur(0n), costs: eur(0n), charges: eur(0n) }, agentId: 'agent-7',
    });
    await waitFor('settlement recorded', async () => (await payments.ledger(caseId)).plans.length === 1);
    await pay(caseId, 30_000n);
    expect((await payments.ledger(caseId)).state).toBe('open');
    await pay(caseId, 30_000n);

    const ledger = await payments.ledger(caseId);
    expect(ledger).toMatchObject({ state: 'settled', balance: { total: '0' }, plans: [] });
    expect(await payments.published(CasePaidInFullSchema, caseId)).toEqual([expect.objectContaining({ totalCollected: expect.objectContaining({ amountMinor: 60_000n }), settlementId })]);
  });

  it('reports each missed instalment once after its grace days, and breaks the plan at the second miss', async () => {
    const caseId = await payments.openCase({ invoices: [90_000n] });
    const today = await payments.today();
    const planId = randomUUID();
    await payments.send('contact-center.interactions.v1', PaymentPlanAgreedSchema, caseId, {
      caseId, planId, agentId: 'agent-7', balance: { principal: eur(90_000n), interest: eur(0n), costs: eur(0n), charges: eur(0n) },
      instalments: [1, 2, 3].map((number) => ({ number, dueDate: plusDays(today, (number - 1) * 30), amount: eur(30_000n) })),
    });
    await waitFor('plan recorded', async () => (await payments.ledger(caseId)).plans.length === 1);
    await pay(caseId, 30_000n);
    // The first instalment is paid, and told once, with the two still to pay.
    expect((await payments.published(InstalmentPaidSchema, caseId)).map((paid) => [paid.planId, paid.instalment?.number, paid.instalment?.amount?.amountMinor, paid.paidOn, paid.instalmentsLeft]))
      .toEqual([[planId, 1, 30_000n, today, 2]]);

    await payments.advance('35d');
    await runDaily();
    expect(await payments.published(InstalmentMissedSchema, caseId)).toHaveLength(0); // instalment 2 is within its 5 grace days
    await payments.advance('1d');
    await runDaily();
    await runDaily();
    const [missed] = await payments.published(InstalmentMissedSchema, caseId);
    expect(missed).toMatchObject({ planId, instalment: expect.objectContaining({ number: 2 }), paid: expect.objectContaining({ amountMinor: 0n }), planBroken: false });

    await payments.advance('30d');
    await runDaily();
    const misses = await payments.published(InstalmentMissedSchema, caseId);
    expect(misses.map((miss) => [miss.instalment?.number, miss.planBroken])).toEqual([[2, false], [3, true]]);
    expect(await payments.published(InstalmentPaidSchema, caseId)).toHaveLength(1);
    expect((await payments.ledger(caseId)).plans).toEqual([]); // broken: no longer open
  });

  it('keeps a plan that overtook its case, and counts the case\'s payments toward it', async () => {
    const caseId = randomUUID();
    const planId = randomUUID();
    const today = await payments.today();
    await payments.send('contact-center.interactions.v1', PaymentPlanAgreedSchema, caseId, {
      caseId, planId, agentId: 'agent-7', balance: { principal: eur(20_000n), interest: eur(0n), costs: eur(0n), charges: eur(0n) },
      instalments: [1, 2].map((number) => ({ number, dueDate: plusDays(today, (number - 1) * 30), amount: eur(10_000n) })),
    });
    await waitFor('plan kept', async () => (await payments.dataSource.query(`SELECT 1 FROM payment_plans WHERE plan_id = $1`, [planId])).length === 1);
    await payments.openCase({ caseId, invoices: [20_000n] });
    await pay(caseId, 10_000n);
    const [plan] = await payments.dataSource.query(`SELECT state FROM payment_plans WHERE plan_id = $1`, [planId]);
    expect(plan.state.instalments[0]).toMatchObject({ number: 1, paid: { amountMinor: '10000' } });
  });

  it('pays every receipt out within 14 days of its value date, net of commission and costs, with a payment file and a statement', async () => {
    const creditorId = randomUUID();
    await payments.http().put(`/ops/creditors/${creditorId}/terms`).set(OPERATOR).send(terms('Brasserie Lambic SA')).expect(204);
    const cases = [await payments.openCase({ creditorId, invoices: [800_000n] }), await payments.openCase({ creditorId, invoices: [80_000n] })];
    const receipts: Array<{ caseId: string; receiptId: string; valueDate: string }> = [];
    // Receipts on 20 consecutive days (month end, Christmas and New Year included), daily runs for 40 days.
    for (let day = 0; day < 40; day += 1) {
      if (day < 20) {
        const caseId = cases[day % 2]!;
        const answer = (await pay(caseId, day % 2 === 0 ? 700_000n / 20n : 2_000n)).body;
        receipts.push({ caseId, receiptId: answer.receiptId, valueDate: await payments.today() });
      }
      await runDaily();
      await payments.advance('1d');
    }
    const issued = await payments.published(RemittanceIssuedSchema, creditorId);
    const remittedOn = new Map(issued.flatMap((remittance) => remittance.lines.map((line) => [line.paymentId, remittance.paidOn] as const)));
    for (const receipt of receipts) {
      expect({ receipt: receipt.receiptId, remitted: remittedOn.has(receipt.receiptId) }).toEqual({ receipt: receipt.receiptId, remitted: true });
      expect(remittedOn.get(receipt.receiptId)! <= plusDays(receipt.valueDate, 14)).toBe(true);
    }
    expect(remittedOn.size).toBe(receipts.length);
    for (const remittance of issued) {
      for (const line of remittance.lines) expect(line.paidOut!.amountMinor).toBe(line.collected!.amountMinor - line.commission!.amountMinor - line.costs!.amountMinor);
      const total = (pick: (line: (typeof remittance.lines)[number]) => bigint) => remittance.lines.reduce((sum, line) => sum + pick(line), 0n);
      expect(remittance.paidOut!.amountMinor).toBe(total((line) => line.paidOut!.amountMinor));
      expect(remittance.collected!.amountMinor).toBe(total((line) => line.collected!.amountMinor));
    }
    // 35,000.00 collected: 15 % commission, 0.50 cost
    const big = issued.flatMap((remittance) => remittance.lines).find((line) => line.collected!.amountMinor === 35_000n)!;
    expect([big.commission!.amountMinor, big.costs!.amountMinor, big.paidOut!.amountMinor]).toEqual([5_250n, 50n, 29_700n]);
    // 20.00 collected: the 5.00 minimum commission
    const small = issued.flatMap((remittance) => remittance.lines).find((line) => line.collected!.amountMinor === 2_000n)!;
    expect([small.commission!.amountMinor, small.paidOut!.amountMinor]).toEqual([500n, 1_450n]);

    for (const caseId of cases) expect((await payments.ledger(caseId)).owedToCreditor).toBe('0');
    const first = issued[0]!;
    const file = await payments.http().get(`/ops/remittances/${first.remittanceId}/payment-file`).set(OPERATOR).expect(200);
    const pain = new XMLParser({ parseTagValue: false }).parse(file.text).Document.CstmrCdtTrfInitn;
    const paidOut = first.paidOut!.amountMinor;
    expect(pain.GrpHdr.CtrlSum).toBe(`${paidOut / 100n}.${(paidOut % 100n).toString().padStart(2, '0')}`);
    expect(pain.PmtInf.CdtTrfTxInf.CdtrAcct.Id.IBAN).toBe('BE68539007547034');
    const pdf = await payments.http().get(`/ops/remittances/${first.remittanceId}/statement.pdf`).set(OPERATOR).buffer(true).expect(200);
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
    // Every statement is in the object store for the creditor, where RemittanceIssued says, and it is the operators' statement.
    for (const remittance of issued) {
      expect(remittance.statementDocument).toEqual(expect.objectContaining({
        documentId: remittance.remittanceId, objectKey: `statements/${creditorId}/${remittance.remittanceId}.pdf`, fileName: `remittance-statement-${remittance.remittanceId}.pdf`,
      }));
      await storedPdf(remittance.statementDocument);
    }
    const statement = await storedPdf(first.statementDocument);
    expect(Buffer.compare(statement, pdf.body as Buffer)).toBe(0);
    const text = pdfText(statement);
    expect(text).toContain('Remittance statement');
    expect(text).toContain('Creditor: Brasserie Lambic SA');
    expect(text).toContain(`Remittance: ${first.remittanceId}`);
    const csv = await payments.http().get(`/ops/remittances/${first.remittanceId}/statement.csv`).set(OPERATOR).expect(200);
    expect(csv.text).toContain(first.remittanceId);
  });

  it('holds money for a creditor without terms and says so, instead of paying it anywhere', async () => {
    const caseId = await payments.openCase({ invoices: [10_000n] });
    await pay(caseId, 5_000n);
    await payments.advance('15d');
    const report = await runDaily();
    expect(report.remittances.blocked).toEqual(expect.arrayContaining([expect.objectContaining({ reason: expect.stringContaining('no remittance terms') })]));
    expect((await payments.ledger(caseId)).owedToCreditor).toBe('5000');
  });

  it('invoices registration fees and commission on direct payments monthly, numbered without gaps', async () => {
    const creditorId = randomUUID();
    await payments.http().put(`/ops/creditors/${creditorId}/terms`).set(OPERATOR).send(terms('Voltix Energy NV')).expect(204);
    const caseId = await payments.openCase({ creditorId, invoices: [50_000n] });
    await payments.send('intake.cases.v1', RegistrationFeeChargedSchema, caseId, { caseId, creditorId, fee: eur(1_500n) });
    await payments.send('intake.cases.v1', DirectPaymentReportedSchema, caseId, { caseId, creditorId, reportId: randomUUID(), amount: eur(20_000n), receivedOn: await payments.today(), reference: 'paid at the counter' });
    await waitFor('fees recorded', async () => (await payments.dataSource.query(`SELECT 1 FROM fee_lines WHERE creditor_id = $1`, [creditorId])).length === 2);

    await payments.http().post('/ops/runs/fee-invoices').set(OPERATOR).expect(200);
    const [invoice] = await payments.published(FeeInvoicedSchema, creditorId);
    expect(invoice!.lines.map((line) => [line.kind, line.amount?.amountMinor]).sort()).toEqual([[FeeKind.REGISTRATION, 1_500n], [FeeKind.COMMISSION, 3_000n]].sort());
    expect(invoice!.total?.amountMinor).toBe(4_500n);
    expect(invoice!.invoiceNumber).toMatch(/^INV-[0-9A-F]{12}-\d{4}-000001$/);
    // The invoice PDF is in the object store for the creditor, where FeeInvoiced says.
    expect(invoice!.invoiceDocument).toEqual(expect.objectContaining({
      documentId: invoice!.invoiceId, objectKey: `invoices/${creditorId}/${invoice!.invoiceNumber}.pdf`, fileName: `invoice-${invoice!.invoiceNumber}.pdf`,
    }));
    const invoiceText = pdfText(await storedPdf(invoice!.invoiceDocument));
    expect(invoiceText).toContain(`Invoice number: ${invoice!.invoiceNumber}`);
    expect(invoiceText).toContain('To: Voltix Energy NV');
    expect(invoiceText).toMatch(/Net total\s+45\.00/);
    expect(invoiceText).toMatch(/VAT 21 %\s+9\.45/);
    expect(invoiceText).toMatch(/Total due\s+54\.45/);

    await payments.send('intake.cases.v1', RegistrationFeeChargedSchema, caseId, { caseId, creditorId, fee: eur(1_500n) }); // a redelivery adds nothing
    const other = await payments.openCase({ creditorId, invoices: [10_000n] });
    await payments.send('intake.cases.v1', RegistrationFeeChargedSchema, other, { caseId: other, creditorId, fee: eur(1_500n) });
    await waitFor('second fee recorded', async () => (await payments.dataSource.query(`SELECT 1 FROM fee_lines WHERE creditor_id = $1`, [creditorId])).length === 3);
    // the month's first business day comes round: the daily run invoices it
    await payments.advance('31d');
    await runDaily();
    const invoices = await payments.published(FeeInvoicedSchema, creditorId);
    expect(invoices.map((issued) => issued.invoiceNumber.slice(-6))).toEqual(['000001', '000002']);
    expect(invoices[1]!.lines).toEqual([expect.objectContaining({ caseId: other, kind: FeeKind.REGISTRATION })]);
    expect(invoices[1]!.invoiceDocument?.objectKey).toBe(`invoices/${creditorId}/${invoices[1]!.invoiceNumber}.pdf`);
    expect(pdfText(await storedPdf(invoices[1]!.invoiceDocument))).toContain(`Invoice number: ${invoices[1]!.invoiceNumber}`);
  });
});
