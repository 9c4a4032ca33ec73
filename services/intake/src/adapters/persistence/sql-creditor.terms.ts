import type { EntityManager } from 'typeorm';
import { CreditorTerms } from '../../application/ports/intake-transaction.port';

export class SqlCreditorTerms extends CreditorTerms {
  constructor(private readonly manager: EntityManager) {
    super();
  }

  async registrationFee(creditorId: string): Promise<{ amountMinor: bigint; currency: string } | undefined> {
    const rows: Array<{ minor: string | null; currency: string | null }> = await this.manager.query(
      `SELECT registration_fee_minor AS minor, registration_fee_currency AS currency FROM creditors WHERE id = $1`,
      [creditorId],
    );
    const [row] = rows;
    return row?.minor != null && row.currency ? { amountMinor: BigInt(row.minor), currency: row.currency } : undefined;
  }
}
