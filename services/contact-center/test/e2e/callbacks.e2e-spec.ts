import { randomUUID } from 'node:crypto';
import { CaseOpenedSchema, ContactChannel, DebtCategory, DebtorScreenedSchema, ScreeningVerdict } from '@collections/contracts';
import { waitFor } from '@collections/testing';
import { startContactCenterApp, type ContactCenterApp } from '../support/contact-center-app';
import { startDunningProcess, type DunningProcess } from '../support/dunning-process';

const brusselsTime = (instant: Date) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', hour: '2-digit', minute: '2-digit' }).format(instant);
/** `day` at `hhmm` Brussels time, as an instant. */
function inBrussels(day: string, hhmm: string): Date {
  const offset = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', timeZoneName: 'shortOffset' }).formatToParts(new Date(`${day}T12:00:00Z`)).find((part) => part.type === 'timeZoneName')!.value.replace('GMT', '');
  return new Date(Date.parse(`${day}T${hhmm}:00Z`) - Number(offset || '0') * 3_600_000);
}

type Callback = { taskId: string; caseId: string; requestedAt: string; callableFrom: string; callableUntil: string; heldForYouUntil: string; overdue: boolean; dueNow: boolean; takenBy: string | null };

/**
 * Across services, over the real broker: an agent records that the debtor asked to be called back at
 * 23:30; dunning (its own process) finds the lawful window (BE phone hours 08:00–22:00, Monday to
 * Saturday, not on holidays) and contact-center turns it into a callback held for that agent at the
 * window's opening, which falls to the queue if the agent does not take it, and stays overdue rather
 * than vanish when its window passes.
 */
describe('callbacks: a callback requested at a time becomes a task at that time for that agent, within the calling window (contact-center and dunning as separate processes)', () => {
  let center: ContactCenterApp;
  let dunning: DunningProcess;

  beforeAll(async () => {
    center = await startContactCenterApp();
    dunning = await startDunningProcess();
  }, 120_000);

  afterAll(async () => {
    await dunning?.stop();
    await center?.close();
  }, 60_000);

  const centerNow = async () => new Date(((await center.http().get('/ops/clock').expect(200)).body as { now: string }).now);
  const advanceTo = async (instant: Date) => {
    const by = instant.getTime() - (await centerNow()).getTime();
    if (by > 0) await center.advance(`${by}ms`);
  };
  const next = async (auth: Record<string, string>) => {
    const answer = await center.http().post('/v1/agent/tasks/next').set(auth);
    return answer.status === 204 ? undefined : (answer.body as { taskId: string; kind: string; overdue?: boolean; details: Record<string, unknown> });
  };
  const callbacksOf = async (auth: Record<string, string>) => ((await center.http().get('/v1/agent/callbacks').set(auth).expect(200)).body as { callbacks: Callback[] }).callbacks;
  /** A Belgian consumer case opened and screened clear (by phone too when it has phones), once both services know it. */
  const openScreenedCase = async (givenNames: string, familyName: string, phones: string[]) => {
    const caseId = randomUUID();
    const address = { lines: ['Rue Haute 5'], postalCode: '1000', locality: 'Bruxelles', country: 'BE', region: '' };
    await center.send('intake.cases.v1', CaseOpenedSchema, caseId, {
      caseId, creditorId: randomUUID(), creditorReference: `INV-CB-${caseId.slice(0, 8)}`, category: DebtCategory.CONSUMER,
      debtor: { party: { case: 'person', value: { givenNames, familyName } }, language: 'fr', country: 'BE', addresses: [address] },
      accountingSheet: { invoices: [{ number: 'F-1', issueDate: '2026-08-01', dueDate: '2026-09-01', principal: { amountMinor: 80_000n, currency: 'EUR' } }] },
    });
    await center.send('screening.verdicts.v1', DebtorScreenedSchema, caseId, {
      caseId, debtorIdentityId: randomUUID(), verdict: ScreeningVerdict.CLEAR, usableChannels: phones.length > 0 ? [ContactChannel.LETTER, ContactChannel.PHONE] : [ContactChannel.LETTER],
      contacts: { addresses: [address], phones, emails: [] },
    });
    await waitFor('dunning knows the case', async () => ((await (await fetch(`${dunning.url}/ops/cases/${caseId}/plan`, { headers: dunning.operator })).json()) as { state?: string }).state === 'active', { timeoutMs: 30_000 });
    await waitFor('contact-center knows the case', async () => (await center.dataSource.query(`SELECT 1 FROM cases WHERE case_id = $1`, [caseId])).length > 0);
    return caseId;
  };

  it('is held for the agent at the opening of the calling hours, falls to the queue after 30 minutes, and stays overdue after its window', async () => {
    const caseId = await openScreenedCase('Hélène', 'Dubois', ['+32470123456']);

    const sofie = await center.agent({ countries: ['BE'], languages: ['fr'] });
    const lucas = await center.agent({ countries: ['BE'], languages: ['fr'] });
    // Sofie calls the debtor, who asks to be called back at 23:30 (Brussels) two days from now: after the phone hours end (22:00).
    const actionId = await center.requestCall(caseId);
    const call = await next(sofie.auth);
    expect(call).toMatchObject({ kind: 'CALL' });
    const day = new Date((await centerNow()).getTime() + 2 * 86_400_000).toISOString().slice(0, 10);
    const requestedAt = inBrussels(day, '23:30');
    const { interactionId } = (await center.http().post(`/v1/agent/tasks/${call!.taskId}/outcome`).set(sofie.auth)
      .send({ result: 'CALLBACK_REQUESTED', callbackAt: requestedAt.toISOString(), note: 'Works late; call back tonight.', minutesSpent: 3 }).expect(201)).body as { interactionId: string };
    expect(actionId).toBeTruthy();

    await waitFor('callback queued', async () => (await center.dataSource.query(`SELECT 1 FROM tasks WHERE action_id = $1`, [`callback:${interactionId}`])).length > 0, { timeoutMs: 30_000 });
    const [callback] = await callbacksOf(sofie.auth);
    expect(callback).toMatchObject({ caseId, requestedAt: requestedAt.toISOString(), overdue: false, dueNow: false, takenBy: null });
    // The window respects the calling hours: not at 23:30, but at the next opening, 08:00, until 22:00.
    const callableFrom = new Date(callback!.callableFrom);
    expect(callableFrom.getTime()).toBeGreaterThan(requestedAt.getTime());
    expect(callableFrom.getTime() - requestedAt.getTime()).toBeLessThan(4 * 86_400_000);
    expect(brusselsTime(callableFrom)).toBe('08:00');
    expect(brusselsTime(new Date(callback!.callableUntil))).toBe('22:00');
    expect(new Date(callback!.heldForYouUntil).getTime() - callableFrom.getTime()).toBe(30 * 60_000);
    expect(await callbacksOf(lucas.auth)).toEqual([]);

    // Not before its time: at 07:59 nobody gets it.
    await advanceTo(new Date(callableFrom.getTime() - 60_000));
    expect((await next(sofie.auth))?.kind).not.toBe('CALLBACK');

    // At 08:00 an ordinary call with a far larger balance is queued too. Lucas asks first: the callback is held for Sofie.
    await advanceTo(new Date(callableFrom.getTime() + 1_000));
    await center.requestCall(caseId, { balanceMinor: 100_000_000n });
    const lucasFirst = await next(lucas.auth);
    expect(lucasFirst?.kind).not.toBe('CALLBACK');
    // Sofie gets the callback at the top of her queue, with the debtor's number.
    const sofieTask = await next(sofie.auth);
    expect(sofieTask).toMatchObject({ taskId: callback!.taskId, kind: 'CALLBACK', overdue: false, details: expect.objectContaining({ phones: ['+32470123456'] }) });
    // She does not take it (gives it back): during the hold nobody else gets it.
    await center.http().post(`/v1/agent/tasks/${callback!.taskId}/release`).set(sofie.auth).expect(204);
    expect((await next(lucas.auth))?.taskId).not.toBe(callback!.taskId);

    // 30 minutes on, it falls to the queue: Lucas gets it.
    await advanceTo(new Date(callableFrom.getTime() + 31 * 60_000));
    const fallen = await next(lucas.auth);
    expect(fallen).toMatchObject({ taskId: callback!.taskId, kind: 'CALLBACK' });
    await center.http().post(`/v1/agent/tasks/${callback!.taskId}/release`).set(lucas.auth).expect(204);

    // Nobody calls back before 22:00: the callback stays, overdue, moved to the next lawful window (08:00 on a later day).
    await advanceTo(new Date(new Date(callback!.callableUntil).getTime() + 60_000));
    const [overdue] = await callbacksOf(sofie.auth);
    expect(overdue).toMatchObject({ taskId: callback!.taskId, overdue: true });
    expect(new Date(overdue!.callableFrom).getTime()).toBeGreaterThan(new Date(callback!.callableUntil).getTime());
    expect(brusselsTime(new Date(overdue!.callableFrom))).toBe('08:00');
    await advanceTo(new Date(overdue!.callableFrom));
    expect(await next(lucas.auth)).toMatchObject({ taskId: callback!.taskId, kind: 'CALLBACK', overdue: true });
  }, 180_000);

  it('tells the agent when dunning declines a callback: a debtor with no usable phone gets no call, and the agent sees why', async () => {
    // Screening found no phone: letters only.
    const caseId = await openScreenedCase('Marc', 'Lemaire', []);

    // The debtor phones in from a withheld number and asks to be called back tomorrow at 10:00.
    const agent = await center.agent({ countries: ['BE'], languages: ['fr'] });
    const requestedAt = new Date((await centerNow()).getTime() + 86_400_000);
    const { interactionId } = (await center.http().post(`/v1/agent/cases/${caseId}/interactions`).set(agent.auth)
      .send({ result: 'CALLBACK_REQUESTED', callbackAt: requestedAt.toISOString(), minutesSpent: 2 }).expect(201)).body as { interactionId: string };

    type Declined = { caseId: string; interactionId: string; requestedAt: string; declinedAt: string; reason: string; explanation: string };
    const answer = async () => (await center.http().get('/v1/agent/callbacks').set(agent.auth).expect(200)).body as { callbacks: Callback[]; declined: Declined[] };
    await waitFor('the callback declined', async () => (await answer()).declined.length > 0, { timeoutMs: 30_000 });
    const { callbacks, declined } = await answer();
    expect(callbacks).toEqual([]);
    expect(declined).toEqual([{ caseId, interactionId, requestedAt: requestedAt.toISOString(), declinedAt: expect.any(String), reason: 'NO_PHONE', explanation: expect.stringMatching(/no usable phone/i) }]);
    expect(await center.dataSource.query(`SELECT 1 FROM tasks WHERE action_id = $1`, [`callback:${interactionId}`])).toEqual([]);
  }, 120_000);
});
