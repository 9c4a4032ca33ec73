import { CaseMessages, type CaseMessage } from '../../src/application/ports/case-messages.port';

/** The creditor messages a use case recorded, in order. */
export class InMemoryCaseMessages extends CaseMessages {
  readonly sent: CaseMessage[] = [];

  async addFromCreditor(message: CaseMessage): Promise<void> {
    this.sent.push(message);
  }
}
