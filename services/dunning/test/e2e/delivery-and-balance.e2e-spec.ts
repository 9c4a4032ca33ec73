import {
  Audience, BalanceComponent, ChargesAppliedSchema, ContactChannel, LetterRequestedSchema, MessageRequestedSchema, NotificationFailedSchema, NotificationFailure, PaymentAllocatedSchema, PaymentReceivedSchema,
} from '@collections/contracts';
import { waitFor } from '@collections/testing';
import { startDunningApp, type DunningApp } from '../support/dunning-app';

const eur = (amountMinor: bigint) => ({ amountMinor, currency: 'EUR' });
const total = (balance: { principal?: { amountMinor: bigint }; interest?: { amountMinor: bigint }; costs?: { amountMinor: bigint }; charges?: { amountMinor: bigint } } | undefined) =>
  (balance?.principal?.amountMinor ?? 0n) + (balance?.interest?.amountMinor ?? 0n) + (balance?.costs?.amountMinor ?? 0n) + (balance?.charges?.amountMinor ?? 0n);

describe('what notifications and payments tell dunning (real PostgreSQL and Kafka)', () => {
  let dunning: DunningApp;

  beforeAll(async () => {
    dunning = await startDunningApp();
  }, 60_000);
  afterAll(() => dunning?.close());

  const applied = (caseId: string, type: string, count = 1) =>
    waitFor(`${type} applied to ${caseId}`, async () => Number((await dunning.dataSource.query(`SELECT count(*) FROM inbox_messages WHERE event_type LIKE $1`, [`%${type}`]))[0].count) >= count);

  it('stops using a channel whose delivery failed for good (a hard bounce), and keeps one that failed for a passing reason', async () => {
    const bounced = await dunning.openScreenedCase({ country: 'NL', kind: 'B2C' });
    const outage = await dunning.openScreenedCase({ country: 'NL', kind: 'B2C' });
    const failed = (caseId: string, failure: NotificationFailure, permanent: boolean) =>
      dunning.send('notifications.deliveries.v1', NotificationFailedSchema, caseId, { caseId, notificationId: `n-${caseId}`, actionId: `a-${caseId}`, audience: Audience.DEBTOR, channel: ContactChannel.EMAIL, failure, permanent, detail: '550 5.1.1' });

    await failed(bounced.caseId, NotificationFailure.INVALID_RECIPIENT, true);
    await failed(outage.caseId, NotificationFailure.PROVIDER_ERROR, true);
    await waitFor('the bounce applied', async () => ((await dunning.planOf(bounced.caseId)).droppedChannels as string[]).includes('EMAIL'));
    await applied(outage.caseId, 'NotificationFailed', 2);

    expect((await dunning.planOf(outage.caseId)).droppedChannels).toEqual([]);
    await dunning.advanceDays(45);
    // Every later e-mail step of the bounced case is skipped; the other case still gets its e-mails.
    const emails = async (caseId: string) => (await dunning.published(MessageRequestedSchema, caseId)).filter((message) => message.channel === ContactChannel.EMAIL);
    expect(await emails(bounced.caseId)).toEqual([]);
    expect((await emails(outage.caseId)).length).toBeGreaterThan(0);
  });

  it("puts on its letters the balance payments keeps: its own charges, less what each payment was allocated to", async () => {
    const { caseId } = await dunning.openScreenedCase({ country: 'FR', kind: 'B2B', principalMinor: 500_000n });
    await dunning.advanceDays(1);
    const charged = (await dunning.published(ChargesAppliedSchema, caseId)).flatMap((applied) => applied.charges).reduce((sum, charge) => sum + (charge.amount?.amountMinor ?? 0n), 0n);
    expect(charged).toBeGreaterThan(0n);

    // French order: the charges first, then principal.
    const paymentId = `p-${caseId}`;
    await dunning.send('payments.ledger.v1', PaymentReceivedSchema, caseId, { caseId, paymentId, amount: eur(100_000n) });
    await dunning.send('payments.ledger.v1', PaymentAllocatedSchema, caseId, {
      caseId, paymentId, allocations: [{ component: BalanceComponent.CHARGES, amount: eur(charged) }, { component: BalanceComponent.PRINCIPAL, amount: eur(100_000n - charged) }],
    });
    await applied(caseId, 'PaymentAllocated');
    const lettersBefore = (await dunning.published(LetterRequestedSchema, caseId)).length;
    await dunning.advanceDays(40);

    const later = (await dunning.published(LetterRequestedSchema, caseId)).slice(lettersBefore);
    expect(later.length).toBeGreaterThan(0);
    // What is left: 5,000.00 + the charges − 1,000.00, all of it principal unless a later step charged more.
    const laterCharges = (await dunning.published(ChargesAppliedSchema, caseId)).flatMap((applied) => applied.charges).reduce((sum, charge) => sum + (charge.amount?.amountMinor ?? 0n), 0n) - charged;
    expect(later[0]!.balance?.principal?.amountMinor).toBe(500_000n - (100_000n - charged));
    expect(total(later.at(-1)!.balance)).toBe(500_000n + charged + laterCharges - 100_000n);
  });
});
