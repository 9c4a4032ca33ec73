import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Scenarios operators edit (the shipped defaults stay in code). A row is one version, never
 * changed after it is written except for `active`: a running plan names the id and version it
 * started with, so every version must stay readable for as long as plans may run it. Each id's
 * latest version decides whether the id is in force; deactivating an id clears `active` on its rows.
 * No index beside the primary key: every lookup is by id (and version), and each replica's
 * periodic reload reads the whole table, a few hundred rows at most.
 */
export class CreateScenarios1700000300000 implements MigrationInterface {
  name = 'CreateScenarios1700000300000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE scenarios (
        id text NOT NULL,
        version int NOT NULL,
        definition jsonb NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by text,
        CONSTRAINT pk_scenarios PRIMARY KEY (id, version),
        CONSTRAINT ck_scenarios__version_positive CHECK (version > 0),
        -- The definition is what plans run: it must be the version its key says, never another.
        CONSTRAINT ck_scenarios__definition_matches_key CHECK (definition ->> 'id' = id AND (definition ->> 'version')::int = version)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE scenarios');
  }
}
