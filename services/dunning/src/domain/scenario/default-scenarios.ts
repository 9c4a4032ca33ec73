import type { PolicyCountry } from '../steps';
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
 * Business debtors get no home visit anywhere (agency practice: a business is reached by phone
 * and e-mail). Consumer home visits follow HOME_VISIT_LAWFUL below; the policies' forbiddenSteps,
 * once a policy exists for a country, are the authority, and the spec checks the defaults against them.
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

/**
 * Whether the default consumer scenarios make a home visit, per country, and why. Where no source
 * settles it the stricter reading is taken (../shared/COUNTRY-RULES.md): no visit.
 */
export const HOME_VISIT_LAWFUL: Readonly<Record<PolicyCountry, { lawful: boolean; basis: string }>> = {
  BE: { lawful: true, basis: 'Code of Economic Law art. XIX.10: visits allowed, not 22:00–08:00, with a document saying the visit may be refused' },
  FR: { lawful: false, basis: 'no statute found on collectors\' home visits: stricter reading' },
  ES: { lawful: false, basis: 'no statute found on collectors\' home visits: stricter reading' },
  NL: { lawful: false, basis: 'no statute found on collectors\' home visits: stricter reading' },
  DE: { lawful: false, basis: 'field-service visits practised, no statute found: stricter reading' },
  SE: { lawful: false, basis: 'good collection practice (inkassolagen): visits read as undue pressure' },
  GB: { lawful: false, basis: 'not covered by the CONC 7 rules read: stricter reading' },
  US: { lawful: false, basis: 'FDCPA: third-party disclosure and inconvenient-place risk: stricter reading' },
};
