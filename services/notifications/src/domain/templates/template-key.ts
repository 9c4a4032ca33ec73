import type { MessageChannel, MessageKind } from '../message';
import { TemplateKeyUnknownError } from './template.errors';
import { TEMPLATE_COUNTRIES, type TemplateCountry } from './template-wording';

/**
 * The template keys dunning sends with an action: `<country>.<b2c|b2b>.<step id>`, lower case
 * (`be.b2c.first-reminder`; dunning's step-builders.ts). The step id names the scenario step; the
 * kind of message and the channel follow from it.
 */
export const STEP_TEMPLATES = {
  'first-reminder': { kind: 'FIRST_REMINDER', channel: 'letter' },
  'second-reminder': { kind: 'SECOND_REMINDER', channel: 'letter' },
  'formal-notice': { kind: 'FORMAL_NOTICE', channel: 'letter' },
  'plan-breach-letter': { kind: 'PLAN_BREACH', channel: 'letter' },
  'first-reminder-email': { kind: 'FIRST_REMINDER', channel: 'email' },
  'reminder-email': { kind: 'PAYMENT_REMINDER', channel: 'email' },
  'payment-link-sms': { kind: 'PAYMENT_REMINDER', channel: 'sms' },
  'plan-breach-sms': { kind: 'PLAN_BREACH', channel: 'sms' },
} as const satisfies Record<string, { kind: MessageKind; channel: MessageChannel }>;
export type StepTemplateId = keyof typeof STEP_TEMPLATES;

export interface ParsedTemplateKey {
  country: TemplateCountry;
  debtorKind: 'B2C' | 'B2B';
  stepId: StepTemplateId;
  kind: MessageKind;
  channel: MessageChannel;
}

const TEMPLATE_KEY = /^([a-z]{2})\.(b2c|b2b)\.([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** Reads a dunning template key; throws `TemplateKeyUnknownError` saying what is wrong with it. */
export function parseTemplateKey(templateKey: string): ParsedTemplateKey {
  const match = typeof templateKey === 'string' ? TEMPLATE_KEY.exec(templateKey) : null;
  if (!match) {
    throw new TemplateKeyUnknownError(`template key ${JSON.stringify(templateKey)} is not "<country>.<b2c|b2b>.<step id>" in lower case (e.g. "be.b2c.first-reminder")`);
  }
  const [, countryCode, debtorKind, stepId] = match;
  const country = countryCode.toUpperCase();
  if (!(TEMPLATE_COUNTRIES as readonly string[]).includes(country)) {
    throw new TemplateKeyUnknownError(`template key "${templateKey}": no templates for country "${country}" (known: ${TEMPLATE_COUNTRIES.join(', ')})`);
  }
  if (!Object.prototype.hasOwnProperty.call(STEP_TEMPLATES, stepId)) {
    throw new TemplateKeyUnknownError(`template key "${templateKey}": unknown step "${stepId}" (known: ${Object.keys(STEP_TEMPLATES).join(', ')})`);
  }
  const step = STEP_TEMPLATES[stepId as StepTemplateId];
  return { country: country as TemplateCountry, debtorKind: debtorKind.toUpperCase() as 'B2C' | 'B2B', stepId: stepId as StepTemplateId, kind: step.kind, channel: step.channel };
}

/** The message kind a dunning template key sends (`fr.b2c.payment-link-sms` → `PAYMENT_REMINDER`). */
export function messageKindOf(templateKey: string): MessageKind {
  return parseTemplateKey(templateKey).kind;
}
