import { FixedClock } from '@collections/clock';
import type { ReceiptOutcome } from '../../application/commands/receive-payment';
import type { Receipt } from '../../application/ports/payments.ports';
import type { UnitOfWork } from '../../application/ports/payments-transaction.port';
import { ReceiptCoalescer } from './receipt-coalescer';

/** Each batch the coalescer books, held open until the test settles it. */
const booked: Array<{ externalIds: string[]; settle: () => void }> = [];

jest.mock('../../application/commands/receive-payment', () => ({
  ...jest.requireActual('../../application/commands/receive-payment'),
  receivePayments: (_tx: unknown, receipts: Receipt[]) =>
    new Promise<ReceiptOutcome[]>((resolve) => {
      booked.push({ externalIds: receipts.map((receipt) => receipt.externalId), settle: () => resolve(receipts.map((receipt) => ({ status: 'suspense', receiptId: receipt.id, reason: 'test' }))) });
    }),
}));

const uow = { run: (work: (tx: unknown) => Promise<unknown>) => work({}) } as unknown as UnitOfWork;
const receipt = (externalId: string, caseId?: string): Receipt => ({
  id: `id-${externalId}-${Math.random()}`, source: 'gateway', externalId, ...(caseId ? { caseId } : {}), amount: { amountMinor: 100n, currency: 'EUR' }, method: 'CARD',
  valueDate: '2026-11-23', payerReference: '', payerName: '', receivedAt: '2026-11-23T12:00:00.000Z', toCreditor: false, lateReport: false,
});
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('ReceiptCoalescer', () => {
  beforeEach(() => booked.splice(0));

  it('holds a retry of a payment still being booked until that batch ends, and books the receipts behind it meanwhile', async () => {
    const coalescer = new ReceiptCoalescer(uow, new FixedClock(new Date('2026-11-23T12:00:00Z')));
    const first = coalescer.receive(receipt('pay-1'));
    await tick();
    const retry = coalescer.receive(receipt('pay-1'));
    const other = coalescer.receive(receipt('pay-2'));
    await tick();
    expect(booked.map((batch) => batch.externalIds)).toEqual([['pay-1'], ['pay-2']]);

    booked[1]!.settle();
    await other;
    await tick();
    expect(booked).toHaveLength(2); // the retry still waits: its original is in flight

    booked[0]!.settle();
    await first;
    await tick();
    expect(booked.map((batch) => batch.externalIds)).toEqual([['pay-1'], ['pay-2'], ['pay-1']]);
    booked[2]!.settle();
    await expect(retry).resolves.toMatchObject({ status: 'suspense' });
  });

  it('does not book two batches of the same case at once', async () => {
    const coalescer = new ReceiptCoalescer(uow, new FixedClock(new Date('2026-11-23T12:00:00Z')));
    const caseId = '00000000-0000-4000-8000-000000000001';
    void coalescer.receive(receipt('pay-1', caseId));
    await tick();
    void coalescer.receive(receipt('pay-2', caseId));
    void coalescer.receive(receipt('pay-3'));
    await tick();
    expect(booked.map((batch) => batch.externalIds)).toEqual([['pay-1'], ['pay-3']]);
    booked[0]!.settle();
    await tick();
    await tick();
    expect(booked.map((batch) => batch.externalIds)).toEqual([['pay-1'], ['pay-3'], ['pay-2']]);
  });
});
