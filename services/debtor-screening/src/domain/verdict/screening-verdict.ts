import { allowedChannels, checkEmail, normaliseAddress, normalisePhone, isPhoneProblem, type Channel, type PostalAddress } from '../contacts';
import { verdictOf, type Finding, type Verdict } from './register-findings';

export type { Finding, Verdict } from './register-findings';

/** The contacts of a case's debtor as the creditor gave them. */
export interface SubmittedContacts {
  addresses: PostalAddress[];
  phones: string[];
  emails: string[];
  /** The debtor's country: the default region of national phone numbers. */
  country: string;
}

export interface Screening {
  verdict: Verdict;
  findings: Finding[];
  channels: Channel[];
  /** The contacts worth using, normalised: deliverable or doubtful addresses, valid numbers in E.164, valid e-mails. */
  contacts: { addresses: PostalAddress[]; phones: string[]; emails: string[] };
}

/**
 * Screens a debtor's contacts: normalises them, decides which channels may be used and the verdict
 * the contacts alone call for: clear when at least one channel is usable, needs review when none is
 * (a person looks for a way to reach the debtor). Register findings come on top (withRegisterFindings).
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
    const finding: Finding = { reason: 'NO_USABLE_CONTACT', source: 'contacts', verdict: 'needs_review', detail: 'no address, phone number or e-mail address can be used' };
    return { verdict: 'needs_review', findings: [finding], channels: [], contacts };
  }
  return { verdict: 'clear', findings: [], channels: [...eligibility.allowed], contacts };
}

/**
 * A case's screening once the registers have spoken: the register findings first, then the contacts'
 * own, and the most restrictive verdict of all. The channels stay those the contacts allow; dunning
 * uses them only on a clear verdict.
 */
export function withRegisterFindings(contactScreening: Screening, registerFindings: readonly Finding[]): Screening {
  const contactFindings = contactScreening.findings.filter((finding) => finding.source === 'contacts');
  const findings = [...registerFindings, ...contactFindings];
  return { ...contactScreening, findings, verdict: verdictOf(findings) };
}
