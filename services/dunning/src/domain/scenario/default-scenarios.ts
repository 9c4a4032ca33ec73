import { BE_SCENARIOS } from './defaults/be.scenarios';
import { DE_SCENARIOS } from './defaults/de.scenarios';
import { ES_SCENARIOS } from './defaults/es.scenarios';
import { FR_SCENARIOS } from './defaults/fr.scenarios';
import { GB_SCENARIOS } from './defaults/gb.scenarios';
import { NL_SCENARIOS } from './defaults/nl.scenarios';
import { SE_SCENARIOS } from './defaults/se.scenarios';
import { US_SCENARIOS } from './defaults/us.scenarios';
import type { Scenario } from './scenario';

/**
 * The scenarios the platform ships, one set in force per country × debtor kind, covering every
 * balance and score (README.md lists them with their days). Each follows the typical scenario of
 * DESIGN.md §2 step 3 — first reminder letter → phone follow-up → second reminder → home visit
 * (where lawful) → formal notice → intensive phone follow-up → evaluation — adapted per country
 * (waiting periods in the spacing, the first letter's legal content in its template) and per band:
 * consumer claims under EUR 500 get fewer, cheaper steps (an SMS before the only call, no second
 * letter, no intensive calls). Every track ends in an evaluation within 120 days.
 *
 * Home visits follow the policies (domain/policy): only Belgium's consumer policy allows them
 * (CEL art. XIX.10); every other country's policy forbids VISIT. Business debtors get none anywhere
 * (agency practice: a business is reached by phone and e-mail). The specs check every default
 * against its policy (validateScenarioSet with policyFor) and run it through the compliance guard,
 * so that no step waits on a waiting period for more than a weekend or a holiday.
 */
export const DEFAULT_SCENARIOS: readonly Scenario[] = [
  ...BE_SCENARIOS,
  ...FR_SCENARIOS,
  ...ES_SCENARIOS,
  ...NL_SCENARIOS,
  ...DE_SCENARIOS,
  ...SE_SCENARIOS,
  ...GB_SCENARIOS,
  ...US_SCENARIOS,
];

