/** Splits a postgres:// URL into the parts the admin connection and the logs need (never the password). */
export interface DatabaseLocation {
  url: string;
  database: string;
  /** The same server with the maintenance database, used to create or drop `database`. */
  adminUrl: string;
  /** host:port/database, safe to log. */
  display: string;
}

export function parseDatabaseUrl(url: string): DatabaseLocation {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error('DATABASE_URL is not a URL: expected postgres://user@host:port/database');
  }
  if (!/^postgres(ql)?:$/.test(parsed.protocol)) {
    throw new Error(`DATABASE_URL must use postgres:// (got ${parsed.protocol}//)`);
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(database)) {
    throw new Error(`DATABASE_URL names database "${database}": use lower-case letters, digits and _`);
  }
  const admin = new URL(url);
  admin.pathname = '/postgres';
  return { url, database, adminUrl: admin.toString(), display: `${parsed.host}/${database}` };
}
