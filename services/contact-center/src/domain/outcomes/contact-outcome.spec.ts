import { money } from '../money';
import { validateOutcome, type OutcomeInput } from './contact-outcome';

const now = new Date('2026-03-02T10:00:00Z');
const base: OutcomeInput = { result: 'REACHED', channel: 'PHONE', minutesSpent: 7, now };
const codes = (change: Partial<OutcomeInput>) => validateOutcome({ ...base, ...change }).map((p) => `${p.field}:${p.code}`);
const promise = (payBy: string, amountMinor = 5_000n) => ({ amount: money(amountMinor, 'EUR'), payBy });

describe('validateOutcome', () => {
  it('accepts a plain outcome', () => {
    expect(codes({})).toEqual([]);
    expect(codes({ result: 'NO_ANSWER', minutesSpent: 0 })).toEqual([]);
    expect(codes({ result: 'DISPUTE_RAISED', note: 'says the goods never arrived' })).toEqual([]);
  });

  describe('promise to pay', () => {
    it('needs a promise', () => {
      expect(codes({ result: 'PROMISE_TO_PAY' })).toEqual(['promise:PROMISE_REQUIRED']);
    });

    it('accepts a pay-by date from today to 30 days ahead', () => {
      expect(codes({ result: 'PROMISE_TO_PAY', promise: promise('2026-03-02') })).toEqual([]);
      expect(codes({ result: 'PROMISE_TO_PAY', promise: promise('2026-04-01') })).toEqual([]);
      expect(codes({ result: 'PROMISE_TO_PAY', promise: promise('2026-04-02') })).toEqual(['promise.payBy:PROMISE_TOO_LATE']);
      expect(codes({ result: 'PROMISE_TO_PAY', promise: promise('2026-03-01') })).toEqual(['promise.payBy:DATE_IN_PAST']);
      expect(codes({ result: 'PROMISE_TO_PAY', promise: promise('next week') })).toEqual(['promise.payBy:INVALID_DATE']);
    });

    it("counts today in the debtor's time zone", () => {
      const lateEvening = new Date('2026-03-01T23:30:00Z'); // already 2 March in Brussels
      expect(codes({ result: 'PROMISE_TO_PAY', promise: promise('2026-03-01'), now: lateEvening })).toEqual([]);
      expect(codes({ result: 'PROMISE_TO_PAY', promise: promise('2026-03-01'), now: lateEvening, timeZone: 'Europe/Brussels' })).toEqual(['promise.payBy:DATE_IN_PAST']);
      expect(codes({ result: 'PROMISE_TO_PAY', promise: promise('2026-03-05'), timeZone: 'Mars/Olympus' })).toEqual(['timeZone:UNKNOWN_TIME_ZONE']);
    });

    it('needs a positive amount', () => {
      expect(codes({ result: 'PROMISE_TO_PAY', promise: promise('2026-03-10', 0n) })).toEqual(['promise.amount:AMOUNT_NOT_POSITIVE']);
    });

    it('is refused on another result', () => {
      expect(codes({ result: 'REACHED', promise: promise('2026-03-10') })).toEqual(['promise:PROMISE_NOT_EXPECTED']);
    });
  });

  describe('callback', () => {
    it('needs a time in the future within 14 days', () => {
      expect(codes({ result: 'CALLBACK_REQUESTED' })).toEqual(['callbackAt:CALLBACK_TIME_REQUIRED']);
      expect(codes({ result: 'CALLBACK_REQUESTED', callbackAt: new Date('2026-03-02T16:00:00Z') })).toEqual([]);
      expect(codes({ result: 'CALLBACK_REQUESTED', callbackAt: new Date('2026-03-16T10:00:00Z') })).toEqual([]);
      expect(codes({ result: 'CALLBACK_REQUESTED', callbackAt: new Date('2026-03-16T10:00:00.001Z') })).toEqual(['callbackAt:CALLBACK_TOO_LATE']);
      expect(codes({ result: 'CALLBACK_REQUESTED', callbackAt: now })).toEqual(['callbackAt:DATE_IN_PAST']);
      expect(codes({ result: 'CALLBACK_REQUESTED', callbackAt: new Date('nonsense') })).toEqual(['callbackAt:INVALID_DATE']);
    });
  });

  it('needs a known role for a third party', () => {
    expect(codes({ result: 'THIRD_PARTY' })).toEqual(['thirdPartyRole:THIRD_PARTY_ROLE_REQUIRED']);
    expect(codes({ result: 'THIRD_PARTY', thirdPartyRole: 'LAWYER' })).toEqual([]);
    expect(codes({ result: 'THIRD_PARTY', thirdPartyRole: 'COUSIN' as never })).toEqual(['thirdPartyRole:UNKNOWN_THIRD_PARTY_ROLE']);
  });

  it('allows DEBTOR_ABSENT only on a home visit and WRONG_NUMBER only on the phone', () => {
    expect(codes({ result: 'DEBTOR_ABSENT', channel: 'HOME_VISIT' })).toEqual([]);
    expect(codes({ result: 'DEBTOR_ABSENT', channel: 'PHONE' })).toEqual(['result:RESULT_NOT_FOR_CHANNEL']);
    expect(codes({ result: 'WRONG_NUMBER', channel: 'HOME_VISIT' })).toEqual(['result:RESULT_NOT_FOR_CHANNEL']);
  });

  it('refuses unknown results and channels', () => {
    expect(codes({ result: 'HUNG_UP' as never, channel: 'EMAIL' as never })).toEqual(['result:UNKNOWN_RESULT', 'channel:UNKNOWN_CHANNEL']);
  });

  it('bounds the time spent and the note', () => {
    expect(codes({ minutesSpent: 600 })).toEqual([]);
    expect(codes({ minutesSpent: 601 })).toEqual(['minutesSpent:MINUTES_OUT_OF_RANGE']);
    expect(codes({ minutesSpent: -1 })).toEqual(['minutesSpent:MINUTES_OUT_OF_RANGE']);
    expect(codes({ minutesSpent: 2.5 })).toEqual(['minutesSpent:MINUTES_OUT_OF_RANGE']);
    expect(codes({ note: 'é'.repeat(4_000) })).toEqual([]);
    expect(codes({ note: '😀'.repeat(4_000) })).toEqual([]); // 4,000 characters, 8,000 UTF-16 units
    expect(codes({ note: 'x'.repeat(4_001) })).toEqual(['note:NOTE_TOO_LONG']);
  });
});
