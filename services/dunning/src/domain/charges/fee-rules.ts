import type { PolicyCountry } from '../steps';
import { belgianFees } from './be-charges';
import type { RuleOutcome } from './charge';
import { germanFees } from './de-charges';
import { spanishFees } from './es-charges';
import type { FeeFacts } from './fee-facts';
import { frenchFees } from './fr-charges';
import { britishFees } from './gb-charges';
import { dutchFees } from './nl-charges';
import { swedishFees } from './se-charges';
import { usFees } from './us-charges';

/** Which country's fee rules apply: one evaluator per country, each in its own file with its sources. */
export const FEE_RULES_OF_COUNTRY: Readonly<Record<PolicyCountry, (facts: FeeFacts) => RuleOutcome>> = {
  BE: belgianFees,
  FR: frenchFees,
  ES: spanishFees,
  NL: dutchFees,
  DE: germanFees,
  SE: swedishFees,
  GB: britishFees,
  US: usFees,
};
