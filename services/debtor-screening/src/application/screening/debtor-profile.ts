import { identityKeys, type DebtorFacts } from '../../domain/identity/debtor-identity-keys';
import { foldCompanyName, foldName, type MatchSubject } from '../../domain/matching';
import type { KnownDebtorProfile } from '../ports/match-store.port';

const compact = (value: string) => value.toUpperCase().replace(/[^A-Z0-9]/g, '');
const union = (a: readonly string[] = [], b: readonly string[] = []) => [...new Set([...a, ...b].filter(Boolean))];

/**
 * What screening keeps of a debtor to match registers against, now and when registers change: the
 * latest case's names, and every postcode, locality and street any case gave.
 */
export function debtorProfile(
  debtorIdentityId: string,
  facts: DebtorFacts,
  addresses: ReadonlyArray<{ lines: readonly string[]; locality: string }>,
  known?: KnownDebtorProfile,
): KnownDebtorProfile {
  const subject: MatchSubject = {
    kind: facts.kind,
    country: facts.country.toUpperCase(),
    givenNames: facts.givenNames ?? known?.subject.givenNames,
    familyName: facts.familyName ?? known?.subject.familyName,
    legalName: facts.legalName ?? known?.subject.legalName,
    birthDate: facts.birthDate ?? known?.subject.birthDate,
    postalCodes: union(known?.subject.postalCodes, facts.postalCodes.map(compact)),
    localities: union(known?.subject.localities, addresses.map((address) => address.locality)),
    streets: union(known?.subject.streets, addresses.map((address) => address.lines[0] ?? '')),
  };
  const nameFolded = subject.kind === 'company' ? foldCompanyName(subject.legalName) : foldName(subject.givenNames, subject.familyName);
  return {
    debtorIdentityId,
    subject,
    lookup: {
      kind: subject.kind,
      country: subject.country,
      exactKeys: union(known?.lookup.exactKeys, identityKeys(facts).exact),
      nameFolded,
      birthDate: subject.birthDate,
      postalCodes: subject.postalCodes,
    },
  };
}
