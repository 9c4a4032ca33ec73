import { DebtorIdentityStore, type CaseRecord, type KnownDebtor } from '../../ports/debtor-identity.store.port';
import { resolveDebtors, type OpenedCase } from './resolve-debtor';

/** The identity tables in memory, with the SQL store's rules: a key stays with its first debtor, a case is recorded once. */
class InMemoryIdentities extends DebtorIdentityStore {
  readonly keys = new Map<string, string>();
  readonly cases = new Map<string, CaseRecord>();
  readonly debtors: string[] = [];
  async lockKeys(): Promise<void> {}
  async findByKeys(keys: string[]): Promise<KnownDebtor[]> {
    const ids = [...new Set(keys.flatMap((key) => this.keys.get(key) ?? []))];
    return ids.map((id) => ({ debtorIdentityId: id, keys: [...this.keys].filter(([, owner]) => owner === id).map(([key]) => key) }));
  }
  async create(debtors: Array<{ debtorIdentityId: string }>): Promise<void> {
    this.debtors.push(...debtors.map((debtor) => debtor.debtorIdentityId));
  }
  async attachKeys(keys: Array<{ debtorIdentityId: string; key: string }>): Promise<void> {
    for (const { key, debtorIdentityId } of keys) if (!this.keys.has(key)) this.keys.set(key, debtorIdentityId);
  }
  async recordCases(records: CaseRecord[]): Promise<Set<string>> {
    const recorded = new Set<string>();
    for (const record of records) {
      if (this.cases.has(record.caseId)) continue;
      this.cases.set(record.caseId, record);
      recorded.add(record.caseId);
    }
    return recorded;
  }
  async closeCase(): Promise<void> {}
}

const opened = (caseId: string, debtor: Partial<OpenedCase['debtor']>): OpenedCase => ({
  caseId,
  creditorId: 'creditor',
  openedAt: new Date('2026-11-23T09:00:00Z'),
  debtor: { kind: 'person', country: 'BE', givenNames: 'Marie', familyName: 'Dubois', birthDate: '1985-07-30', postalCodes: ['1000'], ...debtor },
});

describe('resolveDebtors', () => {
  it('gives two cases of a new debtor in the same batch one identity', async () => {
    const store = new InMemoryIdentities();
    const [first, second] = await resolveDebtors(store, [opened('c1', { nationalId: '85073003328' }), opened('c2', { nationalId: '85.07.30-033.28', givenNames: 'MARIE' })]);

    expect(second!.debtorIdentityId).toBe(first!.debtorIdentityId);
    expect(store.debtors).toHaveLength(1);
  });

  it('joins a later case to a known debtor by name, birth date and postcode when no number contradicts', async () => {
    const store = new InMemoryIdentities();
    const [known] = await resolveDebtors(store, [opened('c1', { nationalId: '85073003328' })]);
    const [byName] = await resolveDebtors(store, [opened('c2', { givenNames: 'Marié', familyName: 'DUBOIS' })]);
    const [namesake] = await resolveDebtors(store, [opened('c3', { nationalId: '85073003427' })]);

    expect(byName!.debtorIdentityId).toBe(known!.debtorIdentityId);
    expect(namesake!.debtorIdentityId).not.toBe(known!.debtorIdentityId);
  });

  it('says a case delivered again was recorded before, and keeps it under its debtor', async () => {
    const store = new InMemoryIdentities();
    const [first] = await resolveDebtors(store, [opened('c1', { nationalId: '85073003328' })]);
    const [again] = await resolveDebtors(store, [opened('c1', { nationalId: '85073003328' })]);

    expect(first).toMatchObject({ recorded: true });
    expect(again).toMatchObject({ recorded: false, debtorIdentityId: first!.debtorIdentityId });
    expect(store.debtors).toHaveLength(1);
  });
});
