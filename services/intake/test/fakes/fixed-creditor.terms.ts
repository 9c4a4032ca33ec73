import { CreditorTerms } from '../../src/application/ports/intake-transaction.port';

type Fee = { amountMinor: bigint; currency: string };

/** Registration fees per creditor, as the contracts would say; none unless given. */
export class FixedCreditorTerms extends CreditorTerms {
  constructor(private readonly fees: Record<string, Fee> = {}) {
    super();
  }

  async registrationFee(creditorId: string): Promise<Fee | undefined> {
    return this.fees[creditorId];
  }
}
