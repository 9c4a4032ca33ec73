import { foldText } from '../identity/debtor-identity-keys';

/** What two birth dates say: `unknown` when either is missing, unreadable or too partial to tell. */
export type BirthDateEvidence = 'same' | 'different' | 'unknown';
/** What two addresses say: a shared postcode, else a shared locality; `unknown` when nothing can be compared. */
export type AddressEvidence = 'same_postcode' | 'same_locality' | 'different' | 'unknown';

export interface AddressFacts {
  postalCodes: string[];
  localities?: string[];
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a time after the date is ignored) as its parts. */
function dateParts(value: string | undefined): string[] | undefined {
  const parts = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|T)/.exec(value?.trim() ?? '');
  return parts ? parts.slice(1).filter((part): part is string => part !== undefined) : undefined;
}

/**
 * Two full dates are the same or different. A partial date (year only, year and month, as some
 * registers give) that contradicts the other is different; one that agrees with it proves nothing.
 */
export function compareBirthDates(a: string | undefined, b: string | undefined): BirthDateEvidence {
  const [partsA, partsB] = [dateParts(a), dateParts(b)];
  if (!partsA || !partsB) return 'unknown';
  const shared = Math.min(partsA.length, partsB.length);
  if (partsA.slice(0, shared).some((part, i) => part !== partsB[i])) return 'different';
  return shared === 3 ? 'same' : 'unknown';
}

/** Upper case without spaces or punctuation, and without an old country prefix: 'B-1000' → '1000', 'nl-1012 ab' → '1012AB'. */
export function normalisePostcode(value: string): string {
  return value.trim().toUpperCase().replace(/^[A-Z]{1,3}-(?=\d)/, '').replace(/[^A-Z0-9]/g, '');
}

/** Folded, without CEDEX and district numbers: 'PARIS CEDEX 15' → 'paris', 'Saint-Étienne' → 'saint etienne'. */
function normaliseLocality(value: string): string {
  return foldText(value)
    .split(' ')
    .filter((word) => word !== 'cedex' && !/^\d+(e|er|eme)?$/.test(word))
    .join(' ');
}

function overlap(a: string[], b: string[], normalise: (value: string) => string): 'same' | 'different' | 'unknown' {
  const setA = new Set(a.map(normalise).filter(Boolean));
  const listB = b.map(normalise).filter(Boolean);
  if (setA.size === 0 || listB.length === 0) return 'unknown';
  return listB.some((value) => setA.has(value)) ? 'same' : 'different';
}

/** A shared postcode, else a shared locality; different when postcodes or localities could be compared and none is shared. */
export function compareAddresses(a: AddressFacts, b: AddressFacts): AddressEvidence {
  const postcodes = overlap(a.postalCodes, b.postalCodes, normalisePostcode);
  if (postcodes === 'same') return 'same_postcode';
  const localities = overlap(a.localities ?? [], b.localities ?? [], normaliseLocality);
  if (localities === 'same') return 'same_locality';
  return postcodes === 'different' || localities === 'different' ? 'different' : 'unknown';
}
