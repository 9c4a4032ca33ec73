import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PortalUsers, SignInFailures, type PortalUserProfile } from '../../application/ports/portal-users.port';
import type { PortalLanguage, PortalRole } from '../../domain/portal-user/portal-user';

type UserRow = { id: string; email: string; name: string; role: PortalRole; language: PortalLanguage; creditor_id: string; creditor_name: string; password_hash: string };

export const toProfile = (row: Omit<UserRow, 'password_hash'>): PortalUserProfile => ({
  id: row.id, email: row.email, name: row.name, role: row.role, creditorId: row.creditor_id, creditorName: row.creditor_name, language: row.language,
});

@Injectable()
export class SqlPortalUsers extends PortalUsers {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async add(user: Omit<PortalUserProfile, 'id' | 'creditorName'> & { passwordHash: string }): Promise<{ id: string } | 'no-creditor' | 'email-taken'> {
    const id = randomUUID();
    const inserted: unknown[] = await this.dataSource.query(
      `INSERT INTO portal_users (id, creditor_id, email, name, role, language, password_hash)
       SELECT $1, $2, $3, $4, $5, $6, $7 WHERE EXISTS (SELECT 1 FROM creditors WHERE id = $2)
       ON CONFLICT (email) DO NOTHING RETURNING id`,
      [id, user.creditorId, user.email, user.name, user.role, user.language, user.passwordHash],
    );
    if (inserted.length > 0) return { id };
    const creditor: unknown[] = await this.dataSource.query(`SELECT 1 FROM creditors WHERE id = $1`, [user.creditorId]);
    return creditor.length === 0 ? 'no-creditor' : 'email-taken';
  }

  async findByEmail(email: string): Promise<(PortalUserProfile & { passwordHash: string }) | undefined> {
    const rows: UserRow[] = await this.dataSource.query(
      `SELECT u.id, u.email, u.name, u.role, u.language, u.creditor_id, c.name AS creditor_name, u.password_hash
         FROM portal_users u JOIN creditors c ON c.id = u.creditor_id WHERE u.email = $1`,
      [email],
    );
    return rows[0] && { ...toProfile(rows[0]), passwordHash: rows[0].password_hash };
  }
}

@Injectable()
export class SqlSignInFailures extends SignInFailures {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async record(failure: { email: string; clientAddress: string; at: Date }): Promise<void> {
    await this.dataSource.query(`INSERT INTO portal_sign_in_failures (email, client_address, failed_at) VALUES ($1, $2, $3)`, [failure.email, failure.clientAddress, failure.at]);
  }

  async since(email: string, clientAddress: string, since: Date): Promise<{ forEmail: Date[]; fromClient: Date[] }> {
    const rows: Array<{ by_email: boolean; failed_at: Date }> = await this.dataSource.query(
      `SELECT true AS by_email, failed_at FROM portal_sign_in_failures WHERE email = $1 AND failed_at > $3
       UNION ALL
       SELECT false, failed_at FROM portal_sign_in_failures WHERE client_address = $2 AND failed_at > $3`,
      [email, clientAddress, since],
    );
    return { forEmail: rows.filter((row) => row.by_email).map((row) => row.failed_at), fromClient: rows.filter((row) => !row.by_email).map((row) => row.failed_at) };
  }

  async forgive(email: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM portal_sign_in_failures WHERE email = $1`, [email]);
  }
}
