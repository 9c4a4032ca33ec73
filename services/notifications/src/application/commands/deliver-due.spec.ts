import { FixedClock } from '@collections/clock';
import { DeliveryError, type Composed } from '../ports/channel.ports';
import type { CaseFacts, CreditorIdentity, Delivery, NotificationsTransaction } from '../ports/delivery.ports';
import { UnitOfWork } from '../ports/delivery.ports';
import { DocumentArchive, type ArchivedDocument } from '../ports/document-archive.port';
import { deliverDue, MessageComposer, SEND_CONCURRENCY, type Channels } from './deliver-due';

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
      events: {
        sent: async (sent: Array<{ delivery: Delivery; document?: ArchivedDocument }>) => void this.sent.push(...sent.map(({ delivery, document }) => ({ id: delivery.id, ...(document ? { document } : {}) }))),
        failed: async () => undefined,
      },
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

describe('deliverDue: sending a batch', () => {
  const clock = new FixedClock('2026-11-20T10:00:00Z');
  const email = (n: number, recipient = `debtor${n}@example.be`) =>
    letter({ id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, requestKey: `action-${n}`, actionId: `action-${n}`, channel: 'email', recipient });

  /** Records what the pass wrote, in order: each markSent call with its ids, and each event. */
  class Journal extends UnitOfWork {
    readonly writes: string[] = [];
    constructor(private readonly due: Delivery[]) {
      super();
    }

    run<T>(work: (tx: NotificationsTransaction) => Promise<T>): Promise<T> {
      const tx = {
        deliveries: {
          claimDue: async () => this.due,
          markSent: async (sent: Array<{ id: string; attempts: number }>) => void this.writes.push(`markSent ${sent.map((entry) => `${entry.id.slice(-2)}#${entry.attempts}`).join(',')}`),
          markRetry: async (id: string) => void this.writes.push(`markRetry ${id.slice(-2)}`),
          markFailed: async (id: string) => void this.writes.push(`markFailed ${id.slice(-2)}`),
        },
        suppressions: { suppress: async (key: string) => void this.writes.push(`suppress ${key}`) },
        cases: { find: async () => new Map<string, CaseFacts>(), creditors: async () => new Map<string, CreditorIdentity>() },
        documents: { save: async () => undefined },
        events: {
          sent: async (sent: Array<{ delivery: Delivery }>) => void this.writes.push(`NotificationSent ${sent.map(({ delivery }) => delivery.id.slice(-2)).join(',')}`),
          failed: async (delivery: Delivery) => void this.writes.push(`NotificationFailed ${delivery.id.slice(-2)}`),
        },
      } as unknown as NotificationsTransaction;
      return work(tx);
    }
  }

  it('keeps SEND_CONCURRENCY e-mails with the provider at once, starting the next as soon as one is answered, and records each once', async () => {
    const due = Array.from({ length: 20 }, (_, n) => email(n + 10));
    // debtor10 is answered slowly: the others must not wait for it (no batch waiting for its slowest).
    const slow = 'debtor10@example.be';
    const uow = new Journal(due);
    const timeline: string[] = [];
    let inFlight = 0;
    let most = 0;
    const composer = new (class extends MessageComposer {
      async compose(delivery: Delivery): Promise<Composed> {
        timeline.push(`compose ${delivery.id.slice(-2)}`);
        return { subject: 'Rappel', text: 'text', html: '<p>text</p>', pdf: PDF };
      }
      digest(): Composed {
        throw new Error('no digest here');
      }
    })();
    const mail = {
      letters: { print: async () => ({ providerMessageId: 'print' }) },
      sms: { send: async () => ({ providerMessageId: 'sms' }) },
      email: {
        send: async ({ to }: { to: string }) => {
          inFlight += 1;
          most = Math.max(most, inFlight);
          timeline.push(`send ${to}`);
          await new Promise((resolve) => setTimeout(resolve, to === slow ? 60 : 5));
          inFlight -= 1;
          timeline.push(`answered ${to}`);
          return { providerMessageId: `mail-${to}` };
        },
      },
    } as unknown as Channels;

    await expect(deliverDue(uow, composer, mail, new MemoryArchive(), clock)).resolves.toEqual({ sent: 20, retried: 0, failed: 0 });
    expect(most).toBe(SEND_CONCURRENCY);
    expect(timeline.indexOf('send debtor29@example.be')).toBeLessThan(timeline.indexOf(`answered ${slow}`));
    const ids = due.map((delivery) => delivery.id.slice(-2));
    expect(uow.writes).toEqual([`markSent ${ids.map((id) => `${id}#1`).join(',')}`, `NotificationSent ${ids.join(',')}`]);
  });

  it('sends nothing when composing fails for another reason than a template, so the retried pass sends nothing twice', async () => {
    const uow = new Journal([email(11), email(12), email(13)]);
    const sent: string[] = [];
    const composer = new (class extends MessageComposer {
      async compose(delivery: Delivery): Promise<Composed> {
        if (delivery.id.endsWith('13')) throw new Error('layout bug');
        return { subject: 'Rappel', text: 'text', html: '<p>text</p>', pdf: PDF };
      }
      digest(): Composed {
        throw new Error('no digest here');
      }
    })();
    const mail = { ...channels([]), email: { send: async ({ to }: { to: string }) => (sent.push(to), { providerMessageId: to }) } } as unknown as Channels;
    await expect(deliverDue(uow, composer, mail, new MemoryArchive(), clock)).rejects.toThrow('layout bug');
    expect(sent).toEqual([]);
  });

  it('records a failure between two sent e-mails in its place, so the events keep the order of the deliveries', async () => {
    const uow = new Journal([email(11), email(12, 'bounced@example.be'), email(13)]);
    const mail = {
      ...channels([]),
      email: {
        send: async ({ to }: { to: string }) => {
          if (to === 'bounced@example.be') throw new DeliveryError('SMTP: 550 no such user', true);
          return { providerMessageId: `mail-${to}` };
        },
      },
    } as unknown as Channels;

    await expect(deliverDue(uow, new Composer(), mail, new MemoryArchive(), clock)).resolves.toEqual({ sent: 2, retried: 0, failed: 1 });
    expect(uow.writes).toEqual([
      'markSent 11#1', 'NotificationSent 11',
      'suppress email:bounced@example.be', 'markFailed 12', 'NotificationFailed 12',
      'markSent 13#1', 'NotificationSent 13',
    ]);
  });
});
