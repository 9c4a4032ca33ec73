import { Injectable } from '@nestjs/common';
import { CreditorDirectory, type IssuedApiKey, type NewCreditor } from '../../ports/creditor-directory.port';

/** Operator command: a new creditor account and its first API key, shown once. */
@Injectable()
export class CreateCreditorHandler {
  constructor(private readonly creditors: CreditorDirectory) {}

  async execute(creditor: NewCreditor): Promise<{ creditorId: string; apiKey: IssuedApiKey }> {
    const creditorId = await this.creditors.create(creditor);
    const apiKey = await this.creditors.issueKey(creditorId, 'first key');
    return { creditorId, apiKey };
  }
}
