import { DeliveryError } from '../../src/application/ports/channel.ports';
import { SmtpEmailSender } from '../../src/adapters/channels/smtp-email.sender';
import { LocalSmtpServer } from '../support/local-smtp';

const message = (to: string) => ({ to, subject: 'Rappel', text: 'Bonjour', html: '<p>Bonjour</p>', attachments: [{ filename: 'statement.pdf', content: Buffer.from('%PDF-1.4 statement'), contentType: 'application/pdf' }] });

describe('SmtpEmailSender against a real local SMTP server', () => {
  let smtp: LocalSmtpServer;
  let sender: SmtpEmailSender | undefined;
  beforeEach(async () => {
    smtp = new LocalSmtpServer();
    await smtp.start();
  });
  afterEach(async () => {
    sender?.close();
    await smtp.stop();
  });

  it('sends one message after another over the same kept-open connection (the pool is really used)', async () => {
    sender = new SmtpEmailSender({ url: `smtp://127.0.0.1:${smtp.port}`, from: 'Collections Agency <no-reply@agency.example>' });
    for (const to of ['a@example.be', 'b@example.be', 'c@example.be']) await sender.send(message(to));

    expect(smtp.received.map((mail) => JSON.stringify(mail.to))).toEqual([expect.stringContaining('a@example.be'), expect.stringContaining('b@example.be'), expect.stringContaining('c@example.be')]);
    expect(smtp.received.every((mail) => mail.attachments.some((attachment) => attachment.contentType === 'application/pdf'))).toBe(true);
    expect(smtp.connections).toBe(1);
  });

  it('fails each message while the relay is down, as many times as it takes, and sends again once it is back', async () => {
    const port = smtp.port;
    sender = new SmtpEmailSender({ url: `smtp://127.0.0.1:${port}`, from: 'Collections Agency <no-reply@agency.example>' });
    await sender.send(message('before@example.be'));
    await smtp.stop();

    // More failures than the pool has connections (4): none may leave the pool stuck.
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const failure = await sender.send(message(`down${attempt}@example.be`)).then(() => undefined, (error: unknown) => error);
      expect(failure).toBeInstanceOf(DeliveryError);
      expect((failure as DeliveryError).permanent).toBe(false);
    }

    await smtp.start(port);
    await sender.send(message('after@example.be'));
    expect(smtp.received.map((mail) => JSON.stringify(mail.to))).toEqual([expect.stringContaining('before@example.be'), expect.stringContaining('after@example.be')]);
  });
});
