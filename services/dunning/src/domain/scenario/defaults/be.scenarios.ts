import type { Scenario } from '../scenario';
import { ALL_AMOUNTS, defaultScenario, SMALL_CLAIMS, STANDARD_CLAIMS, stepsFor } from './step-builders';

/**
 * Belgium. Consumers (Code of Economic Law Book XIX): the collector's first letter is its formal
 * notice opening amicable collection, with at least 15 days before any further step (an e-mail
 * copy included), counted from the 3rd working day after posting: the next step comes 20 days
 * later (15 days plus up to 5 for three working days over a weekend); the same after the formal
 * notice. Home visits are lawful (art. XIX.10: not 22:00–08:00; the
 * debtor is handed a document saying the visit may be refused, the `be.b2c.home-visit` template).
 * Consumer claims of EUR 500 and over are split by score: below 30 the visit is not worth its cost
 * and the case reaches evaluation sooner.
 */
const c = stepsFor('BE', 'B2C');
const b = stepsFor('BE', 'B2B');

export const LOW_SCORE_MAX = 29;

export const BE_SCENARIOS: Scenario[] = [
  defaultScenario({
    id: 'be-b2c-small',
    name: 'Belgium, consumer, under EUR 500',
    country: 'BE',
    debtorKind: 'B2C',
    amountBand: SMALL_CLAIMS,
    steps: [c.letter('first-reminder', 0), c.sms('payment-link-sms', 20), c.email('reminder-email', 0), c.call('phone-follow-up', 7), c.formalNotice(14), c.evaluation(25)],
    planBreachSteps: c.planBreach({ sms: true }),
  }),
  defaultScenario({
    id: 'be-b2c-standard',
    name: 'Belgium, consumer, EUR 500 and over, score 30 to 100',
    country: 'BE',
    debtorKind: 'B2C',
    amountBand: STANDARD_CLAIMS,
    scoreBand: { min: LOW_SCORE_MAX + 1, max: 100 },
    steps: [
      c.letter('first-reminder', 0),
      c.call('phone-follow-up', 20),
      c.letter('second-reminder', 10),
      c.email('reminder-email', 0),
      c.sms('payment-link-sms', 7),
      c.homeVisit(7),
      c.formalNotice(10),
      c.intensiveCalls(21),
      c.evaluation(25),
    ],
    planBreachSteps: c.planBreach({ sms: true }),
  }),
  defaultScenario({
    id: 'be-b2c-low-score',
    name: 'Belgium, consumer, EUR 500 and over, score 0 to 29',
    country: 'BE',
    debtorKind: 'B2C',
    amountBand: STANDARD_CLAIMS,
    scoreBand: { min: 0, max: LOW_SCORE_MAX },
    steps: [
      c.letter('first-reminder', 0),
      c.call('phone-follow-up', 20),
      c.letter('second-reminder', 10),
      c.email('reminder-email', 0),
      c.formalNotice(14),
      c.intensiveCalls(21),
      c.evaluation(21),
    ],
    planBreachSteps: c.planBreach({ sms: true }),
  }),
  defaultScenario({
    id: 'be-b2b',
    name: 'Belgium, business, any amount',
    country: 'BE',
    debtorKind: 'B2B',
    amountBand: ALL_AMOUNTS,
    steps: [b.letter('first-reminder', 0), b.email('first-reminder-email', 0), b.call('phone-follow-up', 10), b.letter('second-reminder', 10), b.formalNotice(14), b.intensiveCalls(10), b.evaluation(21)],
    planBreachSteps: b.planBreach({ sms: false }),
  }),
];
