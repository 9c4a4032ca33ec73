import { money } from '../money';
import { openDispute, pausesDunning, requestDocuments, resolveDispute, type Dispute } from './dispute';
import { DisputeInputInvalidError, DisputeStateError } from './dispute.errors';

const eur = (minor: bigint) => money(minor, 'EUR');
const opened = () =>
  openDispute({ disputeId: 'd-1', caseId: 'c-1', ground: 'ALREADY_PAID', summary: 'paid by transfer on 12 January', disputedAmount: eur(12_000n), openedAt: '2026-03-02T10:15:00Z' });
const balance = eur(50_000n);

function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('openDispute', () => {
  it('opens a dispute that pauses dunning', () => {
    const dispute = opened();
    expect(dispute).toMatchObject({ disputeId: 'd-1', caseId: 'c-1', ground: 'ALREADY_PAID', state: 'OPEN', documentRequests: [] });
    expect(pausesDunning(dispute)).toBe(true);
  });

  it('accepts a date or a zoned timestamp as opening time, without a disputed amount', () => {
    const dispute = openDispute({ disputeId: 'd-2', caseId: 'c-1', ground: 'OTHER', summary: 'x', openedAt: '2026-03-02' });
    expect(dispute).not.toHaveProperty('disputedAmount');
    expect(() => openDispute({ disputeId: 'd-2', caseId: 'c-1', ground: 'OTHER', summary: 'x', openedAt: '2026-03-02T10:15:00.123+01:00' })).not.toThrow();
  });

  it.each([
    ['an empty id', { disputeId: ' ' }],
    ['an empty case id', { caseId: '' }],
    ['an unknown ground', { ground: 'DONT_LIKE_IT' }],
    ['an empty summary', { summary: '' }],
    ['a summary over 4,000 characters', { summary: 'x'.repeat(4_001) }],
    ['a disputed amount of zero', { disputedAmount: eur(0n) }],
    ['a disputed amount in no currency', { disputedAmount: money(5n, 'euro') }],
    ['a timestamp without a zone', { openedAt: '2026-03-02T10:15:00' }],
    ['an impossible date', { openedAt: '2026-02-30' }],
  ])('refuses %s', (_, change) => {
    const input = { disputeId: 'd-1', caseId: 'c-1', ground: 'NOT_OWED' as const, summary: 'not mine', openedAt: '2026-03-02', ...change } as Parameters<typeof openDispute>[0];
    const error = thrown(() => openDispute(input));
    expect(error).toBeInstanceOf(DisputeInputInvalidError);
    expect(error).toMatchObject({ code: 'CONTACT_CENTER.DISPUTE_INPUT_INVALID', category: 'invalid' });
  });
});

describe('requestDocuments', () => {
  it('asks the creditor with a deadline, and may ask again', () => {
    const once = requestDocuments(opened(), { requestId: 'r-1', answerBy: '2026-03-16', today: '2026-03-02' });
    expect(once.state).toBe('DOCUMENTS_REQUESTED');
    expect(once.documentRequests).toEqual([{ requestId: 'r-1', requestedOn: '2026-03-02', answerBy: '2026-03-16' }]);
    expect(pausesDunning(once)).toBe(true);
    const twice = requestDocuments(once, { requestId: 'r-2', answerBy: '2026-05-01', today: '2026-03-02' });
    expect(twice.documentRequests.map((r) => r.requestId)).toEqual(['r-1', 'r-2']);
  });

  it('accepts a deadline up to 60 days ahead, not today and not later', () => {
    expect(() => requestDocuments(opened(), { requestId: 'r', answerBy: '2026-05-01', today: '2026-03-02' })).not.toThrow();
    expect(thrown(() => requestDocuments(opened(), { requestId: 'r', answerBy: '2026-05-02', today: '2026-03-02' }))).toBeInstanceOf(DisputeInputInvalidError);
    expect(thrown(() => requestDocuments(opened(), { requestId: 'r', answerBy: '2026-03-02', today: '2026-03-02' }))).toBeInstanceOf(DisputeInputInvalidError);
    expect(thrown(() => requestDocuments(opened(), { requestId: 'r', answerBy: 'soon', today: '2026-03-02' }))).toBeInstanceOf(DisputeInputInvalidError);
  });

  it('refuses a request id used before, and any request once resolved', () => {
    const once = requestDocuments(opened(), { requestId: 'r-1', answerBy: '2026-03-16', today: '2026-03-02' });
    expect(thrown(() => requestDocuments(once, { requestId: 'r-1', answerBy: '2026-03-20', today: '2026-03-02' }))).toBeInstanceOf(DisputeStateError);
    const resolved = resolveDispute(once, { resolution: 'CLAIM_UPHELD', balance, explanation: 'invoice and delivery note received' });
    expect(thrown(() => requestDocuments(resolved, { requestId: 'r-2', answerBy: '2026-03-20', today: '2026-03-02' }))).toMatchObject({
      code: 'CONTACT_CENTER.DISPUTE_STATE',
      category: 'conflict',
    });
  });
});

describe('resolveDispute', () => {
  it.each(['CLAIM_UPHELD', 'CLAIM_CANCELLED', 'WITHDRAWN_BY_DEBTOR'] as const)('resolves as %s, which resumes dunning', (resolution) => {
    const resolved = resolveDispute(opened(), { resolution, balance, explanation: 'because' });
    expect(resolved.state).toBe('RESOLVED');
    expect(resolved.outcome).toEqual({ resolution, explanation: 'because' });
    expect(pausesDunning(resolved)).toBe(false);
  });

  it('reduces the amount, giving the corrected balance', () => {
    const resolved = resolveDispute(opened(), { resolution: 'AMOUNT_REDUCED', reduction: eur(12_000n), balance, explanation: 'one invoice was paid' });
    expect(resolved.outcome).toEqual({ resolution: 'AMOUNT_REDUCED', reduction: eur(12_000n), correctedBalance: eur(38_000n), explanation: 'one invoice was paid' });
  });

  it.each([
    ['a reduction without AMOUNT_REDUCED', { resolution: 'CLAIM_UPHELD', reduction: eur(1n) }],
    ['AMOUNT_REDUCED without a reduction', { resolution: 'AMOUNT_REDUCED' }],
    ['a reduction of zero', { resolution: 'AMOUNT_REDUCED', reduction: eur(0n) }],
    ['a reduction of the whole balance', { resolution: 'AMOUNT_REDUCED', reduction: eur(50_000n) }],
    ['a reduction in another currency', { resolution: 'AMOUNT_REDUCED', reduction: money(1_000n, 'GBP') }],
    ['an unknown resolution', { resolution: 'SPLIT_THE_DIFFERENCE' }],
    ['an empty explanation', { resolution: 'CLAIM_UPHELD', explanation: '  ' }],
  ])('refuses %s', (_, change) => {
    const input = { balance, explanation: 'because', ...change } as Parameters<typeof resolveDispute>[1];
    expect(thrown(() => resolveDispute(opened(), input))).toBeInstanceOf(DisputeInputInvalidError);
  });

  it('refuses to resolve twice', () => {
    const resolved: Dispute = resolveDispute(opened(), { resolution: 'WITHDRAWN_BY_DEBTOR', balance, explanation: 'debtor found the receipt' });
    const error = thrown(() => resolveDispute(resolved, { resolution: 'CLAIM_UPHELD', balance, explanation: 'again' }));
    expect(error).toBeInstanceOf(DisputeStateError);
    expect(error).toMatchObject({ code: 'CONTACT_CENTER.DISPUTE_STATE', category: 'conflict', disputeId: 'd-1', state: 'RESOLVED' });
    expect((error as Error).message).toBe('dispute d-1 is already resolved (WITHDRAWN_BY_DEBTOR)');
  });

  it('leaves the original dispute unchanged', () => {
    const dispute = opened();
    resolveDispute(requestDocuments(dispute, { requestId: 'r', answerBy: '2026-03-10', today: '2026-03-02' }), { resolution: 'CLAIM_UPHELD', balance, explanation: 'x' });
    expect(dispute.state).toBe('OPEN');
    expect(dispute.documentRequests).toEqual([]);
  });
});
