import { addresseeOf, homeVisitAllowed, sameAddressee, usableChannelsOf } from './addressee';
import { CasePlan, HEIR_SEARCH_CAUSE, newPlan, type CaseFacts, type DebtorContacts, type Representative } from './case-plan';

const facts: CaseFacts = { creditorId: 'c', country: 'BE', debtorKind: 'B2C', language: 'fr', currency: 'EUR', principalMinor: 80_000n, oldestDueDate: '2026-01-15', invoices: [], openedAt: new Date('2026-03-02T08:30:00Z') };
const contacts: DebtorContacts = {
  debtorIdentityId: 'debtor-1', channels: ['LETTER', 'EMAIL', 'SMS', 'PHONE'], phones: ['+3225551234'], emails: ['debtor@example.com'],
  address: { lines: ['Rue Haute 5'], postalCode: '1000', locality: 'Bruxelles', country: 'BE' },
};
const lawyer: Representative = {
  thirdPartyId: 'tp-lawyer', role: 'LAWYER', name: 'Maître Janssens', phones: ['+3225550000'],
  address: { lines: ['Avenue Louise 100'], postalCode: '1050', locality: 'Ixelles', country: 'BE' },
};
const active = () => CasePlan.screened(CasePlan.caseOpened(newPlan('case-1'), facts).plan, 'clear', contacts, { id: 'be-b2c', version: 1 }).plan;

describe('whom the plan writes to and calls', () => {
  it('is the debtor, on the channels screening found less those dropped since', () => {
    const plan = { ...active(), droppedChannels: ['PHONE' as const] };
    expect(addresseeOf(plan)).toMatchObject({ kind: 'debtor', address: contacts.address, phones: contacts.phones });
    expect(usableChannelsOf(plan)).toEqual(['LETTER', 'EMAIL', 'SMS']);
    expect(homeVisitAllowed(plan)).toBe(true);
  });

  it('is the representative once one is linked: their address and phones, never the debtor’s, and no SMS or home visit', () => {
    const plan = CasePlan.representedBy(active(), lawyer).plan;
    expect(addresseeOf(plan)).toEqual({ kind: 'representative', representative: lawyer, address: lawyer.address, phones: ['+3225550000'], emails: [] });
    expect(usableChannelsOf(plan)).toEqual(['LETTER', 'PHONE']);
    expect(homeVisitAllowed(plan)).toBe(false);
  });

  it('offers only the channels the representative gave details for', () => {
    const plan = CasePlan.representedBy(active(), { thirdPartyId: 'tp-2', role: 'PROVISIONAL_ADMINISTRATOR', name: 'Me Dupont', phones: [], email: 'admin@example.com' }).plan;
    expect(usableChannelsOf(plan)).toEqual(['EMAIL']);
  });

  it('merges cases into one letter only when they go to the same person', () => {
    const represented = CasePlan.representedBy(active(), lawyer).plan;
    expect(sameAddressee(represented, represented)).toBe(true);
    expect(sameAddressee(represented, active())).toBe(false);
    expect(sameAddressee(active(), active())).toBe(true);
  });
});

describe('CasePlan.representedBy', () => {
  it('does not pause collection: an active plan stays active, with the representative recorded', () => {
    const { plan, effects } = CasePlan.representedBy(active(), lawyer);
    expect(plan.state).toBe('active');
    expect(plan.representative).toEqual(lawyer);
    expect(effects).toEqual([]);
  });

  it('keeps a mediator’s or trustee’s pause: collection stays stopped', () => {
    const stopped = CasePlan.pause(active(), { kind: 'THIRD_PARTY', causeId: 'third-party:mediator' }).plan;
    const { plan } = CasePlan.representedBy(stopped, lawyer);
    expect(plan.state).toBe('paused');
    expect(plan.pauses).toEqual([{ kind: 'THIRD_PARTY', causeId: 'third-party:mediator' }]);
  });

  it('ends an heir search when the notary settling the estate is linked, and collection resumes addressed to the notary', () => {
    const searching = CasePlan.pause(active(), { kind: 'THIRD_PARTY', causeId: `${HEIR_SEARCH_CAUSE}heir-1` }).plan;
    const notary: Representative = { thirdPartyId: 'tp-notary', role: 'NOTARY', name: 'Notaire Leclercq', phones: [], address: { lines: ['Place du Sablon 1'], postalCode: '1000', locality: 'Bruxelles', country: 'BE' } };
    const { plan, effects } = CasePlan.representedBy(searching, notary);
    expect(plan.state).toBe('active');
    expect(effects).toEqual([expect.objectContaining({ type: 'resume', ended: 'THIRD_PARTY' })]);
    // A lawyer does not end an heir search: the deceased's estate is not the lawyer's client.
    expect(CasePlan.representedBy(searching, lawyer).plan.state).toBe('paused');
  });

  it('changes nothing on a closed plan', () => {
    const closed = CasePlan.close(active(), 'WITHDRAWN', 'withdrawn').plan;
    expect(CasePlan.representedBy(closed, lawyer)).toEqual({ plan: closed, effects: [] });
  });
});
