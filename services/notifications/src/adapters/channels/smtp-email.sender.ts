import { connect, type Socket } from 'node:net';
import { createTransport, type Transporter } from 'nodemailer';
import SMTPPool from 'nodemailer/lib/smtp-pool';
import { DeliveryError, EmailSender } from '../../application/ports/channel.ports';

/**
 * How long our own connection attempt may take before nodemailer is left to connect by itself
 * (TCP connect to a relay takes milliseconds; nodemailer's own attempt then has its 2 min).
 */
const CONNECT_TIMEOUT_MS = 10_000;

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
    // The pool is built here rather than by `createTransport({ url, … })`, which reads only the URL when
    // one is given: `pool`, `maxConnections` and `getSocket` beside it were silently dropped, so the
    // service opened a connection per message unless SMTP_URL said `?pool=true`. Options in the URL's
    // query (`?maxConnections=8`) still override the defaults here, as nodemailer documents.
    // Text and HTML parts quoted-printable, as nodemailer chooses anyway for Latin-script text, without
    // counting every letter of them first to choose (our six languages are all Latin script).
    this.transport = createTransport(new SMTPPool({ url: options.url, pool: true, maxConnections: 4, getSocket: openNoDelaySocket }), { from: options.from, textEncoding: 'quoted-printable' } as never);
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

  override close(): void {
    this.transport.close();
  }
}

/**
 * nodemailer's `getSocket` hook: a TCP connection to the relay with `setNoDelay(true)`, handed to
 * nodemailer already connected (it still speaks SMTP on it, and wraps it in TLS for smtps://).
 *
 * Why: nodemailer writes a message's body and then the terminating `\r\n.\r\n` as a separate small
 * write. With Nagle's algorithm on (Node's default for sockets), that last segment waits for the
 * ACK of the body, which the relay's kernel delays (~40 ms on Linux), so every message on a
 * connection took ~45 ms whatever the CPU did: 8 connections could not pass ~170 e-mails/s to a local
 * relay. Measured with the bench's SMTP server: 44–48 ms from the final dot to `250` before, 3–10 ms after.
 *
 * When our connection attempt fails, nodemailer is told to connect by itself (`false`), and its own
 * attempt fails the message the usual way. Handing it the error instead would leak a slot of the pool
 * (nodemailer 7 neither frees nor removes a pool resource whose `getSocket` failed): after
 * `maxConnections` failures, say while the relay is down, every later message would wait forever.
 */
export function openNoDelaySocket(options: { host?: string; port?: number | string; secure?: boolean }, callback: (error: Error | null, socketOptions: { connection: Socket } | false) => void): void {
  // The same defaults as nodemailer's own connection: localhost, 465 for smtps://, else 587.
  const host = options.host || 'localhost';
  const port = Number(options.port) || (options.secure ? 465 : 587);
  const socket = connect({ host, port, noDelay: true });
  const timer = setTimeout(() => socket.destroy(new Error(`connection to ${host}:${port} timed out`)), CONNECT_TIMEOUT_MS);
  const failed = () => {
    clearTimeout(timer);
    callback(null, false);
  };
  socket.once('error', failed);
  socket.once('connect', () => {
    clearTimeout(timer);
    socket.off('error', failed);
    callback(null, { connection: socket });
  });
}
