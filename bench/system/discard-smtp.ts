/**
 * An SMTP server that takes every e-mail and keeps nothing but a count, for the system benchmark:
 * notifications sends each debtor e-mail with its statement attached, and the driver's own sink parses
 * and keeps every message in the benchmark's process, which at tens of thousands of e-mails would
 * measure the sink rather than the platform.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export class DiscardSmtp {
  accepted = 0;
  bytes = 0;
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData: (stream, _session, callback) => {
      stream.on('data', (chunk: Buffer) => (this.bytes += chunk.length));
      stream.on('end', () => {
        this.accepted += 1;
        callback();
      });
    },
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
