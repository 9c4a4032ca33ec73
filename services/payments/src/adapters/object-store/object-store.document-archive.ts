import { Injectable } from '@nestjs/common';
import { ObjectStore } from '@collections/object-store';
import { DocumentArchive, type ArchivedDocument } from '../../application/ports/document-archive.port';

/** Remittance statements and fee invoices in the platform's object store, where intake finds them for the creditor. */
@Injectable()
export class ObjectStoreDocumentArchive extends DocumentArchive {
  constructor(private readonly objects: ObjectStore) {
    super();
  }

  async store(document: { documentId: string; objectKey: string; fileName: string; contentType: string; content: Buffer }): Promise<ArchivedDocument> {
    const stored = await this.objects.put(document.objectKey, document.content, { contentType: document.contentType, fileName: document.fileName });
    return { documentId: document.documentId, fileName: document.fileName, contentType: document.contentType, sizeBytes: stored.sizeBytes, objectKey: stored.key };
  }
}
