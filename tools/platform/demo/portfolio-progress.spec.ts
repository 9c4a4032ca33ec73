import { Audience, ContactChannel, ContactResult, PauseReason, PaymentMethod, ScreeningVerdict } from '@collections/contracts';
import { PortfolioProgress, formatMinor } from './portfolio-progress';
import { progressLine, progressTable, ProgressDisplay } from './progress-display';
import { summaryTable } from './summary-table';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const C = '00000000-0000-4000-8000-00000000000c';
const money = (amountMinor: bigint, currency = 'EUR') => ({ amountMinor, currency });

describe('PortfolioProgress', () => {
  const events = [
    { name: 'CaseOpened', key: A, data: { accountingSheet: { invoices: [{ principal: money(10_000n) }], partialPayments: [], interest: money(500n) } } },
    { name: 'DebtorScreened', key: A, data: { verdict: ScreeningVerdict.CLEAR } },
    { name: 'DebtorScreened', key: B, data: { verdict: ScreeningVerdict.SUSPENDED } },
    { name: 'DebtorScreened', key: C, data: { verdict: ScreeningVerdict.CLEAR } },
    { name: 'NotificationSent', key: A, data: { audience: Audience.DEBTOR, channel: ContactChannel.LETTER, templateKey: 'be.b2c.first-reminder' } },
    { name: 'NotificationSent', key: A, data: { audience: Audience.DEBTOR, channel: ContactChannel.EMAIL, templateKey: 'be.b2c.reminder-email' } },
    { name: 'NotificationSent', key: A, data: { audience: Audience.CREDITOR, channel: ContactChannel.EMAIL, templateKey: 'creditor.remittance' } },
    { name: 'NotificationSent', key: C, data: { audience: Audience.DEBTOR, channel: ContactChannel.LETTER, templateKey: 'se.b2c.formal-notice' } },
    { name: 'ContactOutcomeRecorded', key: C, data: { channel: ContactChannel.PHONE, result: ContactResult.PROMISE_TO_PAY } },
    { name: 'DunningPaused', key: C, data: { reason: PauseReason.DISPUTE } },
    { name: 'PaymentReceived', key: A, data: { amount: money(10_500n), method: PaymentMethod.CARD } },
    { name: 'PaymentReceived', key: C, data: { amount: money(2_000n, 'SEK'), method: PaymentMethod.PAID_TO_CREDITOR } },
    { name: 'PaymentAllocated', key: A, data: { remaining: { principal: money(0n), interest: money(0n), costs: money(0n), charges: money(0n) } } },
    { name: 'CasePaidInFull', key: A, data: {} },
    { name: 'RemittanceIssued', key: 'creditor-1', data: { lines: [{ caseId: A, paidOut: money(9_000n), commission: money(1_500n) }] } },
    { name: 'DebtorScreened', key: 'somebody-else', data: { verdict: ScreeningVerdict.CLEAR } },
  ];

  const follow = () => {
    const progress = new PortfolioProgress();
    progress.track(A, { creditor: 'acme', country: 'BE', currency: 'EUR' });
    progress.track(B, { creditor: 'acme', country: 'BE', currency: 'EUR' });
    // C's first events arrive before the demo knows the case: they are kept and applied when it is tracked.
    progress.observe(events.slice(0, 10));
    progress.track(C, { creditor: 'nord', country: 'SE', currency: 'SEK' });
    progress.observe(events);
    return progress;
  };

  it('puts each case in one state from the events it went through', () => {
    const progress = follow();
    expect([progress.state(A), progress.state(B), progress.state(C)]).toEqual(['paid', 'suspended', 'disputed']);
    expect(progress.stateCounts()).toMatchObject({ paid: 1, suspended: 1, disputed: 1, dunning: 0, screening: 0 });
    expect(progress.formalNoticeSent(C)).toBe(true);
    expect(progress.formalNoticeSent(A)).toBe(false);
    expect(progress.agentBalance(A)).toBe(0n);
  });

  it('counts debtor contacts and money per creditor and country, not the creditor’s own e-mails nor money paid to the creditor', () => {
    const [acme, nord] = follow().groups();
    expect(acme).toMatchObject({ creditor: 'acme', country: 'BE', cases: 2, letters: 1, emails: 1, calls: 0, collectedMinor: 10_500n, remittedMinor: 9_000n, commissionMinor: 1_500n });
    expect(nord).toMatchObject({ creditor: 'nord', country: 'SE', cases: 1, letters: 1, calls: 1, collectedMinor: 0n });
  });

  it('reads each event once however often it is fed the growing list', () => {
    const progress = follow();
    progress.observe(events);
    progress.observe(events);
    expect(progress.groups()[0]!.letters).toBe(1);
  });

  it('draws a live table, a plain line and the summary', () => {
    const progress = follow();
    const frame = { day: 3, days: 60, date: '2026-11-26', placed: 3, total: 3, note: '1 card payments' };
    expect(progressLine(progress, frame)).toBe(
      'day 3/60 2026-11-26: 3 placed; disputed 1, suspended 1, paid 1; letters 2, e-mails 1, SMS 0, calls 1; collected EUR 105.00; remitted EUR 90.00 — 1 card payments',
    );
    const table = progressTable(progress, frame, 60);
    expect(table.every((line) => line.length <= 60)).toBe(true);
    expect(table[1]).toContain('dunning 0');
    expect(progressTable(progress, frame).every((line) => line.length <= 80)).toBe(true);

    let written = '';
    const display = new ProgressDisplay({ write: (text: string) => (written += text), isTTY: true, columns: 120 });
    display.render(progress, frame);
    display.render(progress, { ...frame, day: 4 });
    expect(written).toContain(`\x1b[${table.length}A`);

    const summary = summaryTable(follow().groups(), { acme: 'Acme Energy SA' }).split('\n');
    expect(summary[0]).toMatch(/^creditor\s+cty\s+cases\s+dispute\s+suspend\s+paid\s+letters/);
    expect(summary.find((line) => line.startsWith('Acme Energy SA'))).toMatch(/BE\s+2\s+0\s+1\s+1\s+1\s+1\s+0\s+0\s+EUR\s+105\.00\s+90\.00\s+15\.00$/);
    expect(summary.filter((line) => line.startsWith('total'))).toHaveLength(2);
  });

  it('formats minor units with thousands separators', () => {
    expect(formatMinor(123_456_789n)).toBe('1,234,567.89');
    expect(formatMinor(5n)).toBe('0.05');
    expect(formatMinor(-100n)).toBe('-1.00');
  });
});
