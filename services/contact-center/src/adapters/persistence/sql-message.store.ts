import type { EntityManager } from 'typeorm';
import { MessageStore, type MessageAttachment, type ThreadMessage } from '../../application/ports/contact-center.ports';

type MessageRow = {
  id: string; case_id: string; sender: ThreadMessage['from']; author_name: string; agent_id: string | null; body: string; in_reply_to: string | null; sent_at: Date; read_at: Date | null;
  attachments: MessageAttachment[];
};

/** case_messages, through the caller's transaction. */
export class SqlMessageStore extends MessageStore {
  constructor(private readonly manager: EntityManager) {
    super();
  }

  async add(message: ThreadMessage): Promise<boolean> {
    const inserted: unknown[] = await this.manager.query(
      `INSERT INTO case_messages (id, case_id, sender, author_name, agent_id, body, in_reply_to, sent_at, read_at, attachments)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (id) DO NOTHING RETURNING id`,
      [message.id, message.caseId, message.from, message.authorName, message.agentId, message.body, message.inReplyTo, message.sentAt, message.readAt, JSON.stringify(message.attachments)],
    );
    return inserted.length > 0;
  }

  async thread(caseId: string): Promise<ThreadMessage[]> {
    const rows: MessageRow[] = await this.manager.query(`SELECT * FROM case_messages WHERE case_id = $1 ORDER BY sent_at, id`, [caseId]);
    return rows.map(toMessage);
  }

  async markCreditorMessagesRead(caseId: string, at: Date): Promise<string[]> {
    const [rows]: [Array<{ id: string }>, number] = await this.manager.query(
      `UPDATE case_messages SET read_at = $2 WHERE case_id = $1 AND sender = 'creditor' AND read_at IS NULL RETURNING id`,
      [caseId, at],
    );
    return rows.map((row) => row.id);
  }

  async find(caseId: string, messageId: string): Promise<ThreadMessage | undefined> {
    const rows: MessageRow[] = await this.manager.query(`SELECT * FROM case_messages WHERE case_id = $1 AND id = $2`, [caseId, messageId]);
    return rows[0] && toMessage(rows[0]);
  }
}

function toMessage(row: MessageRow): ThreadMessage {
  return {
    id: row.id, caseId: row.case_id, from: row.sender, authorName: row.author_name, agentId: row.agent_id, body: row.body, inReplyTo: row.in_reply_to, sentAt: row.sent_at, readAt: row.read_at,
    attachments: row.attachments,
  };
}
