/**
 * How screening recognises one debtor across cases and creditors. A debtor is described by keys:
 * exact ones (a national, company or VAT number) and strong ones (the same person or company name
 * with the same date of birth or postcode). Cases whose keys meet share one debtor identity, so
 * per-debtor limits (contact frequency, exposure) hold across all of a debtor's cases.
 */
export interface DebtorFacts {
  kind: 'person' | 'company';
  country: string;
  nationalId?: string;
  companyNumber?: string;
  vatNumber?: string;
  givenNames?: string;
  familyName?: string;
  birthDate?: string;
  legalName?: string;
  postalCodes: string[];
}

export interface IdentityKeys {
  /** Identifiers: equal means the same debtor. `<type>:<country>:<value>`. */
  exact: string[];
  /** Name with date of birth and postcode (persons) or name with postcode (companies). */
  strong: string[];
}

/** Words that say what kind of company it is, not which one. */
const LEGAL_FORMS = new Set([
  'sa', 'sas', 'sarl', 'srl', 'sprl', 'bv', 'bvba', 'nv', 'vof', 'cv', 'gmbh', 'ag', 'kg', 'ohg', 'ug', 'ltd', 'limited', 'plc', 'llp',
  'llc', 'inc', 'corp', 'co', 'ab', 'hb', 'kb', 'sl', 'slu', 'sc', 'scs', 'asbl', 'vzw', 'eurl', 'sci', 'the',
]);

/** Lower case, accents and punctuation gone, one space between words. */
export function foldText(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, 'o')
    .replace(/[æÆ]/g, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The words of a name, folded and sorted: word order and accents do not split a debtor. */
export function nameKey(...parts: Array<string | undefined>): string {
  const words = parts.flatMap((part) => foldText(part ?? '').split(' ')).filter(Boolean);
  return [...new Set(words)].sort().join('-');
}

const compact = (value: string) => value.toUpperCase().replace(/[^A-Z0-9]/g, '');

/**
 * The one identifier key a register subject is filed under (national number for a person, company
 * number for a company), in the same form as identityKeys' exact keys; without the name keys, which
 * a register load does not need and which cost most of the time.
 */
export function identifierKey(subject: { kind: 'person' | 'company'; country: string; nationalId?: string; companyNumber?: string }): string | undefined {
  const value = compact((subject.kind === 'person' ? subject.nationalId : subject.companyNumber) ?? '');
  if (!value) return undefined;
  return `${subject.kind === 'person' ? 'nid' : 'cno'}:${subject.country.toUpperCase()}:${value}`;
}

export function identityKeys(facts: DebtorFacts): IdentityKeys {
  const country = facts.country.toUpperCase();
  const postcodes = [...new Set(facts.postalCodes.map(compact).filter(Boolean))].sort();
  const exact: string[] = [];
  const strong: string[] = [];
  if (facts.kind === 'person') {
    if (facts.nationalId && compact(facts.nationalId)) exact.push(`nid:${country}:${compact(facts.nationalId)}`);
    const name = nameKey(facts.givenNames, facts.familyName);
    if (name && facts.birthDate) for (const postcode of postcodes) strong.push(`per:${country}:${name}:${facts.birthDate}:${postcode}`);
  } else {
    if (facts.companyNumber && compact(facts.companyNumber)) exact.push(`cno:${country}:${compact(facts.companyNumber)}`);
    if (facts.vatNumber && compact(facts.vatNumber)) exact.push(`vat:${compact(facts.vatNumber)}`);
    const name = nameKey(...foldText(facts.legalName ?? '').split(' ').filter((word) => !LEGAL_FORMS.has(word)));
    if (name) for (const postcode of postcodes) strong.push(`com:${country}:${name}:${postcode}`);
  }
  return { exact, strong };
}

/** `nid:BE:...` → `nid:BE`: two keys of the same kind and country must agree. */
const slotOf = (key: string) => key.split(':').slice(0, key.startsWith('vat:') ? 1 : 2).join(':');

/**
 * Whether a debtor already known by `existing` keys can be the debtor described by `incoming`:
 * not when they carry different identifiers of the same kind (two people of the same name, born
 * the same day, in the same postcode, with different national numbers are two people).
 */
export function compatible(existing: readonly string[], incoming: IdentityKeys): boolean {
  const known = new Map<string, string>();
  for (const key of existing) if (!/^(per|com):/.test(key)) known.set(slotOf(key), key);
  return incoming.exact.every((key) => {
    const other = known.get(slotOf(key));
    return other === undefined || other === key;
  });
}
