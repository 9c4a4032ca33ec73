import { money } from '../money';
import { orderRefund, type RefundRequest } from './refund-order';
import { RefundRequestInvalidError } from './refund.errors';

const eur = (minor: bigint) => money(minor, 'EUR');
const request = (over: Partial<RefundRequest> = {}): RefundRequest => ({
  refundId: 'RFD-20260310-0001', caseId: 'case-1', refundDue: eur(2_500n), beneficiary: { name: 'Hélène Dubois', iban: 'be68 5390 0754 7034' }, ...over,
});
const problemsOf = (over: Partial<RefundRequest>) => {
  try {
    orderRefund(request(over));
  } catch (error) {
    expect(error).toBeInstanceOf(RefundRequestInvalidError);
    expect(error).toMatchObject({ code: 'PAYMENTS.REFUND_REQUEST_INVALID', category: 'invalid' });
    return (error as RefundRequestInvalidError).details.map((d) => [d.field, d.code]);
  }
  throw new Error('the refund was accepted');
};

describe('orderRefund', () => {
  it('pays the whole refund due when no amount is given, to the IBAN as banks store it', () => {
    expect(orderRefund(request())).toEqual({ refundId: 'RFD-20260310-0001', caseId: 'case-1', amount: eur(2_500n), beneficiary: { name: 'Hélène Dubois', iban: 'BE68539007547034' } });
  });

  it('pays part of it, or exactly all of it', () => {
    expect(orderRefund(request({ amount: eur(1n) })).amount).toEqual(eur(1n));
    expect(orderRefund(request({ amount: eur(2_500n) })).amount).toEqual(eur(2_500n));
  });

  it.each<[string, Partial<RefundRequest>, Array<[string, string]>]>([
    ['nothing due', { refundDue: eur(0n) }, [['caseId', 'NO_REFUND_DUE']]],
    ['one cent more than due', { amount: eur(2_501n) }, [['amount.amountMinor', 'AMOUNT_ABOVE_DUE']]],
    ['a zero amount', { amount: eur(0n) }, [['amount.amountMinor', 'AMOUNT_NOT_POSITIVE']]],
    ['another currency', { amount: money(2_500n, 'SEK') }, [['amount.currency', 'CURRENCY_MISMATCH']]],
    ['an IBAN failing mod 97', { beneficiary: { name: 'X', iban: 'BE68539007547035' } }, [['iban', 'IBAN_INVALID']]],
    ['an IBAN one digit short', { beneficiary: { name: 'X', iban: 'BE6853900754703' } }, [['iban', 'IBAN_INVALID']]],
    ['a malformed BIC', { beneficiary: { name: 'X', iban: 'BE68539007547034', bic: 'GEBA' } }, [['bic', 'BIC_INVALID']]],
    ['a SEK refund without BIC', { refundDue: money(9_900n, 'SEK'), beneficiary: { name: 'X', iban: 'SE4550000000058398257466' } }, [['bic', 'BIC_REQUIRED']]],
    ['an empty name', { beneficiary: { name: '  ', iban: 'BE68539007547034' } }, [['name', 'NAME_INVALID']]],
    ['too much, to a bad IBAN', { amount: eur(9_999n), beneficiary: { name: 'X', iban: 'XX00' } }, [['amount.amountMinor', 'AMOUNT_ABOVE_DUE'], ['iban', 'IBAN_INVALID']]],
  ])('refuses %s, naming the field', (_, over, expected) => {
    expect(problemsOf(over)).toEqual(expected);
  });

  it('never repeats the IBAN in its message (logs carry no account numbers)', () => {
    expect(() => orderRefund(request({ beneficiary: { name: 'X', iban: 'BE68539007547035' } }))).toThrow(expect.not.objectContaining({ message: expect.stringContaining('BE68539007547035') }));
  });

  it('accepts a SEK refund with a BIC, in SEK', () => {
    const order = orderRefund(request({ refundDue: money(9_900n, 'SEK'), beneficiary: { name: 'Sven Olsson', iban: 'SE45 5000 0000 0583 9825 7466', bic: 'essesess' } }));
    expect(order).toMatchObject({ amount: money(9_900n, 'SEK'), beneficiary: { iban: 'SE4550000000058398257466', bic: 'ESSESESS' } });
  });
});
