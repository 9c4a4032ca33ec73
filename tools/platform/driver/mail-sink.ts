import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * The platform's outgoing mail server for a run: a real SMTP server (smtp-server) on a free local
 * port that keeps every message notifications sends, parsed (mailparser), so a story can read
 * the e-mails and PDF attachments a debtor or creditor would have received.
 */
export class MailSink {
  readonly received: ParsedMail[] = [];
  private server?: SMTPServer;
  port = 0;

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            this.received.push(mail);
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as AddressInfo).port;
  }

  /** Messages sent to `address` (case-insensitive), oldest first. */
  to(address: string): ParsedMail[] {
    const wanted = address.toLowerCase();
    return this.received.filter((mail) => recipients(mail).includes(wanted));
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

function recipients(mail: ParsedMail): string[] {
  const fields = [mail.to, mail.cc, mail.bcc].flatMap((field) => (field === undefined ? [] : Array.isArray(field) ? field : [field]));
  return fields.flatMap((field) => field.value.map((entry) => (entry.address ?? '').toLowerCase()));
}
