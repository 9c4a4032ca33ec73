import { FixedClock } from '@collections/clock';
import type { Composed } from '../ports/channel.ports';
import type { CaseFacts, CreditorIdentity, Delivery, NotificationsTransaction } from '../ports/delivery.ports';
import { UnitOfWork } from '../ports/delivery.ports';
import { DocumentArchive, type ArchivedDocument } from '../ports/document-archive.port';
import { deliverDue, MessageComposer, type Channels } from './deliver-due';

const CASE_ID = '0b8f2a54-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
const PDF = Buffer.from('%PDF-1.7 letter');

const letter = (overrides: Partial<Delivery> = {}): Delivery => ({
  id: 'b4c5d6e7-f8a9-4b0c-9d1e-2f3a4b5c6d7e', requestKey: 'action-1', caseId: CASE_ID, actionId: 'action-1', audience: 'debtor', channel: 'letter',
  recipient: 'Rue Haute 5, 1000 Bruxelles', templateKey: 'be.b2c.formal-notice', language: 'fr', details: {}, attempts: 0, ...overrides,
});

/** One transaction's worth of in-memory ports, recording what the worker did. */
class Recording extends UnitOfWork {
  readonly sent: Array<{ id: string; document?: ArchivedDocument }> = [];
  readonly retried: string[] = [];
  constructor(private readonly due: Delivery[]) {
    super();
  }

  run<T>(work: (tx: NotificationsTransaction) => Promise<T>): Promise<T> {
    const tx = {
      deliveries: { claimDue: async () => this.due, markSent: async () => undefined, markRetry: async (id: string) => void this.retried.push(id), markFailed: async () => undefined },
      suppressions: { suppress: async () => undefined },
      cases: { find: async () => new Map<string, CaseFacts>(), creditors: async () => new Map<string, CreditorIdentity>() },
      documents: { save: async () => undefined },
      events: { sent: async (delivery: Delivery, _at: Date, _id: string, document?: ArchivedDocument) => void this.sent.push({ id: delivery.id, ...(document ? { document } : {}) }), failed: async () => undefined },
    } as unknown as NotificationsTransaction;
    return work(tx);
  }
}

class Composer extends MessageComposer {
  async compose(): Promise<Composed> {
    return { subject: 'Mise en demeure', text: 'text', html: '<p>text</p>', pdf: PDF };
  }
  digest(): Composed {
    throw new Error('no digest here');
  }
}

class MemoryArchive extends DocumentArchive {
  readonly stored: Array<{ objectKey: string; fileName: string; content: Buffer }> = [];
  failing = false;
  async store(document: { documentId: string; objectKey: string; fileName: string; contentType: string; content: Buffer }): Promise<ArchivedDocument> {
    if (this.failing) throw new Error('bucket unreachable');
    this.stored.push(document);
    return { documentId: document.documentId, objectKey: document.objectKey, fileName: document.fileName, contentType: document.contentType, sizeBytes: document.content.length };
  }
}

function channels(printed: string[]): Channels {
  return {
    letters: { print: async ({ documentId }: { documentId: string }) => (printed.push(documentId), { providerMessageId: `print-${documentId}` }) },
    email: { send: async () => ({ providerMessageId: 'mail-1' }) },
    sms: { send: async () => ({ providerMessageId: 'sms-1' }) },
  } as unknown as Channels;
}

describe('deliverDue: letters filed for the creditor', () => {
  const clock = new FixedClock('2026-11-20T10:00:00Z');

  it('files a debtor letter under letters/<caseId>/<notificationId>.pdf before printing it, and NotificationSent carries the reference', async () => {
    const uow = new Recording([letter()]);
    const archive = new MemoryArchive();
    const printed: string[] = [];
    await expect(deliverDue(uow, new Composer(), channels(printed), archive, clock)).resolves.toEqual({ sent: 1, retried: 0, failed: 0 });

    expect(archive.stored).toEqual([{ documentId: letter().id, objectKey: `letters/${CASE_ID}/${letter().id}.pdf`, fileName: 'letter-be.b2c.formal-notice-2026-11-20.pdf', contentType: 'application/pdf', content: PDF }]);
    expect(printed).toEqual([letter().id]);
    expect(uow.sent).toEqual([{ id: letter().id, document: { documentId: letter().id, objectKey: `letters/${CASE_ID}/${letter().id}.pdf`, fileName: 'letter-be.b2c.formal-notice-2026-11-20.pdf', contentType: 'application/pdf', sizeBytes: PDF.length } }]);
  });

  it('files nothing for an e-mail, even with its statement attached', async () => {
    const uow = new Recording([letter({ channel: 'email', recipient: 'helene@example.be' })]);
    const archive = new MemoryArchive();
    await deliverDue(uow, new Composer(), channels([]), archive, clock);
    expect(archive.stored).toEqual([]);
    expect(uow.sent).toEqual([{ id: letter().id }]);
  });

  it('prints nothing and retries the letter later when the document store fails', async () => {
    const uow = new Recording([letter()]);
    const archive = new MemoryArchive();
    archive.failing = true;
    const printed: string[] = [];
    await expect(deliverDue(uow, new Composer(), channels(printed), archive, clock)).resolves.toEqual({ sent: 0, retried: 1, failed: 0 });
    expect(printed).toEqual([]);
    expect(uow.sent).toEqual([]);
    expect(uow.retried).toEqual([letter().id]);
  });
});
