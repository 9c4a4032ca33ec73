import { PaymentsSchedule } from '../../src/adapters/scheduling/payments-schedule';
import { startPaymentsApp, type PaymentsApp } from '../support/payments-app';

describe('the daily run claims its day once, and a run nobody finished is taken over (real PostgreSQL)', () => {
  let payments: PaymentsApp;
  let schedule: PaymentsSchedule;
  let today: string;

  beforeAll(async () => {
    payments = await startPaymentsApp();
    schedule = payments.app.get(PaymentsSchedule);
    today = ((await payments.http().get('/ops/clock').expect(200)).body as { now: string }).now.slice(0, 10);
  }, 60_000);
  afterAll(() => payments?.close());

  const runRow = async () => (await payments.dataSource.query(`SELECT report IS NOT NULL AS finished FROM daily_runs WHERE day = $1`, [today]))[0] as { finished: boolean } | undefined;

  it('runs a day once; a second pass the same day does nothing', async () => {
    await payments.dataSource.query(`DELETE FROM daily_runs WHERE day = $1`, [today]);
    expect(await schedule.runIfDue()).toMatchObject({ day: today });
    expect(await runRow()).toEqual({ finished: true });
    expect(await schedule.runIfDue()).toBeUndefined();
  });

  it('leaves alone a claim another replica is still working on, and takes over one abandoned for 15 minutes', async () => {
    // A replica claimed the day and died before writing its report.
    await payments.dataSource.query(`DELETE FROM daily_runs WHERE day = $1`, [today]);
    await payments.dataSource.query(`INSERT INTO daily_runs (day, ran_at) VALUES ($1, now() - interval '1 minute')`, [today]);
    expect(await schedule.runIfDue()).toBeUndefined();
    await payments.dataSource.query(`UPDATE daily_runs SET ran_at = now() - interval '16 minutes' WHERE day = $1`, [today]);
    expect(await schedule.runIfDue()).toMatchObject({ day: today });
    expect(await runRow()).toEqual({ finished: true });
  });
});
