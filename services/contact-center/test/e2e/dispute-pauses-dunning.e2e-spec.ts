import { randomUUID } from 'node:crypto';
import { fromBinary } from '@bufbuild/protobuf';
import { CaseOpenedSchema, ContactChannel, DebtCategory, DebtorScreenedSchema, DunningPausedSchema, DunningResumedSchema, PauseReason, ScreeningVerdict } from '@collections/contracts';
import { collectMessages, waitFor } from '@collections/testing';
import { startContactCenterApp, type ContactCenterApp } from '../support/contact-center-app';
import { startDunningProcess, type DunningProcess } from '../support/dunning-process';

/**
 * Across services, over the real broker: an agent opens a dispute in contact-center, DisputeOpened
 * travels through Kafka to the dunning service (its own process and database), which pauses the
 * case; the resolution resumes it.
 */
describe('a dispute pauses dunning and its resolution resumes it (contact-center and dunning as separate processes)', () => {
  let center: ContactCenterApp;
  let dunning: DunningProcess;
  let collector: Awaited<ReturnType<typeof collectMessages>>;

  beforeAll(async () => {
    center = await startContactCenterApp();
    dunning = await startDunningProcess();
    collector = await collectMessages(['dunning.actions.v1']);
  }, 120_000);

  afterAll(async () => {
    await collector?.stop();
    await dunning?.stop();
    await center?.close();
  }, 60_000);

  const dunningEvents = <T>(schema: typeof DunningPausedSchema | typeof DunningResumedSchema, caseId: string) =>
    collector.received.filter((item) => item.header('ce_type') === schema.typeName && item.message.key?.toString() === caseId).map((item) => fromBinary(schema, item.message.value!) as T);
  const planState = async (caseId: string) => ((await (await fetch(`${dunning.url}/ops/cases/${caseId}/plan`, { headers: dunning.operator })).json()) as { state?: string }).state;

  it('pauses the case when the agent opens a dispute, and resumes it when the dispute is resolved', async () => {
    const caseId = randomUUID();
    const address = { lines: ['Rue Haute 5'], postalCode: '1000', locality: 'Bruxelles', country: 'BE', region: '' };
    await center.send('intake.cases.v1', CaseOpenedSchema, caseId, {
      caseId, creditorId: randomUUID(), creditorReference: 'INV-XS-1', category: DebtCategory.CONSUMER,
      debtor: { party: { case: 'person', value: { givenNames: 'Hélène', familyName: 'Dubois' } }, language: 'fr', country: 'BE', addresses: [address] },
      accountingSheet: { invoices: [{ number: 'F-1', issueDate: '2026-08-01', dueDate: '2026-09-01', principal: { amountMinor: 80_000n, currency: 'EUR' } }] },
    });
    await center.send('screening.verdicts.v1', DebtorScreenedSchema, caseId, {
      caseId, debtorIdentityId: randomUUID(), verdict: ScreeningVerdict.CLEAR, usableChannels: [ContactChannel.LETTER, ContactChannel.PHONE], contacts: { addresses: [address], phones: ['+32470123456'], emails: [] },
    });
    await waitFor('dunning plan active', async () => (await planState(caseId)) === 'active', { timeoutMs: 30_000 });
    await waitFor('contact-center knows the case', async () => (await center.dataSource.query(`SELECT 1 FROM cases WHERE case_id = $1`, [caseId])).length > 0);

    const agent = await center.agent();
    const { disputeId } = (await center.http().post(`/v1/agent/cases/${caseId}/disputes`).set(agent.auth).send({ ground: 'DEFECTIVE_GOODS_OR_SERVICE', summary: 'The boiler never worked.' }).expect(201)).body;
    await waitFor('dunning paused', async () => dunningEvents(DunningPausedSchema, caseId).length > 0, { timeoutMs: 30_000 });
    expect(dunningEvents<{ reason: PauseReason; causeId: string }>(DunningPausedSchema, caseId)[0]).toMatchObject({ reason: PauseReason.DISPUTE, causeId: disputeId });
    expect(await planState(caseId)).toBe('paused');

    await center.http().post(`/v1/agent/disputes/${disputeId}/resolution`).set(agent.auth).send({ resolution: 'CLAIM_UPHELD', explanation: 'The creditor sent the commissioning report.' }).expect(204);
    await waitFor('dunning resumed', async () => dunningEvents(DunningResumedSchema, caseId).length > 0, { timeoutMs: 30_000 });
    expect(dunningEvents<{ endedPause: PauseReason }>(DunningResumedSchema, caseId)[0]).toMatchObject({ endedPause: PauseReason.DISPUTE });
    expect(await planState(caseId)).toBe('active');
  }, 120_000);
});
