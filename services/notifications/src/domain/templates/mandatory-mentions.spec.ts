import { LANGUAGES, MESSAGE_KINDS } from '../message';
import { createTemplateCatalogue } from './compile-catalogue';
import { includedMentions, mandatoryMentions, mentionText } from './mandatory-mentions';
import { render } from './render-message';
import { sampleContext } from './sample-context';
import { TEMPLATE_SETS } from './template-sets';
import { COUNTRY_WORDED_MENTIONS, CREDITOR_KINDS, MENTION_KEYS, type MentionKey, SMS_KINDS, TEMPLATE_COUNTRIES } from './template-wording';

const catalogue = createTemplateCatalogue();

describe('mandatoryMentions', () => {
  it.each([
    ['BE', ['creditor-identity', 'collector-identity', 'supervisory-authority', 'amicable-not-judicial', 'amount-breakdown', 'wait-15-days', 'privacy-notice', 'right-to-object']],
    ['FR', ['letter-reference', 'creditor-identity', 'collector-identity', 'amicable-not-judicial', 'amount-breakdown', 'payment-instructions', 'l111-8-text']],
    ['DE', ['creditor-identity', 'claim-basis', 'interest-calculation', 'costs-breakdown', 'vat-statement', 'supervisory-authority']],
    ['ES', ['negotiation-invitation', 'next-steps-warning']],
    ['SE', ['dispute-instructions', 'next-steps-warning']],
    ['GB', ['amount-breakdown', 'interest-continuing', 'respond-30-days', 'reply-form-enclosures', 'debt-advice']],
    ['US', ['debt-collector-disclosure', 'creditor-identity', 'amount-breakdown']],
  ] as const)('puts what the law asks in the %s formal notice', (country, expected) => {
    expect(mandatoryMentions('FORMAL_NOTICE', country)).toEqual(expect.arrayContaining([...expected]));
  });

  it('puts the Book XIX first-reminder content in the Belgian first reminder and the 14-day term in the Dutch one', () => {
    expect(mandatoryMentions('FIRST_REMINDER', 'BE')).toEqual(expect.arrayContaining(['creditor-identity', 'claim-basis', 'amount-breakdown', 'damages-warning', 'wait-14-days']));
    expect(mandatoryMentions('FIRST_REMINDER', 'NL')).toEqual(expect.arrayContaining(['wait-14-days', 'collection-costs-warning']));
    expect(mandatoryMentions('FIRST_REMINDER', 'US')).toContain('validation-notice');
    expect(mandatoryMentions('FORMAL_NOTICE', 'US')).not.toContain('validation-notice');
  });

  it('keeps GDPR notices out of the US and the disclosure out of Europe', () => {
    expect(mandatoryMentions('FIRST_REMINDER', 'US')).not.toContain('privacy-notice');
    for (const country of TEMPLATE_COUNTRIES.filter((c) => c !== 'US')) {
      expect(mandatoryMentions('FIRST_REMINDER', country)).toEqual(expect.arrayContaining(['privacy-notice', 'right-to-object']));
      expect(mandatoryMentions('PAYMENT_RECEIPT', country)).not.toContain('debt-collector-disclosure');
    }
  });

  it('requires the opt-out in US e-mails and SMS, not on paper', () => {
    expect(mandatoryMentions('PAYMENT_REMINDER', 'US', 'email')).toContain('opt-out');
    expect(mandatoryMentions('PAYMENT_REMINDER', 'US', 'sms')).toEqual(['debt-collector-disclosure', 'opt-out']);
    expect(mandatoryMentions('PAYMENT_REMINDER', 'US', 'letter')).not.toContain('opt-out');
    expect(mandatoryMentions('PAYMENT_REMINDER', 'BE', 'sms')).toEqual([]);
    expect(includedMentions('PAYMENT_REMINDER', 'BE', 'sms')).toEqual(['opt-out']);
  });

  it('asks nothing of messages to the creditor', () => {
    for (const kind of CREDITOR_KINDS) for (const country of TEMPLATE_COUNTRIES) expect(includedMentions(kind, country, 'email')).toEqual([]);
  });

  it('lists keys in display order, each once', () => {
    for (const kind of MESSAGE_KINDS) {
      for (const country of TEMPLATE_COUNTRIES) {
        const keys = mandatoryMentions(kind, country, 'email');
        expect(new Set(keys).size).toBe(keys.length);
        expect([...keys].sort((a, b) => MENTION_KEYS.indexOf(a) - MENTION_KEYS.indexOf(b))).toEqual(keys);
      }
    }
  });

  it('uses a country-worded mention only in the countries it is worded for', () => {
    for (const [key, countries] of Object.entries(COUNTRY_WORDED_MENTIONS)) {
      for (const kind of MESSAGE_KINDS) {
        for (const country of TEMPLATE_COUNTRIES) {
          if (mandatoryMentions(kind, country).includes(key as MentionKey)) expect(countries).toContain(country);
        }
      }
    }
  });
});

describe('mentionText', () => {
  it('gives the exact phrase in each language', () => {
    expect(mentionText('amicable-not-judicial', 'fr')).toBe("et non d'une procédure judiciaire");
    expect(mentionText('wait-14-days', 'nl')).toBe('termijn van 14 dagen');
    expect(mentionText('validation-notice', 'en')).toBe('we must stop collection on any amount you dispute');
    expect(mentionText('opt-out', 'en')).toBe('Reply STOP to opt out');
  });

  it('is unique to its mention: no other template of the language contains it, so finding it proves the mention', () => {
    for (const language of LANGUAGES) {
      const wording = TEMPLATE_SETS[language];
      for (const key of MENTION_KEYS) {
        const phrase = mentionText(key, language);
        const elsewhere = [
          ...Object.values(wording.frame).flat(),
          ...Object.values(wording.kinds).flatMap((k) => [k.subject, ...k.letter, ...k.email, 'sms' in k ? k.sms : '']),
          ...MENTION_KEYS.filter((other) => other !== key).flatMap((other) => {
            const m = wording.mentions[other] as { paragraph?: string; byCountry?: Record<string, string>; sms?: string };
            return [m.paragraph ?? '', ...Object.values(m.byCountry ?? {}), m.sms ?? ''];
          }),
        ];
        expect({ language, key, found: elsewhere.filter((source) => source.includes(phrase)) }).toEqual({ language, key, found: [] });
      }
    }
  });
});

describe('the mandatory mentions are in every rendered message', () => {
  it.each(TEMPLATE_COUNTRIES.map((country) => [country]))("%s: the formal notice and the first reminder carry each mention's phrase, in every language, by letter and e-mail", (country) => {
    for (const language of LANGUAGES) {
      for (const kind of ['FORMAL_NOTICE', 'FIRST_REMINDER'] as const) {
        for (const channel of ['letter', 'email'] as const) {
          const message = render(catalogue, { kind, language, country, channel }, sampleContext({ country, cases: 2 }));
          const keys = mandatoryMentions(kind, country, channel);
          expect(keys.length).toBeGreaterThan(0);
          for (const key of keys) expect({ language, kind, channel, key, found: message.text.includes(mentionText(key, language)) }).toEqual({ language, kind, channel, key, found: true });
        }
      }
    }
  });

  it('every debtor message of every kind, language, country and channel carries its mentions', () => {
    for (const kind of MESSAGE_KINDS) {
      for (const country of TEMPLATE_COUNTRIES) {
        for (const channel of ['letter', 'email', 'sms'] as const) {
          if (channel === 'sms' && !(SMS_KINDS as readonly string[]).includes(kind)) continue;
          for (const language of LANGUAGES) {
            const message = render(catalogue, { kind, language, country, channel }, sampleContext({ country }));
            for (const key of includedMentions(kind, country, channel)) expect(message.text).toContain(mentionText(key, language));
          }
        }
      }
    }
  });

  it('quotes article L111-8 in French whatever the language of a French letter', () => {
    for (const language of LANGUAGES) {
      const message = render(catalogue, { kind: 'FORMAL_NOTICE', language, country: 'FR', channel: 'letter' }, sampleContext({ country: 'FR' }));
      expect(message.text).toContain("Toute stipulation contraire est réputée non écrite, sauf disposition législative contraire.");
    }
  });
});
