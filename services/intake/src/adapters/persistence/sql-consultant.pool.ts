import type { EntityManager } from 'typeorm';
import type { ConsultantCandidate } from '../../domain/consultant/consultant-assignment';
import { ConsultantPool } from '../../application/ports/intake-transaction.port';

/** The consultant directory, through the caller's transaction. */
export class SqlConsultantPool extends ConsultantPool {
  constructor(private readonly manager: EntityManager) {
    super();
  }

  async lockCandidates(countries: string[]): Promise<ConsultantCandidate[]> {
    // Locked in id order so concurrent assignments queue instead of deadlocking.
    const rows: Array<{ id: string; countries: string[]; languages: string[]; open_cases: number }> = await this.manager.query(
      `SELECT id, countries, languages, open_cases FROM consultants WHERE active AND countries && $1::text[] ORDER BY id FOR UPDATE`,
      [countries],
    );
    return rows.map((row) => ({ id: row.id, countries: row.countries, languages: row.languages, openCases: row.open_cases, active: true }));
  }

  async addOpenCases(perConsultant: Map<string, number>): Promise<void> {
    await this.manager.query(
      `UPDATE consultants c SET open_cases = c.open_cases + n.added, updated_at = now()
       FROM unnest($1::uuid[], $2::int[]) AS n(id, added) WHERE c.id = n.id`,
      [[...perConsultant.keys()], [...perConsultant.values()]],
    );
  }
}
