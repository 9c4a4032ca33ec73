import type { Scenario } from '../scenario';
import { ALL_AMOUNTS, defaultScenario, SMALL_CLAIMS, STANDARD_CLAIMS, stepsFor } from './step-builders';

/**
 * Germany. The first consumer letter is the RDG §13a first demand (client, reason of the claim,
 * interest calculation, costs by kind, VAT statement, supervisory authority). Field-service visits
 * are practised but not settled by a statute found: the stricter reading is taken and the default
 * scenarios make none.
 */
const c = stepsFor('DE', 'B2C');
const b = stepsFor('DE', 'B2B');

export const DE_SCENARIOS: Scenario[] = [
  defaultScenario({
    id: 'de-b2c-small',
    name: 'Germany, consumer, under EUR 500',
    country: 'DE',
    debtorKind: 'B2C',
    amountBand: SMALL_CLAIMS,
    steps: [c.letter('first-reminder', 0), c.email('first-reminder-email', 0), c.sms('payment-link-sms', 10), c.call('phone-follow-up', 7), c.formalNotice(14), c.evaluation(21)],
    planBreachSteps: c.planBreach({ sms: true }),
  }),
  defaultScenario({
    id: 'de-b2c-standard',
    name: 'Germany, consumer, EUR 500 and over',
    country: 'DE',
    debtorKind: 'B2C',
    amountBand: STANDARD_CLAIMS,
    steps: [c.letter('first-reminder', 0), c.email('first-reminder-email', 0), c.call('phone-follow-up', 10), c.letter('second-reminder', 10), c.sms('payment-link-sms', 0), c.formalNotice(14), c.intensiveCalls(14), c.evaluation(28)],
    planBreachSteps: c.planBreach({ sms: true }),
  }),
  defaultScenario({
    id: 'de-b2b',
    name: 'Germany, business, any amount',
    country: 'DE',
    debtorKind: 'B2B',
    amountBand: ALL_AMOUNTS,
    steps: [b.letter('first-reminder', 0), b.email('first-reminder-email', 0), b.call('phone-follow-up', 7), b.letter('second-reminder', 7), b.formalNotice(14), b.intensiveCalls(10), b.evaluation(21)],
    planBreachSteps: b.planBreach({ sms: false }),
  }),
];
