import { join } from 'node:path';
import { testBrokers } from '@collections/testing';
import { runDemo, type DemoResult } from './demo-run';
import { CASE_STATES } from './portfolio-progress';

const ROOT = join(__dirname, '../../..');

/**
 * `npm start -- --demo`, small: the whole platform as six processes, 30 cases over 20 simulated
 * days, and the summary must add up.
 */
describe('the demo (npm start -- --demo)', () => {
  let result: DemoResult | undefined;
  const lines: string[] = [];

  beforeAll(async () => {
    result = await runDemo({
      brokers: testBrokers(),
      cases: 30,
      days: 20,
      quietMs: 1_500,
      // A seed whose portfolio has every behaviour and a debtor paying in the first days, so a remittance falls within the 20 days.
      seed: 'e2e-1',
      outputDir: join(ROOT, 'tmp/demo-e2e'),
      out: { write: (text: string) => lines.push(text), isTTY: false },
    });
  }, 300_000);

  afterAll(async () => {
    await result?.platform.stop();
  }, 120_000);

  it('places every case and shows each in exactly one state', () => {
    const { progress, groups, placed } = result!;
    expect(placed).toBe(30);
    expect(progress.caseCount).toBe(30);
    const counts = progress.stateCounts();
    expect(CASE_STATES.reduce((sum, state) => sum + counts[state], 0)).toBe(30);
    for (const group of groups) expect(CASE_STATES.reduce((sum, state) => sum + group.states[state], 0)).toBe(group.cases);
    expect(groups.reduce((sum, group) => sum + group.cases, 0)).toBe(30);
    expect(new Set(groups.map((group) => group.country))).toEqual(new Set(['BE', 'FR', 'NL', 'DE', 'ES', 'SE', 'GB', 'US']));
  });

  it('moves cases on: letters sent, calls made, money collected, some cases paid', () => {
    const { progress } = result!;
    const { counters, money } = progress.overall();
    expect(counters.letters).toBeGreaterThan(15);
    expect(counters.calls).toBeGreaterThan(0);
    expect(Object.values(money).some((m) => m.collected > 0n)).toBe(true);
    const counts = progress.stateCounts();
    expect(counts.paid + counts.settled + counts['plan completed']).toBeGreaterThan(0);
    expect(counts.screening).toBe(0);
  });

  it('remits within the run, never more than was collected: paid out plus commission is at most the money received, per creditor and country', () => {
    expect(result!.progress.totals.remittances).toBeGreaterThan(0);
    expect(result!.groups.some((group) => group.remittedMinor > 0n)).toBe(true);
    for (const group of result!.groups) {
      expect({ group: `${group.creditor} ${group.country}`, over: group.remittedMinor + group.commissionMinor > group.collectedMinor }).toEqual({
        group: `${group.creditor} ${group.country}`,
        over: false,
      });
    }
  });

  it('leaves one PDF per letter sent in the documents folder, and prints a day by day progress and a summary table', () => {
    const { documents, progress, summary } = result!;
    expect(documents.letters).toBe(progress.overall().counters.letters);
    expect(lines.filter((line) => /^day \d+\/20 /.test(line))).toHaveLength(21);
    expect(summary).toMatch(/^creditor\s+cty\s+cases/);
    expect(summary).toMatch(/^total EUR\s+\d+/m);
  });

  it('agrees with what each creditor sees: the money remitted on its cases (intake’s portfolio) is the summary’s', async () => {
    const { creditors, groups } = result!;
    for (const [key, client] of creditors) {
      const { items = [] } = await client.listCases('limit=200');
      const remitted = items.reduce((sum, item) => sum + BigInt(((item.progress ?? {}) as { remittedMinor?: number }).remittedMinor ?? 0), 0n);
      const expected = groups.filter((group) => group.creditor === key).reduce((sum, group) => sum + group.remittedMinor, 0n);
      expect({ creditor: key, cases: items.length, remitted }).toEqual({
        creditor: key,
        cases: groups.filter((group) => group.creditor === key).reduce((sum, group) => sum + group.cases, 0),
        remitted: expected,
      });
    }
  });

  it('agrees with payments: every case shown as paid owes nothing in its ledger', async () => {
    const { platform, progress } = result!;
    const paid = [...platform.events.named('CasePaidInFull')].map((event) => event.key).filter((caseId) => progress.state(caseId) === 'paid');
    for (const caseId of paid) {
      const ledger = (await platform.operator.caseLedger(caseId)) as { balance: { total: string } };
      expect({ caseId, balance: ledger.balance.total }).toEqual({ caseId, balance: '0' });
    }
  });
});
