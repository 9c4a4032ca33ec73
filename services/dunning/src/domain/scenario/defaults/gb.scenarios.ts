import type { Scenario } from '../scenario';
import { ALL_AMOUNTS, defaultScenario, SMALL_CLAIMS, STANDARD_CLAIMS, stepsFor } from './step-builders';

/**
 * United Kingdom. For consumers the formal notice is the pre-action protocol letter of claim
 * (statement of account, information sheet, reply form, financial statement): the evaluation, where
 * legal action may be recommended, comes 30 days or more after it. Doorstep visits are not in the
 * rules read (CONC 7): the stricter reading is taken and the default scenarios make none.
 */
const c = stepsFor('GB', 'B2C');
const b = stepsFor('GB', 'B2B');

export const GB_SCENARIOS: Scenario[] = [
  defaultScenario({
    id: 'gb-b2c-small',
    name: 'United Kingdom, consumer, under EUR 500',
    country: 'GB',
    debtorKind: 'B2C',
    amountBand: SMALL_CLAIMS,
    steps: [c.letter('first-reminder', 0), c.email('first-reminder-email', 0), c.sms('payment-link-sms', 10), c.call('phone-follow-up', 7), c.formalNotice(14), c.evaluation(37)],
    planBreachSteps: c.planBreach({ sms: true }),
  }),
  defaultScenario({
    id: 'gb-b2c-standard',
    name: 'United Kingdom, consumer, EUR 500 and over',
    country: 'GB',
    debtorKind: 'B2C',
    amountBand: STANDARD_CLAIMS,
    steps: [c.letter('first-reminder', 0), c.email('first-reminder-email', 0), c.call('phone-follow-up', 10), c.letter('second-reminder', 10), c.sms('payment-link-sms', 0), c.formalNotice(14), c.intensiveCalls(7), c.evaluation(30)],
    planBreachSteps: c.planBreach({ sms: true }),
  }),
  defaultScenario({
    id: 'gb-b2b',
    name: 'United Kingdom, business, any amount',
    country: 'GB',
    debtorKind: 'B2B',
    amountBand: ALL_AMOUNTS,
    steps: [b.letter('first-reminder', 0), b.email('first-reminder-email', 0), b.call('phone-follow-up', 7), b.letter('second-reminder', 7), b.formalNotice(14), b.intensiveCalls(10), b.evaluation(21)],
    planBreachSteps: b.planBreach({ sms: false }),
  }),
];
