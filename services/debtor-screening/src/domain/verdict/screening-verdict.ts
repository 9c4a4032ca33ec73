import { allowedChannels, checkEmail, normaliseAddress, normalisePhone, isPhoneProblem, type Channel, type PostalAddress } from '../contacts';

/** The contacts of a case's debtor as the creditor gave them. */
export interface SubmittedContacts {
  addresses: PostalAddress[];
  phones: string[];
  emails: string[];
  /** The debtor's country: the default region of national phone numbers. */
  country: string;
}

export type Verdict = 'clear' | 'suspended' | 'rejected' | 'needs_review';

export interface Finding {
  reason: 'NO_USABLE_CONTACT';
  detail: string;
}

export interface Screening {
  verdict: Verdict;
  findings: Finding[];
  channels: Channel[];
  /** The contacts worth using, normalised: deliverable or doubtful addresses, valid numbers in E.164, valid e-mails. */
  contacts: { addresses: PostalAddress[]; phones: string[]; emails: string[] };
}

/**
 * Screens a debtor's contacts: normalises them, decides which channels may be used and, for now
 * without registers, the verdict: clear when at least one channel is usable, needs review when none
 * is (a person looks for a way to reach the debtor). Register findings come on top of this.
 */
export function screenContacts(submitted: SubmittedContacts): Screening {
  const addresses = submitted.addresses.map(normaliseAddress);
  const phones = submitted.phones.map((phone) => normalisePhone(phone, submitted.country));
  const emails = submitted.emails.map(checkEmail);
  const eligibility = allowedChannels({ addresses, phones, emails });
  const contacts = {
    addresses: addresses.filter((check) => check.verdict !== 'undeliverable').map((check) => check.normalised),
    phones: [...new Set(phones.flatMap((check) => (isPhoneProblem(check) ? [] : [check.e164])))],
    emails: [...new Set(emails.filter((check) => check.verdict === 'valid').map((check) => check.normalised))],
  };
  if (eligibility.allowed.length === 0) {
    return { verdict: 'needs_review', findings: [{ reason: 'NO_USABLE_CONTACT', detail: 'no address, phone number or e-mail address can be used' }], channels: [], contacts };
  }
  return { verdict: 'clear', findings: [], channels: [...eligibility.allowed], contacts };
}
