import { Inject, Injectable } from '@nestjs/common';
import { PayoutFileRenderer, type CreditorTerms, type RemittanceFiles } from '../../application/ports/creditor-accounts.port';
import type { FeeInvoice, Remittance } from '../../domain/remittance';
import { feeInvoicePdf } from './fee-invoice-document';
import { creditTransferFor, writePain001, type AgencyAccount } from './pain001';
import { remittanceStatementCsv, remittanceStatementPdf } from './remittance-statement';

export const AGENCY_ACCOUNT = Symbol('AGENCY_ACCOUNT');

/**
 * One pain.001 per remittance (the agency's bank takes several files a day, and a file per
 * remittance lets a rejected transfer be re-sent alone), plus the creditor's statement. SEPA
 * carries EUR only: a remittance in another currency gets its statement and no file, for the
 * treasury's other channel.
 */
@Injectable()
export class SepaPayoutFileRenderer extends PayoutFileRenderer {
  constructor(@Inject(AGENCY_ACCOUNT) private readonly agency: AgencyAccount) {
    super();
  }

  async render(remittance: Remittance, creditor: CreditorTerms, paymentDate: Date): Promise<RemittanceFiles> {
    const sepa = remittance.currency === 'EUR' && remittance.totals.paidOut.amountMinor > 0n;
    return {
      paymentFile: sepa
        ? writePain001({
            messageId: remittance.remittanceId, createdAt: paymentDate.toISOString(), requestedExecutionDate: remittance.paidOn, debtor: this.agency,
            transfers: [creditTransferFor(remittance, { name: creditor.name, iban: creditor.iban, ...(creditor.bic ? { bic: creditor.bic } : {}) })],
          })
        : '',
      statementCsv: remittanceStatementCsv(remittance),
      statementPdf: await remittanceStatementPdf(remittance, creditor.name),
    };
  }

  /** The fee invoice, with the agency's account to pay it to. */
  renderInvoice(invoice: FeeInvoice, creditorName: string): Promise<Buffer> {
    return feeInvoicePdf(invoice, creditorName, this.agency);
  }
}
