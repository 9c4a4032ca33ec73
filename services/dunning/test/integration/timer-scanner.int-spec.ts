import { randomUUID } from 'node:crypto';
import { FixedClock } from '@collections/clock';
import { catalogLookup, OutboxWriter } from '@collections/messaging';
import { createThrowawayDatabase, openMigrated, type ThrowawayDatabase } from '@collections/testing';
import type { DataSource } from 'typeorm';
import { DUNNING_MIGRATIONS } from '../../src/adapters/persistence/migrations';
import { TypeOrmUnitOfWork } from '../../src/adapters/persistence/typeorm-unit-of-work';
import { DomainPlaybook } from '../../src/adapters/playbook/domain-playbook';
import { fireDueSteps } from '../../src/application/commands/fire-due-steps';
import { CasePlan, newPlan } from '../../src/domain/case-plan/case-plan';

const CASES = 300;

describe('the timer scanner on several replicas (real PostgreSQL)', () => {
  let database: ThrowawayDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createThrowawayDatabase('dunning-scanner');
    dataSource = await openMigrated(database.url, { migrations: DUNNING_MIGRATIONS, poolSize: 8 });
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('never fires a timer twice, and fires every due one, with four scanners racing', async () => {
    // A Wednesday 10:00 in Brussels: inside every BE contact window, no holiday.
    const clock = new FixedClock('2026-11-25T09:00:00Z');
    const uow = new TypeOrmUnitOfWork(dataSource, new OutboxWriter({ source: '/collections/dunning', now: () => clock.now(), lookup: catalogLookup }));
    const playbook = new DomainPlaybook();
    const facts = { creditorId: randomUUID(), country: 'BE', debtorKind: 'B2C' as const, language: 'fr', currency: 'EUR', principalMinor: 40_000n, oldestDueDate: '2026-09-01', invoices: [], openedAt: clock.now() };
    let firstStepId = '';
    await uow.run(async (tx) => {
      for (let i = 0; i < CASES; i += 1) {
        const contacts = { debtorIdentityId: randomUUID(), channels: ['LETTER' as const, 'EMAIL' as const, 'PHONE' as const], phones: ['+3225551234'], emails: ['d@example.be'], address: { lines: ['Rue Haute 5'], postalCode: '1000', locality: 'Bruxelles', country: 'BE' } };
        const started = CasePlan.screened(CasePlan.caseOpened(newPlan(randomUUID()), facts).plan, 'clear', contacts, playbook.scenarioFor(facts, contacts, '2026-11-25'));
        await tx.plans.save([started.plan]);
        const first = playbook.steps(started.plan.scenario!, false)[0]!;
        firstStepId = first.id;
        await tx.timers.schedule([{ caseId: started.plan.caseId, stepIndex: 0, breachTrack: false, stepId: first.id, dueAt: new Date('2026-11-25T08:00:00Z') }]);
      }
    });

    const scanner = async () => {
      let total = 0;
      for (;;) {
        const report = await fireDueSteps(uow, playbook, clock, 25);
        total += report.fired + report.moved + report.skipped + report.cancelled;
        if (report.fired + report.moved + report.skipped + report.cancelled === 0) return total;
      }
    };
    const handled = await Promise.all([scanner(), scanner(), scanner(), scanner()]);

    // Each case: its first step sent, and the next (due at once) handled too: sent or moved by the guard.
    const [{ sent, distinct, firstSteps }] = await dataSource.query(
      `SELECT count(*)::int AS sent, count(DISTINCT (case_id, step_id))::int AS distinct, count(*) FILTER (WHERE step_id = $1)::int AS "firstSteps" FROM sent_actions`,
      [firstStepId],
    );
    const [{ decisions }] = await dataSource.query(`SELECT count(*)::int AS decisions FROM guard_decisions`);
    expect(sent).toBe(distinct);
    expect(firstSteps).toBe(CASES);
    expect(handled.reduce((sum, count) => sum + count, 0)).toBe(decisions);
    const [{ stillDue }] = await dataSource.query(`SELECT count(*)::int AS "stillDue" FROM plan_timers WHERE state = 'pending' AND due_at <= $1`, [clock.now()]);
    expect(stillDue).toBe(0);
  });
});
