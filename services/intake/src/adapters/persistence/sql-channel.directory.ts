import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Channel } from '../../domain/channel/channel';

/** Channel registrations the agency's operators maintain. */
@Injectable()
export class SqlChannelDirectory {
  constructor(private readonly dataSource: DataSource) {}

  /** Registers a channel, or replaces the registration of the same channel id. */
  async register(channel: Omit<Channel, 'active'> & { active?: boolean }): Promise<Channel> {
    await this.dataSource.query(
      `INSERT INTO channels (id, channel_id, name, creditor_ids, active) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (channel_id) DO UPDATE SET name = EXCLUDED.name, creditor_ids = EXCLUDED.creditor_ids, active = EXCLUDED.active,
                                             updated_at = now(), version = channels.version + 1`,
      [randomUUID(), channel.channelId, channel.name, channel.creditorIds, channel.active ?? true],
    );
    return { channelId: channel.channelId, name: channel.name, creditorIds: channel.creditorIds, active: channel.active ?? true };
  }

  async list(): Promise<Channel[]> {
    const rows: Array<{ channel_id: string; name: string; creditor_ids: string[]; active: boolean }> = await this.dataSource.query(
      `SELECT channel_id, name, creditor_ids, active FROM channels ORDER BY channel_id`,
    );
    return rows.map((row) => ({ channelId: row.channel_id, name: row.name, creditorIds: row.creditor_ids, active: row.active }));
  }

  /** Creditor ids among these that have no account. */
  async unknownCreditors(creditorIds: string[]): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(`SELECT id FROM creditors WHERE id = ANY($1::uuid[])`, [creditorIds]);
    const known = new Set(rows.map((row) => row.id));
    return creditorIds.filter((id) => !known.has(id));
  }
}
