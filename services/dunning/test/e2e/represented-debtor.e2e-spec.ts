import { randomUUID } from 'node:crypto';
import { timestampDate, timestampFromDate } from '@bufbuild/protobuf/wkt';
import {
  CallRequestedSchema, ContactChannel as ProtoChannel, ContactDirection, ContactOutcomeRecordedSchema, ContactResult, DunningPausedSchema, LetterRequestedSchema, ThirdPartyLinkedSchema, ThirdPartyRole,
} from '@collections/contracts';
import { waitFor } from '@collections/testing';
import { startDunningApp, type DunningApp } from '../support/dunning-app';

const LAWYER_ADDRESS = { lines: ['Avenue Louise 100'], postalCode: '1050', locality: 'Ixelles', region: '', country: 'BE' };

/**
 * Over the real broker and database: a lawyer who represents the debtor does not stop dunning but
 * receives its letters and calls; a callback the debtor asks for becomes a call request inside the
 * country's calling hours.
 */
describe('a represented debtor and callbacks (real PostgreSQL and Kafka)', () => {
  let dunning: DunningApp;

  beforeAll(async () => {
    dunning = await startDunningApp();
  }, 60_000);
  afterAll(() => dunning?.close());

  it('after a lawyer’s ThirdPartyLinked, the next LetterRequested goes to the lawyer’s address, marked as going to a representative, and the case is not paused', async () => {
    const { caseId } = await dunning.openScreenedCase({ country: 'BE', kind: 'B2C' });
    await dunning.send('contact-center.interactions.v1', ThirdPartyLinkedSchema, caseId, {
      caseId, thirdPartyId: 'tp-lawyer', role: ThirdPartyRole.LAWYER, contactThroughThirdPartyOnly: true, representsDebtor: true, explanation: 'the debtor is represented by a lawyer',
      name: 'Maître Janssens', address: LAWYER_ADDRESS, phones: ['+3225550000'],
    });
    await waitFor('representative recorded', async () => (await dunning.dataSource.query(`SELECT 1 FROM case_plans WHERE case_id = $1 AND snapshot ? 'representative'`, [caseId])).length > 0);

    await dunning.advanceDays(20);
    const letters = await dunning.published(LetterRequestedSchema, caseId);
    expect(letters.length).toBeGreaterThanOrEqual(1);
    for (const letter of letters) {
      expect(letter.address).toMatchObject({ lines: LAWYER_ADDRESS.lines, postalCode: '1050', locality: 'Ixelles', country: 'BE' });
      expect(letter.representative).toMatchObject({ thirdPartyId: 'tp-lawyer', role: ThirdPartyRole.LAWYER, name: 'Maître Janssens' });
    }
    expect(await dunning.published(DunningPausedSchema, caseId)).toEqual([]);
    expect((await dunning.planOf(caseId)).state).toBe('active');
    const calls = await dunning.published(CallRequestedSchema, caseId);
    for (const call of calls) expect(call.phones).toEqual(['+3225550000']);
  }, 60_000);

  it('a callback asked for at night becomes a CallRequested at the next opening of the phone hours, for that agent, with the later windows', async () => {
    const { caseId } = await dunning.openScreenedCase({ country: 'BE', kind: 'B2C' });
    const now = await dunning.now();
    // 23:30 in Brussels two days from now (BE phone hours end at 22:00).
    const day = new Date(now.getTime() + 2 * 86_400_000).toISOString().slice(0, 10);
    const brusselsOffsetHours = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', timeZoneName: 'shortOffset' }).formatToParts(new Date(`${day}T12:00:00Z`)).find((part) => part.type === 'timeZoneName')!.value.replace('GMT', '') || '0');
    const requestedAt = new Date(Date.parse(`${day}T23:30:00Z`) - brusselsOffsetHours * 3_600_000);
    const interactionId = randomUUID();
    const agentId = randomUUID();
    await dunning.send('contact-center.interactions.v1', ContactOutcomeRecordedSchema, caseId, {
      caseId, interactionId, actionId: '', agentId, channel: ProtoChannel.PHONE, direction: ContactDirection.INBOUND, result: ContactResult.CALLBACK_REQUESTED,
      contactedAt: timestampFromDate(now), callbackAt: timestampFromDate(requestedAt), note: '',
    });
    await waitFor('callback requested', async () => (await dunning.published(CallRequestedSchema, caseId)).some((call) => call.callback));
    const call = (await dunning.published(CallRequestedSchema, caseId)).find((candidate) => candidate.callback)!;
    expect(call).toMatchObject({ actionId: `callback:${interactionId}`, step: 'callback', phones: ['+15555550100'] });
    expect(call.callback).toMatchObject({ interactionId, agentId });
    expect(timestampDate(call.callback!.requestedAt!)).toEqual(requestedAt);
    const notBefore = timestampDate(call.notBefore!);
    expect(notBefore.getTime()).toBeGreaterThan(requestedAt.getTime());
    expect(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', hour: '2-digit', minute: '2-digit' }).format(notBefore)).toBe('08:00');
    expect(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', hour: '2-digit', minute: '2-digit' }).format(timestampDate(call.notAfter!))).toBe('22:00');
    expect(call.callback!.laterWindows.length).toBeGreaterThan(0);
    expect(timestampDate(call.callback!.laterWindows[0]!.notBefore!).getTime()).toBeGreaterThanOrEqual(timestampDate(call.notAfter!).getTime());
  }, 60_000);
});
