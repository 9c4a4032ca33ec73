import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DocumentStore, type StoredDocument } from '../../application/ports/document-store.port';

const COLUMNS = 'id, case_id, kind, file_name, media_type, size_bytes, sha256, created_at';

type DocumentRow = { id: string; case_id: string; kind: string; file_name: string; media_type: string; size_bytes: number; sha256: string; created_at: Date };

/** Documents in the intake database, always filtered by creditor. */
@Injectable()
export class SqlDocumentStore extends DocumentStore {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async save(document: Omit<StoredDocument, 'id' | 'createdAt' | 'sha256'> & { creditorId: string; content: Uint8Array }): Promise<StoredDocument> {
    const rows: DocumentRow[] = await this.dataSource.query(
      `INSERT INTO case_documents (id, case_id, creditor_id, kind, file_name, media_type, size_bytes, sha256, content)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${COLUMNS}`,
      [randomUUID(), document.caseId, document.creditorId, document.kind, document.fileName, document.mediaType, document.sizeBytes,
        createHash('sha256').update(document.content).digest('hex'), Buffer.from(document.content)],
    );
    return toDocument(rows[0]);
  }

  async list(creditorId: string, caseId: string): Promise<StoredDocument[]> {
    const rows: DocumentRow[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM case_documents WHERE creditor_id = $1 AND case_id = $2 ORDER BY created_at, id`, [creditorId, caseId]);
    return rows.map(toDocument);
  }

  async content(creditorId: string, caseId: string, documentId: string): Promise<{ document: StoredDocument; content: Buffer } | undefined> {
    const rows: Array<DocumentRow & { content: Buffer }> = await this.dataSource.query(
      `SELECT ${COLUMNS}, content FROM case_documents WHERE creditor_id = $1 AND case_id = $2 AND id = $3`,
      [creditorId, caseId, documentId],
    );
    return rows.length ? { document: toDocument(rows[0]), content: rows[0].content } : undefined;
  }
}

function toDocument(row: DocumentRow): StoredDocument {
  return { id: row.id, caseId: row.case_id, kind: row.kind, fileName: row.file_name, mediaType: row.media_type, sizeBytes: row.size_bytes, sha256: row.sha256, createdAt: row.created_at };
}
