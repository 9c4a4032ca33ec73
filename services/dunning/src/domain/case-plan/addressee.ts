import type { ContactChannel } from '../steps';
import type { DebtorContacts, PlanSnapshot, Representative } from './case-plan';

/**
 * Whom the plan's letters, messages and calls go to: the debtor, or the person who represents them
 * (a lawyer, a provisional administrator, the notary of a deceased debtor's estate). A represented
 * debtor is never contacted directly: the representative's address, phones and e-mail replace the
 * debtor's, a channel the representative gave no detail for is not usable, SMS (a debt reminder by
 * text to a professional's phone) is not used, and nobody is visited at home.
 */
export type Addressee =
  | { kind: 'debtor'; address?: DebtorContacts['address']; phones: string[]; emails: string[] }
  | { kind: 'representative'; representative: Representative; address?: DebtorContacts['address']; phones: string[]; emails: string[] };

export function addresseeOf(plan: Pick<PlanSnapshot, 'contacts' | 'representative'>): Addressee {
  const representative = plan.representative;
  if (representative) {
    return { kind: 'representative', representative, ...(representative.address ? { address: representative.address } : {}), phones: representative.phones, emails: representative.email ? [representative.email] : [] };
  }
  return { kind: 'debtor', ...(plan.contacts?.address ? { address: plan.contacts.address } : {}), phones: plan.contacts?.phones ?? [], emails: plan.contacts?.emails ?? [] };
}

/**
 * The channels a step may use now: screening's usable channels less those dropped since (a wrong
 * number), or, for a represented debtor, those the representative can be reached on.
 */
export function usableChannelsOf(plan: Pick<PlanSnapshot, 'contacts' | 'representative' | 'droppedChannels'>): ContactChannel[] {
  const representative = plan.representative;
  if (representative) {
    const channels: ContactChannel[] = [];
    if (representative.address && representative.address.lines.length > 0) channels.push('LETTER');
    if (representative.email) channels.push('EMAIL');
    if (representative.phones.length > 0) channels.push('PHONE');
    return channels;
  }
  return (plan.contacts?.channels ?? []).filter((channel) => !plan.droppedChannels.includes(channel));
}

/** A home visit goes to the debtor in person: never while someone represents them. */
export function homeVisitAllowed(plan: Pick<PlanSnapshot, 'representative'>): boolean {
  return plan.representative === undefined;
}

/** Cases merged into one letter or call must go to the same person. */
export function sameAddressee(a: Pick<PlanSnapshot, 'representative'>, b: Pick<PlanSnapshot, 'representative'>): boolean {
  return (a.representative?.thirdPartyId ?? '') === (b.representative?.thirdPartyId ?? '');
}
