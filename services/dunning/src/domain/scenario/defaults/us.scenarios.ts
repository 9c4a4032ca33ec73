import type { Scenario } from '../scenario';
import { ALL_AMOUNTS, defaultScenario, SMALL_CLAIMS, STANDARD_CLAIMS, stepsFor } from './step-builders';

/**
 * United States (FDCPA, Regulation F, consumers only). The first letter is the validation notice;
 * e-mail follows only once it is out. The dispute window is 30 days after assumed receipt, so the
 * formal notice (final demand) waits until day 41. Calls stay within 7 in 7 days (the compliance
 * guard); every e-mail and SMS carries an opt-out (templates). No home visits (third-party
 * disclosure risk, stricter reading).
 */
const c = stepsFor('US', 'B2C');
const b = stepsFor('US', 'B2B');

export const US_SCENARIOS: Scenario[] = [
  defaultScenario({
    id: 'us-b2c-small',
    name: 'United States, consumer, under EUR 500',
    country: 'US',
    debtorKind: 'B2C',
    amountBand: SMALL_CLAIMS,
    steps: [c.letter('first-reminder', 0), c.email('reminder-email', 10), c.sms('payment-link-sms', 7), c.call('phone-follow-up', 7), c.formalNotice(17), c.evaluation(21)],
    planBreachSteps: c.planBreach({ sms: true }),
  }),
  defaultScenario({
    id: 'us-b2c-standard',
    name: 'United States, consumer, EUR 500 and over',
    country: 'US',
    debtorKind: 'B2C',
    amountBand: STANDARD_CLAIMS,
    steps: [c.letter('first-reminder', 0), c.call('phone-follow-up', 10), c.email('reminder-email', 0), c.letter('second-reminder', 14), c.sms('payment-link-sms', 0), c.formalNotice(17), c.intensiveCalls(10), c.evaluation(28)],
    planBreachSteps: c.planBreach({ sms: true }),
  }),
  defaultScenario({
    id: 'us-b2b',
    name: 'United States, business, any amount',
    country: 'US',
    debtorKind: 'B2B',
    amountBand: ALL_AMOUNTS,
    steps: [b.letter('first-reminder', 0), b.email('first-reminder-email', 0), b.call('phone-follow-up', 7), b.letter('second-reminder', 7), b.formalNotice(14), b.intensiveCalls(10), b.evaluation(21)],
    planBreachSteps: b.planBreach({ sms: false }),
  }),
];
