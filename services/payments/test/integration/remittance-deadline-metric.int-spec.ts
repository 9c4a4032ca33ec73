import { randomUUID } from 'node:crypto';
import { OPERATOR, startPaymentsApp, type PaymentsApp } from '../support/payments-app';

const METRIC = 'payments_remittance_earliest_due_timestamp_seconds';
const endOfDay = (day: string) => Date.parse(`${day}T00:00:00Z`) / 1000 + 86_400;
const terms = {
  name: 'Brasserie Lambic SA', iban: 'BE68539007547034', bic: 'GKCCBEBB', taxRateBp: 2_100, invoiceDueDays: 30,
  contracts: [{ currency: 'EUR', commissionBands: [{ rateBp: 1_000 }], minimumCommissionMinor: '0', costPerReceiptMinor: '0' }],
};

describe('the remittance deadline gauge on /metrics (real PostgreSQL and Kafka)', () => {
  let payments: PaymentsApp;

  beforeAll(async () => {
    payments = await startPaymentsApp();
  }, 60_000);
  afterAll(() => payments?.close());

  /** The gauge's sample as Prometheus would scrape it; undefined when the series is absent. */
  const scraped = async (): Promise<number | undefined> => {
    const text = (await payments.http().get('/metrics').expect(200)).text;
    expect(text).toContain(`# TYPE ${METRIC} gauge`);
    const sample = new RegExp(`^${METRIC} (\\S+)$`, 'm').exec(text);
    return sample ? Number(sample[1]) : undefined;
  };
  /** A card payment made at the service clock's now (it moves with /ops/clock/advance). */
  const pay = async (caseId: string) => {
    const paidAt = ((await payments.http().get('/ops/clock').expect(200)).body as { now: string }).now;
    await payments.postGatewayReceipt({ paymentId: `pay_${randomUUID()}`, caseId, amount: { amountMinor: '10000', currency: 'EUR' }, method: 'CARD', paidAt }).expect(200);
  };
  const receiptsOf = async (caseId: string) => (await payments.ledger(caseId)).receipts;

  it('shows when the earliest unremitted receipt falls due, and no sample once everything is remitted', async () => {
    expect(await scraped()).toBeUndefined();

    const creditorId = randomUUID();
    await payments.http().put(`/ops/creditors/${creditorId}/terms`).set(OPERATOR).send(terms).expect(204);
    const caseId = await payments.openCase({ creditorId, invoices: [500_000n] });
    await pay(caseId);
    const [first] = await receiptsOf(caseId);
    expect(first).toEqual(expect.objectContaining({ state: 'allocated', remittanceId: null, remitBy: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }));
    expect(await scraped()).toBe(endOfDay(first!.remitBy!));

    // A later receipt falls due later: the gauge keeps the earliest.
    await payments.advance('2d');
    await pay(caseId);
    const later = (await receiptsOf(caseId)).find((receipt) => receipt.receiptId !== first!.receiptId)!;
    expect(later.remitBy! > first!.remitBy!).toBe(true);
    expect(await scraped()).toBe(endOfDay(first!.remitBy!));

    // Daily runs until both are remitted (within their 14 days).
    for (let day = 0; day < 16 && (await receiptsOf(caseId)).some((receipt) => receipt.remittanceId === null); day += 1) {
      await payments.http().post('/ops/runs/daily').set(OPERATOR).expect(200);
      await payments.advance('1d');
    }
    expect((await receiptsOf(caseId)).map((receipt) => receipt.remittanceId)).toEqual([expect.any(String), expect.any(String)]);
    expect(await scraped()).toBeUndefined();
  });
});
