import type { Scenario } from '../scenario';
import { ALL_AMOUNTS, defaultScenario, SMALL_CLAIMS, STANDARD_CLAIMS, stepsFor } from './step-builders';

/**
 * Sweden. The first letter is the collection demand (inkassokrav): at least 8 days from sending
 * and 4 bank days after assumed receipt before any further step. The SE policies treat every
 * letter, e-mail and formal notice as a demand (stricter), so each is followed by 10 days or more
 * with nothing else; an SMS or a call on the day of an e-mail goes before it. Good collection
 * practice makes home visits undue pressure in the stricter reading: none.
 */
const c = stepsFor('SE', 'B2C');
const b = stepsFor('SE', 'B2B');

export const SE_SCENARIOS: Scenario[] = [
  defaultScenario({
    id: 'se-b2c-small',
    name: 'Sweden, consumer, under EUR 500',
    country: 'SE',
    debtorKind: 'B2C',
    amountBand: SMALL_CLAIMS,
    steps: [c.letter('first-reminder', 0), c.sms('payment-link-sms', 14), c.email('reminder-email', 0), c.call('phone-follow-up', 10), c.formalNotice(10), c.evaluation(21)],
    planBreachSteps: c.planBreach({ sms: true, callAfterDays: 12 }),
  }),
  defaultScenario({
    id: 'se-b2c-standard',
    name: 'Sweden, consumer, EUR 500 and over',
    country: 'SE',
    debtorKind: 'B2C',
    amountBand: STANDARD_CLAIMS,
    steps: [c.letter('first-reminder', 0), c.call('phone-follow-up', 14), c.sms('payment-link-sms', 0), c.email('reminder-email', 0), c.letter('second-reminder', 10), c.formalNotice(14), c.intensiveCalls(12), c.evaluation(21)],
    planBreachSteps: c.planBreach({ sms: true, callAfterDays: 12 }),
  }),
  defaultScenario({
    id: 'se-b2b',
    name: 'Sweden, business, any amount',
    country: 'SE',
    debtorKind: 'B2B',
    amountBand: ALL_AMOUNTS,
    steps: [b.letter('first-reminder', 0), b.call('phone-follow-up', 14), b.email('reminder-email', 0), b.letter('second-reminder', 10), b.formalNotice(14), b.intensiveCalls(12), b.evaluation(21)],
    planBreachSteps: b.planBreach({ sms: false, callAfterDays: 12 }),
  }),
];
