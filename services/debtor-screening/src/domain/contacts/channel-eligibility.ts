import type { EmailCheck } from './email-address';
import { isPhoneProblem, smsAllowed, type NormalisedPhone, type PhoneCheck } from './phone-number';
import type { AddressCheck } from './postal-address';

export type Channel = 'LETTER' | 'EMAIL' | 'SMS' | 'PHONE';

export const CHANNELS: readonly Channel[] = ['LETTER', 'EMAIL', 'SMS', 'PHONE'];

export type ChannelReasonCode =
  // refusals
  | 'NO_ADDRESS'
  | 'NO_DELIVERABLE_ADDRESS'
  | 'NO_EMAIL'
  | 'NO_VALID_EMAIL'
  | 'EMAIL_NEEDS_CONFIRMATION'
  | 'NO_PHONE'
  | 'NO_VALID_PHONE'
  | 'NO_MOBILE'
  | 'MOBILE_NOT_CONFIRMED'
  // flags on an allowed channel
  | 'ADDRESS_DOUBTFUL';

export interface ChannelReason {
  readonly code: ChannelReasonCode;
  /** Says why without quoting any contact. */
  readonly message: string;
}

export interface ChannelDecision {
  readonly allowed: boolean;
  /** Positions, in the list given, of the contacts this channel may use, best first; a duplicate counts once. */
  readonly usable: readonly number[];
  /** Why the channel is refused (empty when allowed). */
  readonly reasons: readonly ChannelReason[];
  /** What to bear in mind when using an allowed channel (e.g. only doubtful addresses). */
  readonly flags: readonly ChannelReason[];
}

export interface ContactChecks {
  readonly addresses: readonly AddressCheck[];
  readonly phones: readonly PhoneCheck[];
  readonly emails: readonly EmailCheck[];
}

export interface ChannelEligibility {
  /** The usable channels, in the order of CHANNELS. */
  readonly allowed: readonly Channel[];
  readonly decisions: Readonly<Record<Channel, ChannelDecision>>;
}

const MESSAGES: Readonly<Record<ChannelReasonCode, string>> = {
  NO_ADDRESS: 'no postal address given',
  NO_DELIVERABLE_ADDRESS: 'every postal address is undeliverable',
  NO_EMAIL: 'no e-mail address given',
  NO_VALID_EMAIL: 'every e-mail address is invalid',
  EMAIL_NEEDS_CONFIRMATION: 'the only usable-looking e-mail addresses are doubtful and must be confirmed before use',
  NO_PHONE: 'no phone number given',
  NO_VALID_PHONE: 'no phone number is valid',
  NO_MOBILE: 'no phone number is a mobile',
  MOBILE_NOT_CONFIRMED: 'a number may be a mobile, but its numbering plan cannot tell it from a landline',
  ADDRESS_DOUBTFUL: 'every deliverable-looking postal address is doubtful: letters may not arrive',
};

/**
 * Which channels may carry a message to the debtor, given the checked contacts.
 *
 * - LETTER: a deliverable address, or else a doubtful one (flagged): the post returns what it
 *   cannot deliver, and the envelope shows nothing of the debt, so trying costs a stamp only.
 * - EMAIL: a valid address only. A doubtful one is refused until confirmed, because each reason
 *   for doubt risks disclosing the debt to a third party, which a collector must never do: a
 *   misspelt provider domain (gmial.com) is typically registered by someone catching such mail;
 *   a disposable inbox can be read by anyone; a no-reply mailbox belongs to somebody else's system.
 * - SMS: a number known to be mobile (see smsAllowed: not 'fixed_or_mobile').
 * - PHONE: any valid number; toll-free, premium-rate and other special numbers come last.
 */
export function allowedChannels(contacts: ContactChecks): ChannelEligibility {
  const decisions: Record<Channel, ChannelDecision> = {
    LETTER: letter(contacts.addresses),
    EMAIL: email(contacts.emails),
    SMS: sms(contacts.phones),
    PHONE: phone(contacts.phones),
  };
  return { allowed: CHANNELS.filter((channel) => decisions[channel].allowed), decisions };
}

function letter(addresses: readonly AddressCheck[]): ChannelDecision {
  if (addresses.length === 0) return refused('NO_ADDRESS');
  const deliverable = positions(addresses, (address) => address.verdict === 'deliverable');
  const doubtful = positions(addresses, (address) => address.verdict === 'doubtful');
  if (deliverable.length > 0) return allowed([...deliverable, ...doubtful]);
  if (doubtful.length > 0) return allowed(doubtful, ['ADDRESS_DOUBTFUL']);
  return refused('NO_DELIVERABLE_ADDRESS');
}

function email(emails: readonly EmailCheck[]): ChannelDecision {
  if (emails.length === 0) return refused('NO_EMAIL');
  const valid = distinct(emails, (check) => check.verdict === 'valid', (check) => check.normalised.toLowerCase());
  if (valid.length > 0) return allowed(valid);
  return refused(emails.some((check) => check.verdict === 'doubtful') ? 'EMAIL_NEEDS_CONFIRMATION' : 'NO_VALID_EMAIL');
}

function sms(phones: readonly PhoneCheck[]): ChannelDecision {
  if (phones.length === 0) return refused('NO_PHONE');
  const numbers = validNumbers(phones);
  const mobiles = distinct(numbers, (phone) => phone !== null && smsAllowed(phone), byE164);
  if (mobiles.length > 0) return allowed(mobiles);
  if (numbers.every((phone) => phone === null)) return refused('NO_VALID_PHONE');
  return refused(numbers.some((phone) => phone?.type === 'fixed_or_mobile') ? 'MOBILE_NOT_CONFIRMED' : 'NO_MOBILE');
}

function phone(phones: readonly PhoneCheck[]): ChannelDecision {
  if (phones.length === 0) return refused('NO_PHONE');
  const numbers = validNumbers(phones);
  const ordinary = distinct(numbers, (phone) => phone !== null && phone.type !== 'other', byE164);
  const special = distinct(numbers, (phone) => phone !== null, byE164).filter((position) => !ordinary.includes(position));
  return ordinary.length + special.length > 0 ? allowed([...ordinary, ...special]) : refused('NO_VALID_PHONE');
}

function validNumbers(phones: readonly PhoneCheck[]): (NormalisedPhone | null)[] {
  return phones.map((check) => (isPhoneProblem(check) ? null : check));
}

function byE164(phone: NormalisedPhone | null): string {
  return phone?.e164 ?? '';
}

function positions<T>(items: readonly T[], keep: (item: T) => boolean): number[] {
  return items.flatMap((item, position) => (keep(item) ? [position] : []));
}

/** Positions of the kept items, the first of each key only. */
function distinct<T>(items: readonly T[], keep: (item: T) => boolean, key: (item: T) => string): number[] {
  const seen = new Set<string>();
  return positions(items, (item) => {
    if (!keep(item) || seen.has(key(item))) return false;
    seen.add(key(item));
    return true;
  });
}

function allowed(usable: readonly number[], flags: readonly ChannelReasonCode[] = []): ChannelDecision {
  return { allowed: true, usable, reasons: [], flags: flags.map(reason) };
}

function refused(code: ChannelReasonCode): ChannelDecision {
  return { allowed: false, usable: [], reasons: [reason(code)], flags: [] };
}

function reason(code: ChannelReasonCode): ChannelReason {
  return { code, message: MESSAGES[code] };
}
