import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { LetterPrinter, SmsSender } from '../../application/ports/channel.ports';

/**
 * Development stand-ins for the print-and-post house and the SMS provider: each letter is a PDF and
 * each SMS a text file in a folder, named by the provider id they answer with. Production binds the
 * HTTP adapters instead (same ports).
 */
export class FileLetterPrinter extends LetterPrinter {
  constructor(private readonly folder: string) {
    super();
  }

  async print(letter: { documentId: string; pdf: Buffer }): Promise<{ providerMessageId: string }> {
    await mkdir(this.folder, { recursive: true });
    await writeFile(join(this.folder, `${letter.documentId}.pdf`), letter.pdf);
    return { providerMessageId: `file-letter:${letter.documentId}` };
  }
}

export class FileSmsSender extends SmsSender {
  constructor(private readonly folder: string) {
    super();
  }

  async send(message: { to: string; text: string }): Promise<{ providerMessageId: string }> {
    await mkdir(this.folder, { recursive: true });
    const id = randomUUID();
    await writeFile(join(this.folder, `${id}.txt`), `${message.to}\n${message.text}\n`);
    return { providerMessageId: `file-sms:${id}` };
  }
}
