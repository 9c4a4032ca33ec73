import { messageKindOf, parseTemplateKey, STEP_TEMPLATES } from './template-key';
import { TemplateKeyUnknownError } from './template.errors';
import { TEMPLATE_COUNTRIES } from './template-wording';

describe('messageKindOf', () => {
  it.each([
    ['be.b2c.first-reminder', 'FIRST_REMINDER'],
    ['fr.b2b.second-reminder', 'SECOND_REMINDER'],
    ['de.b2c.formal-notice', 'FORMAL_NOTICE'],
    ['nl.b2c.plan-breach-letter', 'PLAN_BREACH'],
    ['gb.b2c.first-reminder-email', 'FIRST_REMINDER'],
    ['us.b2c.reminder-email', 'PAYMENT_REMINDER'],
    ['es.b2c.payment-link-sms', 'PAYMENT_REMINDER'],
    ['se.b2c.plan-breach-sms', 'PLAN_BREACH'],
  ])('%s sends %s', (key, kind) => {
    expect(messageKindOf(key)).toBe(kind);
  });

  it('knows every step of every country and debtor kind dunning keys templates by', () => {
    for (const country of TEMPLATE_COUNTRIES) {
      for (const debtorKind of ['b2c', 'b2b']) {
        for (const stepId of Object.keys(STEP_TEMPLATES)) expect(() => messageKindOf(`${country.toLowerCase()}.${debtorKind}.${stepId}`)).not.toThrow();
      }
    }
  });

  it('says what is wrong with an unknown key', () => {
    expect(() => messageKindOf('be.b2c.home-visit')).toThrow(TemplateKeyUnknownError);
    expect(() => messageKindOf('be.b2c.home-visit')).toThrow(/unknown step "home-visit" \(known: first-reminder, second-reminder, formal-notice/);
    expect(() => messageKindOf('lu.b2c.first-reminder')).toThrow(/no templates for country "LU"/);
    expect(() => messageKindOf('be.b2x.first-reminder')).toThrow(/is not "<country>.<b2c\|b2b>.<step id>"/);
    expect(() => messageKindOf('BE.B2C.FIRST-REMINDER')).toThrow(TemplateKeyUnknownError);
    expect(() => messageKindOf('')).toThrow(TemplateKeyUnknownError);
  });
});

describe('parseTemplateKey', () => {
  it('gives the country, the debtor kind, the step, the kind and the channel', () => {
    expect(parseTemplateKey('fr.b2c.payment-link-sms')).toEqual({ country: 'FR', debtorKind: 'B2C', stepId: 'payment-link-sms', kind: 'PAYMENT_REMINDER', channel: 'sms' });
    expect(parseTemplateKey('us.b2b.formal-notice')).toEqual({ country: 'US', debtorKind: 'B2B', stepId: 'formal-notice', kind: 'FORMAL_NOTICE', channel: 'letter' });
  });
});
