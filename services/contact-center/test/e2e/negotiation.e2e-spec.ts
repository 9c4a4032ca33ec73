import { randomUUID } from 'node:crypto';
import {
  CreditorApprovalRequestedSchema, CreditorInstructedSchema, CreditorInstructionKind, DisputeGround, DisputeOpenedSchema, DisputeResolution, DisputeResolvedSchema, InformationRequestedSchema,
  InformationTopic, PaymentPlanAgreedSchema, SettlementAgreedSchema, ThirdPartyLinkedSchema, ThirdPartyRole,
} from '@collections/contracts';
import { waitFor } from '@collections/testing';
import { OPERATOR, startContactCenterApp, type ContactCenterApp } from '../support/contact-center-app';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const amount = (amountMinor: bigint | string, currency = 'EUR') => ({ amountMinor: String(amountMinor), currency });
/**
 * The `index`-th monthly due date: a week from today, then the same day of each later month (at most
 * the 28th), so no two instalments share a calendar month, which affordability compares month by month.
 */
const monthlyDueDate = (index: number) => {
  const first = new Date(Date.now() + 7 * 86_400_000);
  return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + index, Math.min(first.getUTCDate(), 28))).toISOString().slice(0, 10);
};
/** A plan of `count` monthly instalments splitting `total` exactly (the last takes the rest). */
const planOf = (total: bigint, count: number, currency = 'EUR') =>
  Array.from({ length: count }, (_, index) => ({ number: index + 1, dueDate: monthlyDueDate(index), amount: amount(index < count - 1 ? total / BigInt(count) : total - (total / BigInt(count)) * BigInt(count - 1), currency) }));

describe('negotiation: the EUR 50,000 authority limit, creditor approval, disputes (real PostgreSQL and Kafka)', () => {
  let center: ContactCenterApp;
  let auth: { Authorization: string };

  beforeAll(async () => {
    center = await startContactCenterApp();
    auth = (await center.agent({ countries: ['BE', 'SE', 'GB', 'FR'], languages: ['fr', 'sv', 'en'] })).auth;
    await center.http().put('/ops/exchange-rates').set(OPERATOR).send({ asOf: day(0), eurPer: { SEK: '0.0871', GBP: '1.1650' } }).expect(204);
  }, 60_000);
  afterAll(() => center?.close());

  const propose = (caseId: string, instalments: unknown[]) => center.http().post(`/v1/agent/cases/${caseId}/plans`).set(auth).send({ instalments, explanation: 'Stable income, asks for time.' });

  it('agrees a plan on EUR 49,999.99 at once, and asks the creditor for EUR 50,000.00', async () => {
    const below = await center.openCase({ principalMinor: 4_999_999n });
    const at = await center.openCase({ principalMinor: 5_000_000n });
    expect((await propose(below, planOf(4_999_999n, 10)).expect(201)).body).toMatchObject({ status: 'agreed' });
    expect((await propose(at, planOf(5_000_000n, 10)).expect(201)).body).toMatchObject({ status: 'awaiting_creditor' });

    expect(await center.published(PaymentPlanAgreedSchema, below)).toEqual([expect.objectContaining({ caseId: below, approvalRequestId: '' })]);
    expect(await center.published(PaymentPlanAgreedSchema, at)).toEqual([]);
    const [request] = await center.published(CreditorApprovalRequestedSchema, at);
    expect(request).toMatchObject({ caseId: at, proposal: expect.objectContaining({ case: 'paymentPlan' }), explanation: 'Stable income, asks for time.' });
    expect(request!.answerBy > day(0)).toBe(true);
  });

  it('converts a SEK or GBP balance with the rates table before comparing it with EUR 50,000', async () => {
    // SEK 574,000.00 × 0.0871 = EUR 49,995.40: below. GBP 42,918.46 × 1.1650 = EUR 50,000.01: above.
    const sek = await center.openCase({ principalMinor: 57_400_000n, currency: 'SEK', country: 'SE', language: 'sv' });
    const gbp = await center.openCase({ principalMinor: 4_291_846n, currency: 'GBP', country: 'GB', language: 'en' });
    expect((await propose(sek, planOf(57_400_000n, 12, 'SEK')).expect(201)).body.status).toBe('agreed');
    expect((await propose(gbp, planOf(4_291_846n, 12, 'GBP')).expect(201)).body.status).toBe('awaiting_creditor');
  });

  it('refuses a rates table with a rate that is not a positive decimal, naming the currency', async () => {
    const refused = await center.http().put('/ops/exchange-rates').set(OPERATOR).send({ asOf: day(0), eurPer: { SEK: '0', GBP: 'abc' } });
    expect(refused.status).toBe(422);
    expect(refused.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(expect.arrayContaining([expect.stringContaining('GBP'), expect.stringContaining('SEK')]));
  });

  it('agrees the plan when the creditor approves, and nothing when it refuses', async () => {
    const approved = await center.openCase({ principalMinor: 9_000_000n });
    const refused = await center.openCase({ principalMinor: 9_000_000n });
    const [first, second] = [(await propose(approved, planOf(9_000_000n, 24)).expect(201)).body, (await propose(refused, planOf(9_000_000n, 24)).expect(201)).body];
    const answer = (caseId: string, requestId: string, kind: CreditorInstructionKind) =>
      center.send('intake.cases.v1', CreditorInstructedSchema, caseId, { caseId, creditorId: randomUUID(), instructionId: randomUUID(), kind, inReplyTo: requestId, note: '' });
    await answer(approved, first.approvalRequestId, CreditorInstructionKind.APPROVE);
    await answer(refused, second.approvalRequestId, CreditorInstructionKind.DECLINE);

    await waitFor('plan agreed after approval', async () => (await center.published(PaymentPlanAgreedSchema, approved)).length === 1);
    expect((await center.published(PaymentPlanAgreedSchema, approved))[0]).toMatchObject({ approvalRequestId: first.approvalRequestId, planId: first.negotiationId });
    await waitFor('refusal recorded', async () => (await center.dataSource.query(`SELECT status FROM negotiations WHERE id = $1`, [second.negotiationId]))[0].status === 'declined_by_creditor');
    expect(await center.published(PaymentPlanAgreedSchema, refused)).toEqual([]);
  });

  it('settles below the authority limit at once, never above the balance or below the creditor floor', async () => {
    const caseId = await center.openCase({ principalMinor: 200_000n });
    const above = await center.http().post(`/v1/agent/cases/${caseId}/settlements`).set(auth).send({ amount: amount(200_001n), payBy: day(10) });
    expect(above.status).toBe(422);
    expect(above.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'SETTLEMENT_NOT_BELOW_BALANCE' })]));
    const tooLow = await center.http().post(`/v1/agent/cases/${caseId}/settlements`).set(auth).send({ amount: amount(100_000n), payBy: day(10) });
    expect(tooLow.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'BELOW_SETTLEMENT_FLOOR' })]));
    await center.http().post(`/v1/agent/cases/${caseId}/settlements`).set(auth).send({ amount: amount(150_000n), payBy: day(10) }).expect(201);
    expect(await center.published(SettlementAgreedSchema, caseId)).toEqual([expect.objectContaining({ payBy: day(10), amount: expect.objectContaining({ amountMinor: 150_000n }) })]);
  });

  it('refuses a plan that does not add up, with dates in the past, or beyond what the declaration leaves to pay', async () => {
    const caseId = await center.openCase({ principalMinor: 120_000n });
    const short = planOf(120_000n, 3).map((instalment, index) => (index === 2 ? { ...instalment, amount: amount(39_999n) } : instalment));
    const wrongSum = await propose(caseId, short);
    expect(wrongSum.status).toBe(422);
    expect(wrongSum.body.errors).toEqual(expect.arrayContaining([
      expect.objectContaining({ field: 'instalments', code: 'TOTAL_MISMATCH', reason: 'the instalments add up to 1199.99 EUR, 0.01 EUR less than the balance of 1200.00 EUR' }),
    ]));
    const pastDates = await propose(caseId, [{ number: 1, dueDate: day(-3), amount: amount(120_000n) }]);
    expect(pastDates.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: expect.stringContaining('dueDate') })]));

    await center.http().put(`/v1/agent/cases/${caseId}/declaration`).set(auth).send({ monthlyIncomeMinor: '180000', monthlyChargesMinor: '170000', dependants: 2, currency: 'EUR', declaredOn: day(0) }).expect(204);
    const unaffordable = await propose(caseId, planOf(120_000n, 2));
    expect(unaffordable.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'NOT_AFFORDABLE' })]));
    expect((await propose(caseId, planOf(120_000n, 12)).expect(201)).body.status).toBe('agreed');
  });

  it('opens a dispute, asks the creditor for documents and resolves it, each as an event', async () => {
    const caseId = await center.openCase({ principalMinor: 80_000n });
    const receipt = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(300_000, 0x20)]);
    const disguised = await center.http().post(`/v1/agent/cases/${caseId}/disputes`).set(auth)
      .send({ ground: 'ALREADY_PAID', summary: 'Paid in cash in April.', documents: [{ fileName: 'receipt.pdf', mediaType: 'application/pdf', contentBase64: Buffer.from('MZ\u0090\u0000').toString('base64') }] });
    expect(disguised.status).toBe(422);
    expect(disguised.body.errors).toEqual([expect.objectContaining({ field: 'documents[0].content', code: 'UNSUPPORTED_TYPE' })]);
    const { disputeId, documentIds } = (await center.http().post(`/v1/agent/cases/${caseId}/disputes`).set(auth)
      .send({ ground: 'ALREADY_PAID', summary: 'Paid in cash in April.', documents: [{ fileName: 'receipt.pdf', mediaType: 'application/pdf', contentBase64: receipt.toString('base64') }] }).expect(201)).body;
    const kept = await center.http().get(`/v1/agent/disputes/${disputeId}/documents/${documentIds[0]}`).set(auth).buffer(true).expect(200);
    expect(Buffer.compare(kept.body as Buffer, receipt)).toBe(0);
    expect(await center.published(DisputeOpenedSchema, caseId)).toEqual([expect.objectContaining({ disputeId, ground: DisputeGround.ALREADY_PAID })]);
    await center.http().post(`/v1/agent/disputes/${disputeId}/document-requests`).set(auth).send({ question: 'Please send the delivery note and the cash register log.', answerBy: day(14) }).expect(201);
    expect(await center.published(InformationRequestedSchema, caseId)).toEqual([expect.objectContaining({ disputeId, topic: InformationTopic.SUPPORTING_DOCUMENTS, answerBy: day(14) })]);

    const reduce = (reductionMinor: bigint) => center.http().post(`/v1/agent/disputes/${disputeId}/resolution`).set(auth).send({ resolution: 'AMOUNT_REDUCED', reduction: amount(reductionMinor), explanation: 'Half was paid.' });
    expect((await reduce(80_000n)).status).toBe(422);
    await reduce(40_000n).expect(204);
    expect(await center.published(DisputeResolvedSchema, caseId)).toEqual([expect.objectContaining({ resolution: DisputeResolution.AMOUNT_REDUCED, reduction: expect.objectContaining({ amountMinor: 40_000n }) })]);
    expect((await reduce(10_000n)).status).toBe(409);
  });

  it('links an heir and queues the heir search', async () => {
    const caseId = await center.openCase();
    const linked = (await center.http().post(`/v1/agent/cases/${caseId}/third-parties`).set(auth).send({ role: 'HEIR', name: 'Jeanne Dubois', contact: { phone: '+32470999888' } }).expect(201)).body;
    expect(linked.effect).toMatchObject({ heirSearch: true });
    expect(await center.dataSource.query(`SELECT kind FROM tasks WHERE case_id = $1`, [caseId])).toEqual([{ kind: 'HEIR_SEARCH' }]);
    const mediator = (await center.http().post(`/v1/agent/cases/${caseId}/third-parties`).set(auth).send({ role: 'DEBT_MEDIATOR', name: 'Maître Leroy', contact: { email: 'leroy@example.be' } }).expect(201)).body;
    expect(mediator.effect).toMatchObject({ contactThroughThirdPartyOnly: true });
    // Dunning and the creditor hear what each link changes; the third party's name and contact stay here.
    const links = await center.published(ThirdPartyLinkedSchema, caseId);
    expect(links).toEqual([
      expect.objectContaining({ caseId, thirdPartyId: linked.thirdPartyId, role: ThirdPartyRole.HEIR, heirSearch: true, contactThroughThirdPartyOnly: false }),
      expect.objectContaining({ caseId, thirdPartyId: mediator.thirdPartyId, role: ThirdPartyRole.DEBT_MEDIATOR, contactThroughThirdPartyOnly: true, explanation: expect.any(String) }),
    ]);
    expect(JSON.stringify(links, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value))).not.toContain('Leroy');
    // The agent's view of the case: the balance a plan must add up to, and who stands in between.
    const view = (await center.http().get(`/v1/agent/cases/${caseId}`).set(auth).expect(200)).body;
    expect(view).toMatchObject({ caseId, country: 'BE', closed: false, balance: { principal: { amountMinor: '100000', currency: 'EUR' }, total: { amountMinor: '100000', currency: 'EUR' } } });
    expect(view.thirdParties.map((party: { role: string }) => party.role)).toEqual(['HEIR', 'DEBT_MEDIATOR']);
    await center.http().get(`/v1/agent/cases/${randomUUID()}`).set(auth).expect(404);
  });

  it("links a lawyer who represents the debtor, with the contact details dunning addresses letters and calls with, and refuses details it could not use", async () => {
    const caseId = await center.openCase();
    const link = (body: Record<string, unknown>) => center.http().post(`/v1/agent/cases/${caseId}/third-parties`).set(auth).send(body);
    const problems = (answer: { body: { errors?: Array<{ field: string }> } }) => [...new Set((answer.body.errors ?? []).map((error) => error.field))].sort();

    // Each unusable detail is named: a national number, an e-mail without domain, an address without its postcode or with a country name.
    const bad = await link({
      role: 'LAWYER', name: 'Maître Janssens', contact: { phone: '02 555 00 00', email: 'janssens@', address: { lines: ['Avenue Louise 100'], locality: 'Ixelles', country: 'Belgium' }, fax: '+3225550001' },
    }).expect(400);
    expect(problems(bad)).toEqual(['contact.address.country', 'contact.address.postalCode', 'contact.email', 'contact.fax', 'contact.phone']);
    // A representative no one can reach would leave dunning writing to nobody.
    const unreachable = await link({ role: 'LAWYER', name: 'Maître Janssens', contact: { reference: 'JAN-2026-114' } }).expect(422);
    expect(unreachable.body.errors).toEqual([expect.objectContaining({ field: 'contact', code: 'NO_WAY_TO_REACH' })]);
    expect(await center.published(ThirdPartyLinkedSchema, caseId)).toEqual([]);

    const address = { lines: ['Avenue Louise 100'], postalCode: '1050', locality: 'Ixelles', country: 'BE' };
    const lawyer = (await link({ role: 'LAWYER', name: 'Maître Janssens', contact: { phones: ['+3225550000'], phone: '+32475000111', email: 'janssens@law.example', address, reference: 'JAN-2026-114' } }).expect(201)).body;
    expect(lawyer.effect).toMatchObject({ representsDebtor: true, contactThroughThirdPartyOnly: true, heirSearch: false });
    // Dunning hears who represents the debtor and how to reach them (the file reference stays here).
    const [linked] = await center.published(ThirdPartyLinkedSchema, caseId);
    expect(linked).toMatchObject({
      caseId, thirdPartyId: lawyer.thirdPartyId, role: ThirdPartyRole.LAWYER, representsDebtor: true, name: 'Maître Janssens',
      phones: ['+3225550000', '+32475000111'], email: 'janssens@law.example', address: expect.objectContaining({ lines: address.lines, postalCode: '1050', locality: 'Ixelles', country: 'BE' }),
    });
    expect(JSON.stringify(linked, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value))).not.toContain('JAN-2026-114');
  });
});
