import { allowedChannels, type ContactChecks } from './channel-eligibility';
import { checkEmail } from './email-address';
import { normalisePhone } from './phone-number';
import { normaliseAddress } from './postal-address';

const deliverable = normaliseAddress({ lines: ['Rue de la Loi 16'], postalCode: '1000', locality: 'Bruxelles', country: 'BE' });
const doubtful = normaliseAddress({ lines: ['Rue de la Loi'], postalCode: '1000', locality: 'Bruxelles', country: 'BE' });
const undeliverable = normaliseAddress({ lines: ['Rue de la Loi 16'], postalCode: '', locality: 'Bruxelles', country: 'BE' });

const beMobile = normalisePhone('0470 12 34 56', 'BE');
const beFixed = normalisePhone('012 34 56 78', 'BE');
const usNumber = normalisePhone('201-555-0123', 'US');
const tollFree = normalisePhone('0800 123 45', 'BE');
const badNumber = normalisePhone('02 123 45 67', 'BE');

const validEmail = checkEmail('jan.peeters@telenet.be');
const typoEmail = checkEmail('jan.peeters@gmial.com');
const disposableEmail = checkEmail('jan@mailinator.com');
const invalidEmail = checkEmail('jan.peeters.telenet.be');

function contacts(overrides: Partial<ContactChecks>): ContactChecks {
  return { addresses: [], phones: [], emails: [], ...overrides };
}

describe('allowedChannels', () => {
  it('allows every channel for a complete, clean contact set', () => {
    const result = allowedChannels(contacts({ addresses: [deliverable], phones: [beMobile, beFixed], emails: [validEmail] }));
    expect(result.allowed).toEqual(['LETTER', 'EMAIL', 'SMS', 'PHONE']);
    expect(result.decisions.SMS.usable).toEqual([0]);
    expect(result.decisions.PHONE.usable).toEqual([0, 1]);
  });

  it('refuses every channel, with a reason each, when there are no contacts', () => {
    const result = allowedChannels(contacts({}));
    expect(result.allowed).toEqual([]);
    expect(result.decisions.LETTER.reasons.map((reason) => reason.code)).toEqual(['NO_ADDRESS']);
    expect(result.decisions.EMAIL.reasons.map((reason) => reason.code)).toEqual(['NO_EMAIL']);
    expect(result.decisions.SMS.reasons.map((reason) => reason.code)).toEqual(['NO_PHONE']);
    expect(result.decisions.PHONE.reasons.map((reason) => reason.code)).toEqual(['NO_PHONE']);
  });

  describe('LETTER', () => {
    it.each([
      ['a deliverable address', [deliverable], true, [0], [], []],
      ['deliverable addresses before doubtful ones', [doubtful, deliverable], true, [1, 0], [], []],
      ['only a doubtful address: allowed, flagged', [doubtful], true, [0], [], ['ADDRESS_DOUBTFUL']],
      ['a doubtful address beside an undeliverable one', [undeliverable, doubtful], true, [1], [], ['ADDRESS_DOUBTFUL']],
      ['only undeliverable addresses', [undeliverable, undeliverable], false, [], ['NO_DELIVERABLE_ADDRESS'], []],
      ['no address', [], false, [], ['NO_ADDRESS'], []],
    ])('%s', (_label, addresses, allowed, usable, reasons, flags) => {
      const decision = allowedChannels(contacts({ addresses })).decisions.LETTER;
      expect(decision).toMatchObject({ allowed, usable });
      expect(decision.reasons.map((reason) => reason.code)).toEqual(reasons);
      expect(decision.flags.map((flag) => flag.code)).toEqual(flags);
    });
  });

  describe('EMAIL', () => {
    it.each([
      ['a valid address', [validEmail], true, [0], []],
      ['the valid one among doubtful and invalid ones', [typoEmail, invalidEmail, validEmail], true, [2], []],
      ['the same address twice counts once', [validEmail, checkEmail(' Jan.Peeters@TELENET.be ')], true, [0], []],
      ['only a misspelt domain: needs confirmation', [typoEmail], false, [], ['EMAIL_NEEDS_CONFIRMATION']],
      ['only a disposable inbox: needs confirmation', [disposableEmail, invalidEmail], false, [], ['EMAIL_NEEDS_CONFIRMATION']],
      ['only invalid addresses', [invalidEmail], false, [], ['NO_VALID_EMAIL']],
      ['no address', [], false, [], ['NO_EMAIL']],
    ])('%s', (_label, emails, allowed, usable, reasons) => {
      const decision = allowedChannels(contacts({ emails })).decisions.EMAIL;
      expect(decision).toMatchObject({ allowed, usable, flags: [] });
      expect(decision.reasons.map((reason) => reason.code)).toEqual(reasons);
    });
  });

  describe('SMS', () => {
    it.each([
      ['a mobile', [beFixed, beMobile], true, [1], []],
      ['the same mobile twice counts once', [beMobile, normalisePhone('+32 470 12 34 56', 'FR')], true, [0], []],
      ['a US number: cannot be told from a landline', [usNumber], false, [], ['MOBILE_NOT_CONFIRMED']],
      ['landlines and special numbers only', [beFixed, tollFree], false, [], ['NO_MOBILE']],
      ['only invalid numbers', [badNumber], false, [], ['NO_VALID_PHONE']],
      ['no number', [], false, [], ['NO_PHONE']],
    ])('%s', (_label, phones, allowed, usable, reasons) => {
      const decision = allowedChannels(contacts({ phones })).decisions.SMS;
      expect(decision).toMatchObject({ allowed, usable });
      expect(decision.reasons.map((reason) => reason.code)).toEqual(reasons);
    });
  });

  describe('PHONE', () => {
    it.each([
      ['any valid number, special numbers last', [tollFree, badNumber, usNumber, beFixed], true, [2, 3, 0], []],
      ['a toll-free number alone', [tollFree], true, [0], []],
      ['the same number twice counts once', [beFixed, normalisePhone('+32 12 34 56 78', 'BE')], true, [0], []],
      ['only invalid numbers', [badNumber, normalisePhone('call me', 'BE')], false, [], ['NO_VALID_PHONE']],
      ['no number', [], false, [], ['NO_PHONE']],
    ])('%s', (_label, phones, allowed, usable, reasons) => {
      const decision = allowedChannels(contacts({ phones })).decisions.PHONE;
      expect(decision).toMatchObject({ allowed, usable });
      expect(decision.reasons.map((reason) => reason.code)).toEqual(reasons);
    });
  });

  it('lists the allowed channels in a fixed order', () => {
    expect(allowedChannels(contacts({ phones: [beFixed], emails: [validEmail] })).allowed).toEqual(['EMAIL', 'PHONE']);
  });

  it('never quotes a contact in its messages', () => {
    const result = allowedChannels(contacts({ addresses: [doubtful], phones: [usNumber], emails: [typoEmail] }));
    const messages = Object.values(result.decisions).flatMap((decision) => [...decision.reasons, ...decision.flags].map((reason) => reason.message));
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) expect(message).not.toMatch(/loi|bruxelles|\d|peeters|gmial/i);
  });
});
