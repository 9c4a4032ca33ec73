/** A provider refused or failed; `permanent` when retrying the same recipient cannot help. */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

export interface Composed {
  subject: string;
  text: string;
  html: string;
  sms?: string;
  /** Letters: the rendered PDF. */
  pdf?: Buffer;
}

/** E-mail through the agency's SMTP relay. */
export abstract class EmailSender {
  abstract send(message: { to: string; subject: string; text: string; html: string; attachments: Array<{ filename: string; content: Buffer; contentType: string }> }): Promise<{ providerMessageId: string }>;

  /** Lets go of the connections kept open to the relay (at shutdown, once nothing is sent any more). */
  close(): void {}
}

/** SMS through a provider. */
export abstract class SmsSender {
  abstract send(message: { to: string; text: string }): Promise<{ providerMessageId: string }>;
}

/** The print-and-post house. */
export abstract class LetterPrinter {
  abstract print(letter: { documentId: string; pdf: Buffer }): Promise<{ providerMessageId: string }>;
}
