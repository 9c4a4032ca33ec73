import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CreditorDirectory, type ApiKeySummary, type IssuedApiKey, type NewCreditor } from '../../application/ports/creditor-directory.port';

/**
 * API keys look like `ik_<key id>_<secret>`: the key id (public, 16 hex) finds the row, the
 * 256-bit secret is checked against its SHA-256. A random secret of that size needs no slow
 * password hash (nothing to brute-force), and a plain hash keeps authentication off the hot path.
 */
const TOKEN = /^ik_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;
/** last_used_at is written at most this often per key, not on every request. */
const LAST_USED_RESOLUTION_MS = 60_000;

@Injectable()
export class SqlCreditorDirectory extends CreditorDirectory {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async create(creditor: NewCreditor): Promise<string> {
    const id = randomUUID();
    await this.dataSource.query(`INSERT INTO creditors (id, name, registration_fee_minor, registration_fee_currency) VALUES ($1, $2, $3, $4)`, [
      id,
      creditor.name,
      creditor.registrationFee ? String(creditor.registrationFee.amountMinor) : null,
      creditor.registrationFee?.currency ?? null,
    ]);
    return id;
  }

  async exists(creditorId: string): Promise<boolean> {
    const rows = await this.dataSource.query(`SELECT 1 FROM creditors WHERE id = $1`, [creditorId]);
    return rows.length > 0;
  }

  async nameOf(creditorId: string): Promise<string | undefined> {
    const rows: Array<{ name: string }> = await this.dataSource.query(`SELECT name FROM creditors WHERE id = $1`, [creditorId]);
    return rows[0]?.name;
  }

  async issueKey(creditorId: string, label: string): Promise<IssuedApiKey> {
    const keyId = randomBytes(8).toString('hex');
    const secret = randomBytes(32).toString('base64url');
    const [row] = await this.dataSource.query(
      `INSERT INTO creditor_api_keys (id, creditor_id, key_id, secret_sha256, label) VALUES ($1, $2, $3, $4, $5) RETURNING created_at`,
      [randomUUID(), creditorId, keyId, sha256(secret), label],
    );
    return { keyId, label, createdAt: row.created_at, revokedAt: null, lastUsedAt: null, token: `ik_${keyId}_${secret}` };
  }

  async listKeys(creditorId: string): Promise<ApiKeySummary[]> {
    const rows: Array<{ key_id: string; label: string; created_at: Date; revoked_at: Date | null; last_used_at: Date | null }> = await this.dataSource.query(
      `SELECT key_id, label, created_at, revoked_at, last_used_at FROM creditor_api_keys WHERE creditor_id = $1 ORDER BY created_at`,
      [creditorId],
    );
    return rows.map((row) => ({ keyId: row.key_id, label: row.label, createdAt: row.created_at, revokedAt: row.revoked_at, lastUsedAt: row.last_used_at }));
  }

  async revokeKey(creditorId: string, keyId: string): Promise<boolean> {
    const [, affected] = await this.dataSource.query(
      `UPDATE creditor_api_keys SET revoked_at = now() WHERE creditor_id = $1 AND key_id = $2 AND revoked_at IS NULL`,
      [creditorId, keyId],
    );
    return affected > 0;
  }

  async authenticate(token: string): Promise<string | undefined> {
    const match = TOKEN.exec(token);
    if (!match) return undefined;
    const [, keyId, secret] = match;
    const rows: Array<{ creditor_id: string; secret_sha256: Buffer; last_used_at: Date | null }> = await this.dataSource.query(
      `SELECT creditor_id, secret_sha256, last_used_at FROM creditor_api_keys WHERE key_id = $1 AND revoked_at IS NULL`,
      [keyId],
    );
    if (rows.length === 0 || !timingSafeEqual(rows[0].secret_sha256, sha256(secret))) return undefined;
    const { creditor_id: creditorId, last_used_at: lastUsed } = rows[0];
    if (!lastUsed || Date.now() - lastUsed.getTime() > LAST_USED_RESOLUTION_MS) {
      await this.dataSource.query(`UPDATE creditor_api_keys SET last_used_at = now() WHERE key_id = $1`, [keyId]);
    }
    return creditorId;
  }
}

function sha256(secret: string): Buffer {
  return createHash('sha256').update(secret).digest();
}
