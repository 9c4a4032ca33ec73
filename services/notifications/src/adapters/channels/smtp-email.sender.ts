import { createTransport, type Transporter } from 'nodemailer';
import { DeliveryError, EmailSender } from '../../application/ports/channel.ports';

/**
 * E-mail through an SMTP relay (nodemailer: the maintained Node SMTP client). A 5xx answer is the
 * mailbox refusing for good (unknown user, domain): permanent; anything else (connection refused,
 * timeout, 4xx) may pass and is retried.
 */
export class SmtpEmailSender extends EmailSender {
  private readonly transport: Transporter;

  constructor(options: { url: string; from: string }) {
    super();
    // Pooled: a few kept-open connections instead of a handshake per message (the worker sends several at once).
    // Text and HTML parts quoted-printable, as nodemailer chooses anyway for Latin-script text, without
    // counting every letter of them first to choose (our six languages are all Latin script).
    this.transport = createTransport({ url: options.url, pool: true, maxConnections: 4 } as never, { from: options.from, textEncoding: 'quoted-printable' });
  }

  async send(message: { to: string; subject: string; text: string; html: string; attachments: Array<{ filename: string; content: Buffer; contentType: string }> }): Promise<{ providerMessageId: string }> {
    try {
      const info = await this.transport.sendMail(message);
      return { providerMessageId: String(info.messageId) };
    } catch (error) {
      const code = (error as { responseCode?: number }).responseCode;
      throw new DeliveryError(`SMTP: ${(error as Error).message}`, code !== undefined && code >= 500);
    }
  }

  close(): void {
    this.transport.close();
  }
}
