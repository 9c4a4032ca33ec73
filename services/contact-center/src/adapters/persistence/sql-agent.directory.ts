import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AgentDirectory, type Agent } from '../../application/ports/contact-center.ports';

const sha256 = (secret: string) => createHash('sha256').update(secret).digest();
type AgentRow = { id: string; name: string; role: Agent['role']; countries: string[]; languages: string[]; secret_sha256: Buffer };

/**
 * Agents and their API keys, `ag_<key id>.<secret>`: the secret is random (256 bits), so a plain
 * SHA-256 is enough to store it (nothing to brute-force) and keeps authentication cheap. Shown once.
 */
@Injectable()
export class SqlAgentDirectory extends AgentDirectory {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async create(agent: Omit<Agent, 'id'>): Promise<{ agent: Agent; key: string }> {
    const id = randomUUID();
    const keyId = randomBytes(8).toString('hex');
    const secret = randomBytes(32).toString('base64url');
    await this.dataSource.query(
      `INSERT INTO agents (id, name, role, countries, languages, key_id, secret_sha256) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [id, agent.name, agent.role, agent.countries, agent.languages, keyId, sha256(secret)],
    );
    return { agent: { id, ...agent }, key: `ag_${keyId}.${secret}` };
  }

  async authenticate(key: string): Promise<Agent | undefined> {
    const match = /^ag_([0-9a-f]{16})\.([A-Za-z0-9_-]{43})$/.exec(key);
    if (!match) return undefined;
    const rows: AgentRow[] = await this.dataSource.query(`SELECT id, name, role, countries, languages, secret_sha256 FROM agents WHERE key_id = $1 AND active`, [match[1]]);
    const row = rows[0];
    if (!row || !timingSafeEqual(row.secret_sha256, sha256(match[2]!))) return undefined;
    return { id: row.id, name: row.name, role: row.role, countries: row.countries, languages: row.languages };
  }
}
