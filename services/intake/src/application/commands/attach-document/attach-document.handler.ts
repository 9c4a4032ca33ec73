import { Injectable } from '@nestjs/common';
import { checkDocument } from '../../../domain/document/supporting-document';
import { CaseNotFoundError, SubmissionInvalidError } from '../../../domain/shared/intake-error';
import { DocumentStore, type StoredDocument } from '../../ports/document-store.port';
import { CaseReader } from '../../ports/case-reader.port';

/** A creditor attaches a supporting document (contract, invoice, proof of delivery...) to one of its cases. */
@Injectable()
export class AttachDocumentHandler {
  constructor(
    private readonly cases: CaseReader,
    private readonly documents: DocumentStore,
  ) {}

  async execute(
    creditorId: string,
    caseId: string,
    upload: { kind: string; fileName: string; declaredType: string; content: Buffer; maxBytes: number },
  ): Promise<StoredDocument> {
    if (!(await this.cases.exists(creditorId, caseId))) throw new CaseNotFoundError(caseId);
    const problems = checkDocument(upload);
    if (problems.length > 0) throw new SubmissionInvalidError(problems);
    return this.documents.save({ caseId, creditorId, kind: upload.kind, fileName: upload.fileName, mediaType: upload.declaredType, sizeBytes: upload.content.length, content: upload.content });
  }
}
