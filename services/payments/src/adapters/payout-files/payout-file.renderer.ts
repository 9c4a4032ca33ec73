import { Inject, Injectable, Optional } from '@nestjs/common';
import { PayoutFileRenderer, type CreditorTerms, type RefundTransfer, type RemittanceFiles } from '../../application/ports/creditor-accounts.port';
import type { FeeInvoice, Remittance } from '../../domain/remittance';
import { feeInvoicePdf } from './fee-invoice-document';
import { creditTransferFor, creditTransferForRefund, writePain001, type AgencyAccount } from './pain001';
import { remittanceStatementCsv, remittanceStatementPdf } from './remittance-statement';

export const AGENCY_ACCOUNT = Symbol('AGENCY_ACCOUNT');
/** The agency's accounts held in other currencies (`AGENCY_CURRENCY_ACCOUNTS`), keyed by currency; optional. */
export const AGENCY_CURRENCY_ACCOUNTS = Symbol('AGENCY_CURRENCY_ACCOUNTS');

/**
 * One pain.001 per remittance (the agency's bank takes several files a day, and a file per
 * remittance lets a rejected transfer be re-sent alone), plus the creditor's statement; one pain.001
 * per refund to a debtor. Euros go as SEPA credit transfers; another currency (SEK, GBP, PLN…) as a
 * non-SEPA transfer in that currency (pain001.ts), debited from the agency's account in that currency
 * when one is configured, else from the main account (the bank converts).
 */
@Injectable()
export class Pain001PayoutFileRenderer extends PayoutFileRenderer {
  constructor(
    @Inject(AGENCY_ACCOUNT) private readonly agency: AgencyAccount,
    @Optional() @Inject(AGENCY_CURRENCY_ACCOUNTS) private readonly currencyAccounts: ReadonlyMap<string, AgencyAccount> = new Map(),
  ) {
    super();
  }

  async render(remittance: Remittance, creditor: CreditorTerms, paymentDate: Date): Promise<RemittanceFiles> {
    const payable = remittance.totals.paidOut.amountMinor > 0n;
    return {
      paymentFile: payable
        ? writePain001({
            messageId: remittance.remittanceId, createdAt: paymentDate.toISOString(), requestedExecutionDate: remittance.paidOn, debtor: this.debtorFor(remittance.currency),
            transfers: [creditTransferFor(remittance, { name: creditor.name, iban: creditor.iban, ...(creditor.bic ? { bic: creditor.bic } : {}) })],
          })
        : '',
      statementCsv: remittanceStatementCsv(remittance),
      statementPdf: await remittanceStatementPdf(remittance, creditor.name),
    };
  }

  renderRefund(refund: RefundTransfer, createdAt: Date): string {
    return writePain001({
      messageId: refund.refundId, createdAt: createdAt.toISOString(), requestedExecutionDate: refund.executionDate, debtor: this.debtorFor(refund.amount.currency),
      transfers: [creditTransferForRefund(refund)],
    });
  }

  /** The fee invoice, with the agency's account to pay it to. */
  renderInvoice(invoice: FeeInvoice, creditorName: string): Promise<Buffer> {
    return feeInvoicePdf(invoice, creditorName, this.agency);
  }

  private debtorFor(currency: string): AgencyAccount {
    return this.currencyAccounts.get(currency) ?? this.agency;
  }
}
