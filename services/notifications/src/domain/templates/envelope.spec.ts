import { envelopeSenderLine, revealsCollection } from './envelope';
import { TemplateNotFoundError } from './template.errors';
import type { TemplateCountry } from './template-wording';

describe('revealsCollection', () => {
  it('is false where the envelope must not reveal debt collection', () => {
    expect(revealsCollection('BE')).toBe(false);
    expect(revealsCollection('US')).toBe(false);
    expect(revealsCollection('GB')).toBe(false);
  });

  it('is true where no rule was found', () => {
    for (const country of ['FR', 'DE', 'NL', 'ES', 'SE'] as const) expect(revealsCollection(country)).toBe(true);
  });

  it('refuses a country it has no rule for', () => {
    expect(() => revealsCollection('LU' as TemplateCountry)).toThrow(TemplateNotFoundError);
  });
});

describe('envelopeSenderLine', () => {
  it('names the agency and what it does where the envelope may say so', () => {
    expect(envelopeSenderLine('FR', 'Acme Recovery SRL', 'fr')).toBe('Acme Recovery SRL – Société de recouvrement');
    expect(envelopeSenderLine('DE', 'Acme GmbH', 'de')).toBe('Acme GmbH – Inkassounternehmen');
  });

  it('names only the agency where the envelope must be neutral', () => {
    expect(envelopeSenderLine('BE', 'Acme SRL', 'nl')).toBe('Acme SRL');
    expect(envelopeSenderLine('US', 'Acme LLC', 'en')).toBe('Acme LLC');
  });

  it('uses a neutral sender when the agency name itself speaks of collection', () => {
    expect(envelopeSenderLine('BE', 'Acme Recovery SRL', 'fr')).toBe('Service clientèle');
    expect(envelopeSenderLine('BE', 'Incasso Vlaanderen NV', 'nl')).toBe('Klantendienst');
    expect(envelopeSenderLine('US', 'Acme Debt Collectors LLC', 'en')).toBe('Customer service');
    expect(envelopeSenderLine('GB', 'Cobros Acme SL', 'es')).toBe('Atención al cliente');
  });
});
