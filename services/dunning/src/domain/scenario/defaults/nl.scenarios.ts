import type { Scenario } from '../scenario';
import { ALL_AMOUNTS, defaultScenario, SMALL_CLAIMS, STANDARD_CLAIMS, stepsFor } from './step-builders';

/**
 * Netherlands. The first consumer letter is the free 14-day letter (BW 6:96(6)): 14 days from the
 * day after assumed receipt (2nd day after posting, Sundays, Mondays and holidays not counting),
 * so the next step comes 19 days later. No statute found on collectors' home visits: the stricter
 * reading is taken and the default scenarios make none.
 */
const c = stepsFor('NL', 'B2C');
const b = stepsFor('NL', 'B2B');

export const NL_SCENARIOS: Scenario[] = [
  defaultScenario({
    id: 'nl-b2c-small',
    name: 'Netherlands, consumer, under EUR 500',
    country: 'NL',
    debtorKind: 'B2C',
    amountBand: SMALL_CLAIMS,
    steps: [c.letter('first-reminder', 0), c.email('reminder-email', 19), c.sms('payment-link-sms', 0), c.call('phone-follow-up', 7), c.formalNotice(14), c.evaluation(21)],
    planBreachSteps: c.planBreach({ sms: true }),
  }),
  defaultScenario({
    id: 'nl-b2c-standard',
    name: 'Netherlands, consumer, EUR 500 and over',
    country: 'NL',
    debtorKind: 'B2C',
    amountBand: STANDARD_CLAIMS,
    steps: [c.letter('first-reminder', 0), c.call('phone-follow-up', 19), c.email('reminder-email', 0), c.letter('second-reminder', 7), c.sms('payment-link-sms', 4), c.formalNotice(10), c.intensiveCalls(14), c.evaluation(28)],
    planBreachSteps: c.planBreach({ sms: true }),
  }),
  defaultScenario({
    id: 'nl-b2b',
    name: 'Netherlands, business, any amount',
    country: 'NL',
    debtorKind: 'B2B',
    amountBand: ALL_AMOUNTS,
    steps: [b.letter('first-reminder', 0), b.email('first-reminder-email', 0), b.call('phone-follow-up', 7), b.letter('second-reminder', 7), b.formalNotice(14), b.intensiveCalls(10), b.evaluation(21)],
    planBreachSteps: b.planBreach({ sms: false }),
  }),
];
