import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { CasePaidInFullSchema, DirectPaymentReportedSchema, PaymentAllocatedSchema, PaymentMethod, PaymentReceivedSchema, BalanceComponent } from '@collections/contracts';
import { waitFor } from '@collections/testing';
import { OPERATOR, startPaymentsApp, type PaymentsApp } from '../support/payments-app';

const eur = (amountMinor: string) => ({ amountMinor, currency: 'EUR' });

describe('receipts: gateway webhooks, cheques, direct payments (real PostgreSQL and Kafka)', () => {
  let payments: PaymentsApp;

  beforeAll(async () => {
    payments = await startPaymentsApp();
  }, 60_000);
  afterAll(() => payments?.close());

  it('opens each case with its OGM and RF references and the balance of its accounting sheet', async () => {
    const caseId = await payments.openCase({ invoices: [70_000n, 45_000n], interest: 1_956n, costs: 6_500n });
    const ledger = await payments.ledger(caseId);
    expect(ledger.balance).toMatchObject({ principal: '115000', interest: '1956', costs: '6500', charges: '0', total: '123456' });
    expect(ledger.references.map((ref) => ref.kind)).toEqual(['OGM', 'RF']);
    expect(ledger.references[0]!.printed).toMatch(/^\+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+$/);
    expect(ledger.references[1]!.printed).toMatch(/^RF\d{2}( [0-9A-Z]{1,4})+$/);
  });

  it('allocates a gateway receipt posted 20 times at once exactly once, costs and interest before principal', async () => {
    const caseId = await payments.openCase({ invoices: [100_000n], interest: 2_000n, costs: 3_000n });
    const body = { paymentId: `pay_${randomUUID()}`, caseId, amount: eur('25000'), method: 'CARD', paidAt: new Date().toISOString(), payerName: 'Hélène Dubois' };
    const answers = await Promise.all(Array.from({ length: 20 }, () => payments.postGatewayReceipt(body)));

    expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(200));
    expect(new Set(answers.map((answer) => answer.body.receiptId)).size).toBe(1);
    expect(answers.filter((answer) => answer.body.status === 'allocated')).toHaveLength(1);
    expect(answers.filter((answer) => answer.body.status === 'duplicate')).toHaveLength(19);
    const ledger = await payments.ledger(caseId);
    expect(ledger.receipts).toHaveLength(1);
    expect(ledger.balance).toMatchObject({ costs: '0', interest: '0', principal: '80000', total: '80000' });
    expect(await payments.published(PaymentReceivedSchema, caseId)).toEqual([expect.objectContaining({ paymentId: answers[0]!.body.receiptId, method: PaymentMethod.CARD })]);
    const [allocated] = await payments.published(PaymentAllocatedSchema, caseId);
    expect(allocated!.allocations.map((part) => [part.component, part.amount?.amountMinor])).toEqual([
      [BalanceComponent.COSTS, 3_000n], [BalanceComponent.INTEREST, 2_000n], [BalanceComponent.PRINCIPAL, 20_000n],
    ]);
    expect(allocated!.remaining?.principal?.amountMinor).toBe(80_000n);
  });

  it('refuses an unsigned receipt, a wrong signature and a replay older than 5 minutes, and changes nothing', async () => {
    const caseId = await payments.openCase();
    const body = { paymentId: `pay_${randomUUID()}`, caseId, amount: eur('1000'), method: 'CARD', paidAt: new Date().toISOString() };
    const unsigned = await payments.http().post('/v1/gateway-receipts/test-pay').send(body);
    const forged = await payments.postGatewayReceipt(body, { secret: 'somebody-elses-secret-0001' });
    const replayed = await payments.postGatewayReceipt(body, { signedAt: Math.floor(Date.now() / 1000) - 301 });
    const unknownGateway = await payments.http().post('/v1/gateway-receipts/nobody').set('X-Signature', 't=1,v1=00').send(body);

    expect([unsigned.status, forged.status, replayed.status, unknownGateway.status]).toEqual([401, 401, 401, 401]);
    expect(unsigned.body.detail).toBe('the X-Signature header is required');
    expect(forged.body.detail).toBe('the signature does not match the body');
    expect(replayed.body.detail).toContain('more than 300 s from now');
    expect((await payments.ledger(caseId)).receipts).toEqual([]);
    expect((await payments.ledger(caseId)).balance.total).toBe('100000');
  });

  it('overpays into a refund owed to the debtor, never income, and tells that the case is paid in full once', async () => {
    const caseId = await payments.openCase({ invoices: [10_000n] });
    const answer = await payments.postGatewayReceipt({ paymentId: `pay_${randomUUID()}`, caseId, amount: eur('12500'), method: 'BANK_TRANSFER', paidAt: new Date().toISOString() }).expect(200);
    expect(answer.body).toMatchObject({ status: 'allocated', paidInFull: true });
    const ledger = await payments.ledger(caseId);
    expect(ledger).toMatchObject({ state: 'paid', refundDue: '2500', owedToCreditor: '10000', commission: '0' });
    expect(await payments.published(CasePaidInFullSchema, caseId)).toEqual([expect.objectContaining({ totalCollected: expect.objectContaining({ amountMinor: 10_000n, currency: 'EUR' }), finalPaymentId: answer.body.receiptId, settlementId: '' })]);
  });

  it('keeps a cheque pending until it clears, and a bounced cheque never counts', async () => {
    const caseId = await payments.openCase({ invoices: [50_000n] });
    const cheque = (chequeNumber: string) => ({ chequeNumber, caseId, amount: eur('20000'), receivedOn: '2026-11-20', drawer: 'H. Dubois' });
    const good = (await payments.http().post('/ops/cheques').set(OPERATOR).send(cheque(`CHQ-${randomUUID()}`)).expect(200)).body;
    const bad = (await payments.http().post('/ops/cheques').set(OPERATOR).send(cheque(`CHQ-${randomUUID()}`)).expect(200)).body;
    expect([good.status, bad.status]).toEqual(['pending', 'pending']);
    expect((await payments.ledger(caseId)).balance.total).toBe('50000');

    await payments.http().post(`/ops/cheques/${good.receiptId}/cleared`).set(OPERATOR).send({ clearedOn: '2026-11-24' }).expect(200);
    await payments.http().post(`/ops/cheques/${bad.receiptId}/bounced`).set(OPERATOR).expect(200);
    const ledger = await payments.ledger(caseId);
    expect(ledger.balance.total).toBe('30000');
    expect(ledger.receipts.map((receipt) => [receipt.receiptId, receipt.state, receipt.remitBy])).toEqual(expect.arrayContaining([[good.receiptId, 'allocated', '2026-12-08'], [bad.receiptId, 'bounced', null]]));
    expect(await payments.published(PaymentReceivedSchema, caseId)).toEqual([expect.objectContaining({ paymentId: good.receiptId, valueDate: '2026-11-24', method: PaymentMethod.CHEQUE })]);
  });

  it('takes a chargeback back off the case exactly, so the balance is owed again', async () => {
    const caseId = await payments.openCase({ invoices: [40_000n], costs: 1_000n });
    const paid = (await payments.postGatewayReceipt({ paymentId: `pay_${randomUUID()}`, caseId, amount: eur('41000'), method: 'CARD', paidAt: new Date().toISOString() }).expect(200)).body;
    expect((await payments.ledger(caseId)).state).toBe('paid');
    await payments.http().post(`/ops/receipts/${paid.receiptId}/reverse`).set(OPERATOR).expect(200);
    const ledger = await payments.ledger(caseId);
    expect(ledger).toMatchObject({ state: 'open', owedToCreditor: '0', balance: { principal: '40000', costs: '1000', total: '41000' } });
    expect(ledger.receipts[0]!.state).toBe('reversed');
  });

  it('books a payment the creditor received directly without cash, and flags a report later than 48 hours', async () => {
    const caseId = await payments.openCase({ invoices: [30_000n] });
    const report = (receivedOn: string) => ({ caseId, creditorId: randomUUID(), reportId: randomUUID(), amount: { amountMinor: 10_000n, currency: 'EUR' }, receivedOn, reference: 'bank transfer to the creditor' });
    await payments.send('intake.cases.v1', DirectPaymentReportedSchema, caseId, report(new Date().toISOString().slice(0, 10)));
    await payments.send('intake.cases.v1', DirectPaymentReportedSchema, caseId, report(new Date(Date.now() - 5 * 86_400_000).toISOString().slice(0, 10)));
    await waitFor('both reports booked', async () => (await payments.ledger(caseId)).receipts.length === 2);

    const ledger = await payments.ledger(caseId);
    expect(ledger).toMatchObject({ balance: { total: '10000' }, owedToCreditor: '0' });
    expect(ledger.receipts.map((receipt) => receipt.lateReport).sort()).toEqual([false, true]);
    expect(await payments.published(PaymentReceivedSchema, caseId)).toEqual([
      expect.objectContaining({ method: PaymentMethod.PAID_TO_CREDITOR }), expect.objectContaining({ method: PaymentMethod.PAID_TO_CREDITOR }),
    ]);
  });

  it('finds every stored balance equal to the one its postings give', async () => {
    const paid = await payments.openCase({ invoices: [10_000n], costs: 500n });
    await payments.postGatewayReceipt({ paymentId: `pay_${randomUUID()}`, caseId: paid, amount: eur('3000'), method: 'CARD', paidAt: new Date().toISOString() }).expect(200);
    const check = (await payments.http().post('/ops/ledger/consistency-check').set(OPERATOR).expect(200)).body;
    expect(check.casesChecked).toBeGreaterThanOrEqual(1);
    expect(check).toMatchObject({ consistent: true, problems: [] });

    const tampered = await payments.openCase();
    await payments.dataSource.query(`UPDATE case_accounts SET principal_minor = principal_minor - 1 WHERE case_id = $1`, [tampered]);
    const after = (await payments.http().post('/ops/ledger/consistency-check').set(OPERATOR).expect(200)).body;
    expect(after.consistent).toBe(false);
    expect(after.problems).toEqual([expect.objectContaining({ caseId: tampered, differences: [expect.objectContaining({ component: 'PRINCIPAL' })] })]);

    // The operator command says the same, and exits 2 so a scheduled check can alert.
    const url = (payments.dataSource.options as { url: string }).url;
    const command = spawnSync('node', ['-r', '@swc-node/register', 'services/payments/src/cli/check-ledger.cli.ts', '--database-url', url], { cwd: join(__dirname, '..', '..', '..', '..'), encoding: 'utf8' });
    expect(command.status).toBe(2);
    expect(JSON.parse(command.stdout)).toMatchObject({ consistent: false, casesDiffering: 1 });
    expect(command.stderr).toContain(`case ${tampered}`);
  }, 60_000);
});
