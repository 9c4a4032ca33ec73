import { type Language, LANGUAGES, MESSAGE_KINDS, type MessageChannel, type MessageKind } from '../message';
import { createTemplateCatalogue } from './compile-catalogue';
import { mentionText } from './mandatory-mentions';
import { render } from './render-message';
import { sampleContext } from './sample-context';
import { MAX_SMS_SEGMENTS, smsLength } from './sms-encoding';
import { SmsTooLongError, TemplateNotFoundError, TemplateRenderFailedError } from './template.errors';
import { CREDITOR_KINDS, SMS_KINDS, TEMPLATE_COUNTRIES, type TemplateCountry } from './template-wording';

const catalogue = createTemplateCatalogue();
const CHANNELS: MessageChannel[] = ['letter', 'email', 'sms'];
const isSmsKind = (kind: MessageKind) => (SMS_KINDS as readonly MessageKind[]).includes(kind);
const LOCALE_OF: Record<TemplateCountry, string> = { BE: 'fr-BE', FR: 'fr-FR', DE: 'de-DE', NL: 'nl-NL', ES: 'es-ES', SE: 'sv-SE', GB: 'en-GB', US: 'en-US' };

describe('render: every kind × language × channel × country', () => {
  const combinations = MESSAGE_KINDS.flatMap((kind) =>
    LANGUAGES.flatMap((language) => CHANNELS.filter((channel) => channel !== 'sms' || isSmsKind(kind)).map((channel) => [kind, language, channel] as const)),
  );

  it.each(combinations)('%s in %s by %s renders in full, with one case and two merged cases', (kind, language, channel) => {
    for (const country of TEMPLATE_COUNTRIES) {
      for (const cases of [1, 2] as const) {
        const context = sampleContext({ country, cases });
        const message = render(catalogue, { kind, language, country, channel }, context);

        for (const output of [message.subject, message.text, message.html, ...message.paragraphs]) {
          expect(output).not.toMatch(/\{\{|\}\}|undefined|\[object Object\]|NaN/);
        }
        expect(message.subject).not.toBe('');
        expect(message.subject).not.toContain('\n');
        expect(message.paragraphs.length).toBeGreaterThan(0);
        expect(message.paragraphs.every((p) => p.trim() !== '')).toBe(true);
        expect(message.text).toBe(message.paragraphs.join('\n\n'));
        if (channel === 'sms') {
          expect(message.sms).toBe(message.text);
          expect(smsLength(message.sms!).segments).toBeLessThanOrEqual(MAX_SMS_SEGMENTS);
        } else {
          expect(message.sms).toBeUndefined();
          expect(message.html.split('\n').every((line) => line.startsWith('<p>') && line.endsWith('</p>'))).toBe(true);
        }
        if (cases === 2 && ['FIRST_REMINDER', 'SECOND_REMINDER', 'FORMAL_NOTICE', 'PLAN_BREACH'].includes(kind) && channel !== 'sms') {
          expect(message.text).toContain('CASE-2025-0001');
          expect(message.text).toContain('CASE-2025-0002');
        }
      }
    }
  });

  it('has no SMS for the kinds sent by letter or e-mail only', () => {
    for (const kind of MESSAGE_KINDS.filter((k) => !isSmsKind(k))) {
      expect(() => render(catalogue, { kind, language: 'en', country: 'GB', channel: 'sms' }, sampleContext({ country: 'GB' }))).toThrow(TemplateNotFoundError);
    }
  });
});

describe('render: amounts and dates follow the locale of the language and the country', () => {
  it('writes the Belgian French amount as Intl does (narrow no-break spaces included) and the long date', () => {
    const message = render(catalogue, { kind: 'FIRST_REMINDER', language: 'fr', country: 'BE', channel: 'letter' }, sampleContext({ country: 'BE' }));
    const amount = new Intl.NumberFormat('fr-BE', { style: 'currency', currency: 'EUR' }).format(1234.56);
    expect(message.text).toContain(`Nous vous prions de payer ${amount} au plus tard le 14 août 2025.`);
    expect(message.text).toContain('1 234,56 €'.replace(/ /g, (_, i: number) => (i === 1 ? '\u202F' : '\u00A0')));
  });

  it.each(TEMPLATE_COUNTRIES.map((country) => [country]))('uses the %s locale for the reader of its usual language', (country) => {
    const language = LOCALE_OF[country].slice(0, 2) as Language;
    const context = sampleContext({ country });
    const message = render(catalogue, { kind: 'SECOND_REMINDER', language, country, channel: 'letter' }, context);
    const expectedAmount = new Intl.NumberFormat(LOCALE_OF[country], { style: 'currency', currency: context.totalDue.currency }).format(1234.56);
    const expectedDate = new Intl.DateTimeFormat(LOCALE_OF[country], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2025, 7, 14, 12)));
    expect(message.text).toContain(expectedAmount);
    expect(message.text).toContain(expectedDate);
  });

  it('puts a decimal comma in Dutch for Belgium and a decimal point in English for the US', () => {
    const nl = render(catalogue, { kind: 'PAYMENT_REMINDER', language: 'nl', country: 'BE', channel: 'email' }, sampleContext({ country: 'BE' }));
    const en = render(catalogue, { kind: 'PAYMENT_REMINDER', language: 'en', country: 'US', channel: 'email' }, sampleContext({ country: 'US' }));
    expect(nl.text).toMatch(/1\.234,56/);
    expect(en.text).toContain('$1,234.56');
    expect(en.text).toContain('August 14, 2025');
  });

  it('writes the debtor language with the debtor country when the country speaks another (a Spanish reader in Sweden)', () => {
    const message = render(catalogue, { kind: 'PAYMENT_RECEIPT', language: 'es', country: 'SE', channel: 'letter' }, sampleContext({ country: 'SE' }));
    expect(message.text).toContain(new Intl.NumberFormat('es-SE', { style: 'currency', currency: 'SEK' }).format(1234.56));
  });
});

describe('render: shape of letters, e-mails and HTML', () => {
  it('addresses creditor kinds to the creditor, without the debtor contact line', () => {
    for (const kind of CREDITOR_KINDS) {
      const message = render(catalogue, { kind, language: 'en', country: 'BE', channel: 'email' }, sampleContext());
      expect(message.paragraphs[0]).toBe('Dear Voltix Energy NV,');
      expect(message.text).not.toContain('Marie Dupont');
      expect(message.text).not.toContain('Questions? Call us');
    }
  });

  it('uses the subject line the agency wrote for a creditor message, else its own', () => {
    const withLine = render(catalogue, { kind: 'CREDITOR_RECOMMENDATION', language: 'fr', country: 'BE', channel: 'email' }, sampleContext());
    const without = render(catalogue, { kind: 'CREDITOR_RECOMMENDATION', language: 'fr', country: 'BE', channel: 'email' }, sampleContext({ overrides: { subjectLine: undefined } }));
    expect(withLine.subject).toBe('Question about case CASE-2025-0001');
    expect(without.subject).toBe('Notre recommandation sur vos dossiers – référence ACT-2025-000123');
  });

  it('escapes values in HTML but not in text', () => {
    const context = sampleContext({ overrides: { debtor: { name: 'Tom <b>&</b> "Jerry"', kind: 'person' } } });
    const message = render(catalogue, { kind: 'PAYMENT_REMINDER', language: 'en', country: 'GB', channel: 'email' }, context);
    expect(message.paragraphs[0]).toBe('Dear Tom <b>&</b> "Jerry",');
    expect(message.html).toContain('<p>Dear Tom &lt;b&gt;&amp;&lt;/b&gt; &quot;Jerry&quot;,</p>');
    expect(message.html).not.toContain('<b>');
  });

  it('turns line breaks inside a paragraph into <br> in HTML', () => {
    const message = render(catalogue, { kind: 'FORMAL_NOTICE', language: 'en', country: 'GB', channel: 'email' }, sampleContext({ country: 'GB', cases: 2 }));
    expect(message.html).toContain('Statement of account:<br>File CASE-2025-0001');
  });

  it('drops a paragraph whose only content is a condition that is false', () => {
    const message = render(catalogue, { kind: 'CREDITOR_REMITTANCE', language: 'en', country: 'BE', channel: 'letter' }, sampleContext({ overrides: { body: undefined } }));
    expect(message.paragraphs).not.toContain('');
    expect(message.paragraphs).toHaveLength(7);
    const withoutRemittance = render(catalogue, { kind: 'CREDITOR_REMITTANCE', language: 'en', country: 'BE', channel: 'letter' }, sampleContext({ overrides: { body: undefined, remittance: undefined } }));
    expect(withoutRemittance.paragraphs).toHaveLength(5);
  });

  it('states each remitted payment and the totals, paid out = collected - commission - costs', () => {
    const message = render(catalogue, { kind: 'CREDITOR_REMITTANCE', language: 'en', country: 'GB', channel: 'email' }, sampleContext({ country: 'GB' }));
    // 1,234.56 collected, 15 % commission 185.18, costs 2.50 → 1,046.88 paid out
    expect(message.text).toContain('case CASE-2025-0001 (your reference INV-CLIENT-7781): collected £1,234.56, commission £185.18, costs £2.50, paid out £1,046.88');
    expect(message.text).toContain('Total: collected £1,234.56, commission £185.18, costs £2.50, paid out to you £1,046.88.');
  });
});

describe('render: never a blank letter', () => {
  it('fails when a date the message prints is missing', () => {
    const context = sampleContext({ overrides: { respondBy: undefined } });
    expect(() => render(catalogue, { kind: 'FORMAL_NOTICE', language: 'de', country: 'DE', channel: 'letter' }, context)).toThrow(TemplateRenderFailedError);
    expect(() => render(catalogue, { kind: 'FORMAL_NOTICE', language: 'de', country: 'DE', channel: 'letter' }, context)).toThrow(/FORMAL_NOTICE \/ de \/ DE \/ letter \/ body\[1\]: a date must be a calendar date YYYY-MM-DD, got nothing/);
  });

  it.each([undefined, '', '   '])('fails when a text the message prints is missing or blank (%p)', (body) => {
    const context = sampleContext({ overrides: { body } });
    expect(() => render(catalogue, { kind: 'CREDITOR_APPROVAL_REQUEST', language: 'en', country: 'BE', channel: 'letter' }, context)).toThrow(/body\[1\]: the context lacks a value the template prints/);
  });

  it('fails when a key is absent altogether', () => {
    const { body: _body, ...context } = sampleContext();
    expect(() => render(catalogue, { kind: 'CREDITOR_INFORMATION_REQUEST', language: 'sv', country: 'SE', channel: 'email' }, context)).toThrow(TemplateRenderFailedError);
  });

  it('fails when the creditor address an identity mention needs is missing', () => {
    const context = sampleContext({ overrides: { creditor: { name: 'Voltix Energy NV' } } });
    expect(() => render(catalogue, { kind: 'FORMAL_NOTICE', language: 'fr', country: 'FR', channel: 'letter' }, context)).toThrow(/mention:creditor-identity: an address must be/);
  });

  it('renders the optional parts away when they are absent', () => {
    const context = sampleContext({ overrides: { paymentUrl: undefined, respondBy: undefined } });
    const message = render(catalogue, { kind: 'PAYMENT_REMINDER', language: 'en', country: 'GB', channel: 'letter' }, context);
    expect(message.text).toContain('Please pay as soon as possible.');
    expect(message.text).not.toContain('online');
  });

  it('refuses an unknown language or country', () => {
    expect(() => render(catalogue, { kind: 'CLOSURE', language: 'it' as Language, country: 'BE', channel: 'letter' }, sampleContext())).toThrow(TemplateNotFoundError);
    expect(() => render(catalogue, { kind: 'CLOSURE', language: 'fr', country: 'LU' as TemplateCountry, channel: 'letter' }, sampleContext())).toThrow(TemplateNotFoundError);
  });
});

describe('render: SMS', () => {
  it('fits 3 segments, in GSM-7 when the words allow it (the amount spaces are made plain)', () => {
    const message = render(catalogue, { kind: 'PAYMENT_REMINDER', language: 'fr', country: 'BE', channel: 'sms' }, sampleContext());
    expect(message.sms).toBe('Acme Recovery SRL : rappel, 1 234,56 € reste à payer à Voltix Energy NV. Payez ici : https://pay.acme.example/c/AB12CD Désabonnement : répondez STOP.');
    expect(smsLength(message.sms!)).toEqual({ encoding: 'GSM-7', units: 150, segments: 1 }); // € takes two septets
  });

  it.each(LANGUAGES.map((language) => [language]))('carries the US opt-out and debt-collector disclosure in %s', (language) => {
    for (const kind of SMS_KINDS) {
      const message = render(catalogue, { kind, language, country: 'US', channel: 'sms' }, sampleContext({ country: 'US' }));
      expect(message.sms).toContain(mentionText('opt-out', language));
      expect(message.sms).toContain(mentionText('debt-collector-disclosure', language));
    }
  });

  it('carries the opt-out in every country too (our choice), but the US disclosure only in the US', () => {
    const message = render(catalogue, { kind: 'PLAN_BREACH', language: 'nl', country: 'NL', channel: 'sms' }, sampleContext({ country: 'NL' }));
    expect(message.sms).toMatch(/Afmelden: antwoord STOP\.$/);
    expect(message.sms).not.toContain(mentionText('debt-collector-disclosure', 'nl'));
  });

  it('is an error, never a truncation, beyond 3 segments', () => {
    const context = sampleContext({ overrides: { creditor: { name: 'A creditor with a very long name '.repeat(12).trim() } } });
    expect(() => render(catalogue, { kind: 'FIRST_REMINDER', language: 'en', country: 'GB', channel: 'sms' }, context)).toThrow(SmsTooLongError);
    expect(() => render(catalogue, { kind: 'FIRST_REMINDER', language: 'en', country: 'GB', channel: 'sms' }, context)).toThrow(/needs 4 segments \(\d+ GSM-7 units\), at most 3/);
  });
});
