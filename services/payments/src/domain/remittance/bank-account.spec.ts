import { BankAccountInvalidError } from './remittance.errors';
import { checkedBic, checkedIban, checkedPayoutAccount, isValidBic, isValidIban } from './bank-account';

describe('IBAN check', () => {
  it.each(['BE68 5390 0754 7034', 'DE89370400440532013000', 'FR1420041010050500013M02606', 'GB82WEST12345698765432', 'nl91abna0417164300', 'SE4550000000058398257466', 'ES9121000418450200051332'])(
    'accepts %s',
    (iban) => expect(isValidIban(iban)).toBe(true),
  );

  it.each([
    ['a changed digit', 'BE68539007547035'],
    ['swapped digits', 'BE68539007547043'],
    ['the wrong length for the country', 'BE685390075470341'],
    ['letters where digits go', 'BEXX539007547034'],
    ['nothing', ''],
  ])('refuses %s', (_, iban) => expect(isValidIban(iban)).toBe(false));

  it('normalises a good IBAN and names whose a bad one is, without printing it', () => {
    expect(checkedIban('be68 5390 0754 7034', 'creditor c-1')).toBe('BE68539007547034');
    expect(() => checkedIban('BE68539007547035', 'creditor c-1')).toThrow(new BankAccountInvalidError('the IBAN of creditor c-1 is not valid'));
  });
});

describe('BIC check', () => {
  it('accepts 8 and 11 characters and refuses other shapes', () => {
    expect(isValidBic('DEUTDEFF')).toBe(true);
    expect(isValidBic('deutdeff500')).toBe(true);
    expect(isValidBic('DEUT1EFF')).toBe(false);
    expect(isValidBic('DEUTDEFF5')).toBe(false);
    expect(() => checkedBic('GEBA', 'the agency')).toThrow(expect.objectContaining({ code: 'PAYMENTS.BANK_ACCOUNT_INVALID' }));
  });
});

describe('checkedPayoutAccount', () => {
  it('normalises the IBAN and BIC of an account paid in euros, with or without a BIC', () => {
    expect(checkedPayoutAccount({ iban: 'be68 5390 0754 7034' }, ['EUR'], 'creditor cr-1')).toEqual({ iban: 'BE68539007547034' });
    expect(checkedPayoutAccount({ iban: 'SE4550000000058398257466', bic: 'essesess' }, ['EUR', 'SEK'], 'creditor cr-1')).toEqual({ iban: 'SE4550000000058398257466', bic: 'ESSESESS' });
  });

  it('refuses a bad IBAN, and an account paid in SEK without a BIC', () => {
    expect(() => checkedPayoutAccount({ iban: 'BE68539007547035' }, ['EUR'], 'creditor cr-1')).toThrow(expect.objectContaining({ code: 'PAYMENTS.BANK_ACCOUNT_INVALID', category: 'invalid' }));
    expect(() => checkedPayoutAccount({ iban: 'SE4550000000058398257466' }, ['EUR', 'SEK'], 'creditor cr-1')).toThrow(/paid in SEK, outside SEPA: a BIC is required/);
  });
});
