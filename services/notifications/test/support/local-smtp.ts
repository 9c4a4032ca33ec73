import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server on a free local port (the `smtp-server` package), keeping what it receives.
 * Recipients whose local part is `unknown` are refused with 550 (a hard bounce).
 */
export class LocalSmtpServer {
  readonly received: ParsedMail[] = [];
  /** How many SMTP connections clients opened (a pooled client keeps reusing one). */
  connections = 0;
  private server?: SMTPServer;
  port = 0;

  async start(port = 0): Promise<void> {
    this.server = new SMTPServer({
      // Stopping drops the connections the service keeps open (its SMTP pool) at once, with a 421,
      // as a relay going down does, instead of waiting 30 s for the client to hang up.
      closeTimeout: 100,
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onConnect: (_session, callback) => {
        this.connections += 1;
        callback();
      },
      onRcptTo: (address, _session, callback) => {
        if (address.address.startsWith('unknown@')) {
          const error = new Error('no such user') as Error & { responseCode: number };
          error.responseCode = 550;
          return callback(error);
        }
        callback();
      },
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            this.received.push(mail);
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = undefined;
  }
}
