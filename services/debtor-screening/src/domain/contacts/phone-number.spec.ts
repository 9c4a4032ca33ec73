import { isPhoneProblem, normalisePhone, smsAllowed, type NormalisedPhone, type PhoneCheck } from './phone-number';

function valid(check: PhoneCheck): NormalisedPhone {
  if (isPhoneProblem(check)) throw new Error(`expected a valid number, got ${check.problem.code}`);
  return check;
}

describe('normalisePhone', () => {
  // Numbers from libphonenumber's example ranges for each region.
  it.each([
    ['BE mobile, national', '0470 12 34 56', 'BE', '+32470123456', 'mobile', 'BE'],
    ['BE mobile, E.164 with spaces', '+32 470 12 34 56', 'BE', '+32470123456', 'mobile', 'BE'],
    ['BE mobile, slashes and dots', '0470/12.34.56', 'BE', '+32470123456', 'mobile', 'BE'],
    ['BE mobile, 00 international prefix', '0032 470 12 34 56', 'BE', '+32470123456', 'mobile', 'BE'],
    ['BE fixed, national', '012 34 56 78', 'BE', '+3212345678', 'fixed', 'BE'],
    ['BE fixed, Brussels', '+32 2 511 22 33', 'BE', '+3225112233', 'fixed', 'BE'],
    ['FR mobile, national', '06 12 34 56 78', 'FR', '+33612345678', 'mobile', 'FR'],
    ['FR mobile, E.164', '+33 6 12 34 56 78', 'FR', '+33612345678', 'mobile', 'FR'],
    ['FR fixed, national', '01 23 45 67 89', 'FR', '+33123456789', 'fixed', 'FR'],
    ['NL mobile, national', '06 12345678', 'NL', '+31612345678', 'mobile', 'NL'],
    ['NL fixed, E.164', '+31 10 123 4567', 'NL', '+31101234567', 'fixed', 'NL'],
    ['DE mobile, national', '01512 3456789', 'DE', '+4915123456789', 'mobile', 'DE'],
    ['DE fixed, E.164', '+49 30 123456', 'DE', '+4930123456', 'fixed', 'DE'],
    ['ES mobile, national', '612 34 56 78', 'ES', '+34612345678', 'mobile', 'ES'],
    ['ES fixed, E.164', '+34 810 12 34 56', 'ES', '+34810123456', 'fixed', 'ES'],
    ['SE mobile, national', '070-123 45 67', 'SE', '+46701234567', 'mobile', 'SE'],
    ['SE fixed, national', '08-12 34 56', 'SE', '+468123456', 'fixed', 'SE'],
    ['GB mobile, national', '07400 123456', 'GB', '+447400123456', 'mobile', 'GB'],
    ['GB mobile, E.164', '+44 7400 123456', 'GB', '+447400123456', 'mobile', 'GB'],
    ['GB fixed, E.164', '+44 121 234 5678', 'GB', '+441212345678', 'fixed', 'GB'],
    ['US geographic, national', '201-555-0123', 'US', '+12015550123', 'fixed_or_mobile', 'US'],
    ['US geographic, E.164', '+1 201-555-0123', 'US', '+12015550123', 'fixed_or_mobile', 'US'],
    ['US toll-free', '1-800-555-0199', 'US', '+18005550199', 'other', 'US'],
    ['BE toll-free', '0800 123 45', 'BE', '+3280012345', 'other', 'BE'],
    ['BE premium rate', '0900 12 345', 'BE', '+3290012345', 'other', 'BE'],
  ])('%s', (_label, raw, country, e164, type, numberCountry) => {
    expect(normalisePhone(raw, country)).toEqual({ e164, type, country: numberCountry });
  });

  it('keeps the country of an international number, not the debtor\u2019s', () => {
    expect(normalisePhone('+33 6 12 34 56 78', 'BE')).toEqual({ e164: '+33612345678', type: 'mobile', country: 'FR' });
  });

  it('reads a national number in the debtor\u2019s numbering plan (the same digits are a mobile in BE, a landline in FR)', () => {
    expect(valid(normalisePhone('0470 12 34 56', 'BE')).type).toBe('mobile');
    expect(valid(normalisePhone('0470 12 34 56', 'FR'))).toEqual({ e164: '+33470123456', type: 'fixed', country: 'FR' });
  });

  it('accepts a lower-case country code', () => {
    expect(valid(normalisePhone('0470 12 34 56', 'be')).e164).toBe('+32470123456');
  });

  it('reads an E.164 number even when the debtor\u2019s country is unknown', () => {
    expect(valid(normalisePhone('+32 470 12 34 56', 'XX')).e164).toBe('+32470123456');
  });

  it('gives a non-geographic number no country', () => {
    expect(normalisePhone('+800 1234 5678', 'BE')).toEqual({ e164: '+80012345678', type: 'other', country: null });
  });

  it.each([
    ['empty', ''],
    ['blank', '   '],
    ['letters', 'call me'],
    ['too long', '1234567890123456789'],
    ['unknown calling code', '+999 123'],
  ])('calls %s input UNPARSABLE', (_label, raw) => {
    const check = normalisePhone(raw, 'BE');
    expect(isPhoneProblem(check) && check.problem.code).toBe('UNPARSABLE');
  });

  it('calls a national number UNPARSABLE when the debtor\u2019s country is not a numbering plan', () => {
    expect(normalisePhone('0470 12 34 56', 'XX')).toEqual({
      problem: { code: 'UNPARSABLE', message: 'no country calling code, and the debtor\u2019s country does not tell which numbering plan to use' },
    });
  });

  it.each([
    ['BE, too short', '+32 470', 'BE'],
    ['BE, unallocated Brussels range', '02 123 45 67', 'BE'],
    ['FR, unallocated 07 range', '07 00 00 00 00', 'FR'],
    ['US, no area code', '555-0123', 'US'],
  ])('calls a number outside the allocated ranges INVALID_FOR_REGION (%s)', (_label, raw, country) => {
    const check = normalisePhone(raw, country);
    expect(isPhoneProblem(check) && check.problem.code).toBe('INVALID_FOR_REGION');
  });

  it.each([
    ['0470 12 34 56', 'XX'],
    ['+32 470', 'BE'],
    ['0032 470 12 34 56 78 90 12 34', 'BE'],
    ['+999 470 12 34 56', 'BE'],
  ])('never echoes the digits in a problem message (%s in %s)', (raw, country) => {
    const check = normalisePhone(raw, country);
    if (!isPhoneProblem(check)) throw new Error('expected a problem');
    expect(check.problem.message).not.toMatch(/\d/);
  });
});

describe('smsAllowed', () => {
  it.each([
    ['mobile', true],
    ['fixed', false],
    ['fixed_or_mobile', false],
    ['other', false],
  ] as const)('%s: %s', (type, allowed) => {
    expect(smsAllowed({ e164: '+32470123456', type, country: 'BE' })).toBe(allowed);
  });

  it('refuses a US number, which the numbering plan cannot tell from a landline', () => {
    expect(smsAllowed(valid(normalisePhone('+1 201-555-0123', 'US')))).toBe(false);
  });

  it('allows a BE mobile', () => {
    expect(smsAllowed(valid(normalisePhone('0470 12 34 56', 'BE')))).toBe(true);
  });
});
