import { money } from '../money';
import { PlanAgreementInvalidError, PlanClosedError } from './plans.errors';
import { type Settlement, applySettlementPayment, lapseIfOverdue, settlementDeadline, settlementFromAgreement } from './settlement.aggregate';

const eur = (minor: number) => money(BigInt(minor), 'EUR');

/** 600.00 agreed on a 1,000.00 balance, to pay by 31 March, 3 grace days. */
const settlement = (): Settlement =>
  settlementFromAgreement({ settlementId: 's-1', caseId: 'case-1', amount: eur(60_000), payBy: '2026-03-31', balance: eur(100_000) }, 3);

describe('applySettlementPayment', () => {
  it('accumulates payments until the agreed amount, then is fulfilled and writes the rest off', () => {
    const first = applySettlementPayment(settlement(), eur(20_000), '2026-03-01');
    expect(first.settlement.state).toBe('OPEN');
    expect(first.events).toEqual([
      { type: 'SettlementPaymentApplied', settlementId: 's-1', caseId: 'case-1', receivedOn: '2026-03-01', amount: eur(20_000), received: eur(20_000), outstanding: eur(40_000) },
    ]);
    const second = applySettlementPayment(first.settlement, eur(40_000), '2026-03-31');
    expect(second.settlement.state).toBe('FULFILLED');
    expect(second.events).toEqual([
      { type: 'SettlementFulfilled', settlementId: 's-1', caseId: 'case-1', fulfilledOn: '2026-03-31', agreedAmount: eur(60_000), received: eur(60_000), writeOff: eur(40_000), surplus: eur(0) },
    ]);
    expect(() => applySettlementPayment(second.settlement, eur(1), '2026-04-01')).toThrow(PlanClosedError);
  });

  it('still counts money received after pay-by within the grace days', () => {
    expect(settlementDeadline(settlement())).toBe('2026-04-03');
    const { settlement: s, events } = applySettlementPayment(settlement(), eur(60_000), '2026-04-03');
    expect(s.state).toBe('FULFILLED');
    expect(events[0]).toMatchObject({ fulfilledOn: '2026-04-03' });
  });

  it('reports an overpayment as surplus without shrinking the agreed write-off', () => {
    const { events } = applySettlementPayment(settlement(), eur(61_000), '2026-03-10');
    expect(events[0]).toMatchObject({ type: 'SettlementFulfilled', writeOff: eur(40_000), surplus: eur(1_000), received: eur(61_000) });
  });

  it('lapses instead of taking a payment received after the deadline', () => {
    const partly = applySettlementPayment(settlement(), eur(10_000), '2026-03-10').settlement;
    const { settlement: s, events } = applySettlementPayment(partly, eur(50_000), '2026-04-04');
    expect(s.state).toBe('LAPSED');
    expect(s.received).toEqual(eur(10_000));
    expect(events).toEqual([{ type: 'SettlementLapsed', settlementId: 's-1', caseId: 'case-1', lapsedOn: '2026-04-04', received: eur(10_000), outstanding: eur(50_000) }]);
  });

  it('refuses a payment in another currency', () => {
    expect(() => applySettlementPayment(settlement(), money(100n, 'SEK'), '2026-03-10')).toThrow(expect.objectContaining({ code: 'PAYMENTS.PLAN_PAYMENT_INVALID', category: 'invalid' }));
  });
});

describe('lapseIfOverdue', () => {
  it('leaves the settlement open through the last day of grace and lapses it the day after', () => {
    expect(lapseIfOverdue(settlement(), '2026-04-03').events).toEqual([]);
    const { settlement: s, events } = lapseIfOverdue(settlement(), '2026-04-04');
    expect(s.state).toBe('LAPSED');
    expect(events).toEqual([{ type: 'SettlementLapsed', settlementId: 's-1', caseId: 'case-1', lapsedOn: '2026-04-04', received: eur(0), outstanding: eur(60_000) }]);
    expect(lapseIfOverdue(s, '2026-04-05').events).toEqual([]);
  });

  it('leaves a fulfilled settlement alone', () => {
    const fulfilled = applySettlementPayment(settlement(), eur(60_000), '2026-03-10').settlement;
    expect(lapseIfOverdue(fulfilled, '2026-12-31').settlement).toBe(fulfilled);
  });
});

describe('settlementFromAgreement', () => {
  it.each([
    ['more than the balance', eur(100_001), eur(100_000)],
    ['nothing', eur(0), eur(100_000)],
    ['a balance in another currency', eur(1_000), money(100_000n, 'SEK')],
  ])('refuses to settle for %s', (_, amount, balance) => {
    expect(() => settlementFromAgreement({ settlementId: 's', caseId: 'c', amount, balance, payBy: '2026-03-31' }, 0)).toThrow(PlanAgreementInvalidError);
  });
});
