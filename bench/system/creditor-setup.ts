/** The one creditor the system benchmark imports for, and the consultants its cases are assigned to. */
import type { Platform } from '../../tools/platform/driver';
import { BENCH_COUNTRIES, languagesOf } from '../intake/case-rows';

/** Two consultants for every country the generated cases come from; the creditor is returned with its API key. */
export async function setUpCreditorAndConsultants(platform: Platform) {
  const creditor = await platform.operator.createCreditor('Bench Utilities NV');
  // Letters must name the creditor: without its identity notifications fails every letter (TEMPLATE_MISSING) and dunning reacts.
  await platform.operator.registerCreditorIdentity(creditor.creditorId, {
    name: 'Bench Utilities NV',
    enterpriseNumber: '0403.170.701',
    address: { lines: ['Rue de la Loi 16'], postalCode: '1000', locality: 'Bruxelles', country: 'BE' },
    email: 'claims@bench-utilities.example',
    language: 'fr',
  });
  for (const country of BENCH_COUNTRIES) {
    for (const n of [1, 2]) {
      await platform.operator.addConsultant({ name: `Consultant ${country} ${n}`, email: `consultant.${country.toLowerCase()}.${n}@agency.example`, countries: [country], languages: languagesOf(country) });
    }
  }
  return creditor;
}
