import { Client } from 'pg';
import { parseDatabaseUrl } from './database-url';

async function withAdminClient<T>(url: string, work: (client: Client, database: string) => Promise<T>): Promise<T> {
  const { adminUrl, database } = parseDatabaseUrl(url);
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client, database);
  } finally {
    await client.end();
  }
}

/** Creates the service's database when it does not exist yet; safe to run on every start. */
export async function ensureDatabase(url: string): Promise<boolean> {
  return withAdminClient(url, async (client, database) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount) return false;
    try {
      // Identifiers cannot be bound as parameters; parseDatabaseUrl restricted the name to [a-z0-9_].
      await client.query(`CREATE DATABASE "${database}"`);
    } catch (error) {
      // Two replicas starting at once: the loser sees duplicate_database (42P04) and carries on.
      if ((error as { code?: string }).code !== '42P04') throw error;
      return false;
    }
    return true;
  });
}

/** Drops a database, first ending other sessions on it (a test helper's throw-away database). */
export async function dropDatabase(url: string): Promise<void> {
  await withAdminClient(url, async (client, database) => {
    await client.query('DROP DATABASE IF EXISTS "' + database + '" WITH (FORCE)');
  });
}
