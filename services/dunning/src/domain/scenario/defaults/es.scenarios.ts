import type { Scenario } from '../scenario';
import { ALL_AMOUNTS, defaultScenario, SMALL_CLAIMS, STANDARD_CLAIMS, stepsFor } from './step-builders';

/**
 * Spain. The formal notice goes by burofax (proof of content and receipt), 3 weeks after the
 * second reminder. Since LO 1/2025 a documented negotiation attempt is required before suing: the
 * calls and the evaluation keep that record. Home visits by collectors are not settled by a statute
 * found: the stricter reading is taken and the default scenarios make none.
 */
const c = stepsFor('ES', 'B2C');
const b = stepsFor('ES', 'B2B');

export const ES_SCENARIOS: Scenario[] = [
  defaultScenario({
    id: 'es-b2c-small',
    name: 'Spain, consumer, under EUR 500',
    country: 'ES',
    debtorKind: 'B2C',
    amountBand: SMALL_CLAIMS,
    steps: [c.letter('first-reminder', 0), c.email('first-reminder-email', 0), c.sms('payment-link-sms', 10), c.call('phone-follow-up', 7), c.formalNotice(14), c.evaluation(35)],
    planBreachSteps: c.planBreach({ sms: true }),
  }),
  defaultScenario({
    id: 'es-b2c-standard',
    name: 'Spain, consumer, EUR 500 and over',
    country: 'ES',
    debtorKind: 'B2C',
    amountBand: STANDARD_CLAIMS,
    steps: [c.letter('first-reminder', 0), c.email('first-reminder-email', 0), c.call('phone-follow-up', 10), c.letter('second-reminder', 10), c.sms('payment-link-sms', 0), c.formalNotice(21), c.intensiveCalls(14), c.evaluation(30)],
    planBreachSteps: c.planBreach({ sms: true }),
  }),
  defaultScenario({
    id: 'es-b2b',
    name: 'Spain, business, any amount',
    country: 'ES',
    debtorKind: 'B2B',
    amountBand: ALL_AMOUNTS,
    steps: [b.letter('first-reminder', 0), b.email('first-reminder-email', 0), b.call('phone-follow-up', 7), b.letter('second-reminder', 7), b.formalNotice(14), b.intensiveCalls(10), b.evaluation(28)],
    planBreachSteps: b.planBreach({ sms: false }),
  }),
];
