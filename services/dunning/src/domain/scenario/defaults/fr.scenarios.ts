import type { Scenario } from '../scenario';
import { ALL_AMOUNTS, defaultScenario, SMALL_CLAIMS, STANDARD_CLAIMS, stepsFor } from './step-builders';

/**
 * France. The collector's first letter carries the CPCE R124-4 content (collector and creditor,
 * the claim split into principal, interest and accessories, how to pay, art. L111-8); every later
 * step repeats its reference and date (templates). No amicable-collection cost is charged to a
 * consumer. No statute settles home visits by a collector: the stricter reading is taken and the
 * default scenarios make none.
 */
const c = stepsFor('FR', 'B2C');
const b = stepsFor('FR', 'B2B');

export const FR_SCENARIOS: Scenario[] = [
  defaultScenario({
    id: 'fr-b2c-small',
    name: 'France, consumer, under EUR 500',
    country: 'FR',
    debtorKind: 'B2C',
    amountBand: SMALL_CLAIMS,
    steps: [c.letter('first-reminder', 0), c.email('first-reminder-email', 0), c.sms('payment-link-sms', 10), c.call('phone-follow-up', 7), c.formalNotice(14), c.evaluation(21)],
    planBreachSteps: c.planBreach({ sms: true }),
  }),
  defaultScenario({
    id: 'fr-b2c-standard',
    name: 'France, consumer, EUR 500 and over',
    country: 'FR',
    debtorKind: 'B2C',
    amountBand: STANDARD_CLAIMS,
    steps: [c.letter('first-reminder', 0), c.email('first-reminder-email', 0), c.call('phone-follow-up', 10), c.letter('second-reminder', 10), c.sms('payment-link-sms', 0), c.formalNotice(14), c.intensiveCalls(14), c.evaluation(30)],
    planBreachSteps: c.planBreach({ sms: true }),
  }),
  defaultScenario({
    id: 'fr-b2b',
    name: 'France, business, any amount',
    country: 'FR',
    debtorKind: 'B2B',
    amountBand: ALL_AMOUNTS,
    steps: [b.letter('first-reminder', 0), b.email('first-reminder-email', 0), b.call('phone-follow-up', 7), b.letter('second-reminder', 7), b.formalNotice(14), b.intensiveCalls(10), b.evaluation(21)],
    planBreachSteps: b.planBreach({ sms: false }),
  }),
];
