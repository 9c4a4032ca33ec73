import { XMLBuilder } from 'fast-xml-parser';
import { DateTime } from 'luxon';
import { type Money, sum } from '../../domain/money';
import { type CalendarDate, isCalendarDate } from '../../domain/plans';
import { type Remittance, checkedBic, checkedIban } from '../../domain/remittance';
import { decimalAmount } from './decimal-amount';
import { PayoutFileInvalidError } from './payout-file.errors';

export const PAIN_001_NAMESPACE = 'urn:iso:std:iso:20022:tech:xsd:pain.001.001.09';

export interface AgencyAccount {
  readonly name: string;
  readonly iban: string;
  readonly bic: string;
  /** The account's currency, written as DbtrAcct/Ccy when the account is held in a currency other than the one paid out (or to say which of a multi-currency account's pockets pays). */
  readonly currency?: string;
}

export interface CreditorAccount {
  readonly name: string;
  readonly iban: string;
  /** Optional in SEPA since IBAN-only; required outside SEPA (a non-euro transfer is routed by BIC). */
  readonly bic?: string;
}

export interface CreditTransfer {
  readonly endToEndId: string;
  readonly amount: Money;
  readonly creditor: CreditorAccount;
  readonly remittanceInformation: string;
}

export interface Pain001Batch {
  readonly messageId: string;
  /** ISO 8601 instant the file is made (from the clock). */
  readonly createdAt: string;
  readonly requestedExecutionDate: CalendarDate;
  readonly debtor: AgencyAccount;
  readonly transfers: readonly CreditTransfer[];
}

/** The transfer that pays a remittance out: the remittance id travels as EndToEndId, back on the creditor's statement. */
export function creditTransferFor(remittance: Remittance, creditor: CreditorAccount): CreditTransfer {
  return {
    endToEndId: remittance.remittanceId,
    amount: remittance.totals.paidOut,
    creditor,
    remittanceInformation: `Remittance ${remittance.remittanceId} of ${remittance.paidOn}, ${remittance.lines.length} payment(s)`,
  };
}

/** The transfer that pays a refund back to the debtor: the refund id travels as EndToEndId, back on the debtor's statement. */
export function creditTransferForRefund(refund: { refundId: string; caseId: string; amount: Money; beneficiary: CreditorAccount }): CreditTransfer {
  return {
    endToEndId: refund.refundId,
    amount: refund.amount,
    creditor: refund.beneficiary,
    remittanceInformation: `Refund ${refund.refundId} of an overpayment on file ${refund.caseId}`,
  };
}

// SEPA references: 35 characters of the EPC set, no leading, trailing or double slash.
const SEPA_ID = /^(?!\/)(?!.*\/\/)(?!.*\/$)[A-Za-z0-9/\-?:().,'+ ]{1,35}$/;
const MAX_AMOUNT_MINOR = 99_999_999_999n;
// decimalAmount writes two decimals; a currency with none (JPY, ISK…) or three (BHD, KWD…) would be
// paid 100 times too much or 10 times too little, so it is refused rather than guessed at.
const NOT_TWO_DECIMALS = new Set(['BHD', 'BIF', 'CLF', 'CLP', 'DJF', 'GNF', 'IQD', 'ISK', 'JOD', 'JPY', 'KMF', 'KRW', 'KWD', 'LYD', 'OMR', 'PYG', 'RWF', 'TND', 'UGX', 'UYI', 'UYW', 'VND', 'VUV', 'XAF', 'XOF', 'XPF']);

/** How a batch in `currency` travels: SEPA for euros (service level SEPA, charges shared by scheme rules), otherwise an ordinary cross-border transfer with charges shared. */
export function transferSchemeFor(currency: string): { serviceLevel: 'SEPA' | 'NURG'; chargeBearer: 'SLEV' | 'SHAR' } {
  return currency === 'EUR' ? { serviceLevel: 'SEPA', chargeBearer: 'SLEV' } : { serviceLevel: 'NURG', chargeBearer: 'SHAR' };
}

/**
 * One credit-transfer initiation (pain.001.001.09): one payment information block with the agency
 * as debtor, one transaction per transfer, all in one currency. Euros go as SEPA credit transfers
 * (SvcLvl SEPA, ChrgBr SLEV); any other currency (SEK, GBP, PLN…) as a non-urgent transfer outside
 * SEPA (SvcLvl NURG, ChrgBr SHAR, the currency in InstdAmt/@Ccy), which banks route by the
 * creditor's BIC, so one is required there. Refused, with nothing written (a half-right payment file
 * is worse than none): mixed currencies, a currency without two decimals, a zero amount, a bad IBAN
 * or BIC, and an id a bank would reject. Free text is reduced to the EPC Latin character set (also
 * what SWIFT carries) so that banks do not reject the file for an accent.
 */
export function writePain001(batch: Pain001Batch): string {
  sepaId(batch.messageId, 'message id');
  if (!isCalendarDate(batch.requestedExecutionDate)) throw new PayoutFileInvalidError(`execution date ${batch.requestedExecutionDate} is not YYYY-MM-DD`);
  const created = DateTime.fromISO(batch.createdAt, { zone: 'utc' });
  if (!created.isValid) throw new PayoutFileInvalidError(`created at ${batch.createdAt} is not an ISO 8601 instant`);
  if (batch.transfers.length === 0) throw new PayoutFileInvalidError('a payment file needs at least one transfer');
  const currency = batchCurrency(batch.transfers);
  const scheme = transferSchemeFor(currency);
  const endToEndIds = new Set<string>();
  const transactions = batch.transfers.map((transfer) => {
    const id = sepaId(transfer.endToEndId, 'end-to-end id');
    if (endToEndIds.has(id)) throw new PayoutFileInvalidError(`transfer ${id} appears twice`);
    endToEndIds.add(id);
    return transaction(transfer, scheme.serviceLevel === 'SEPA');
  });
  const controlSum = decimalAmount(sum(currency, batch.transfers.map((t) => t.amount)));
  const count = String(batch.transfers.length);
  const debtorName = sepaText(batch.debtor.name, 70);
  const debtorAccountCurrency = batch.debtor.currency;
  if (debtorAccountCurrency !== undefined && !/^[A-Z]{3}$/.test(debtorAccountCurrency)) throw new PayoutFileInvalidError(`agency account currency ${debtorAccountCurrency} is not an ISO 4217 code`);
  const document = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    Document: {
      '@_xmlns': PAIN_001_NAMESPACE,
      CstmrCdtTrfInitn: {
        GrpHdr: {
          MsgId: batch.messageId,
          CreDtTm: `${created.toFormat("yyyy-MM-dd'T'HH:mm:ss")}Z`,
          NbOfTxs: count,
          CtrlSum: controlSum,
          InitgPty: { Nm: debtorName },
        },
        PmtInf: {
          PmtInfId: batch.messageId,
          PmtMtd: 'TRF',
          NbOfTxs: count,
          CtrlSum: controlSum,
          PmtTpInf: { SvcLvl: { Cd: scheme.serviceLevel } },
          ReqdExctnDt: { Dt: batch.requestedExecutionDate },
          Dbtr: { Nm: debtorName },
          DbtrAcct: { Id: { IBAN: checkedIban(batch.debtor.iban, 'the agency') }, ...(debtorAccountCurrency ? { Ccy: debtorAccountCurrency } : {}) },
          DbtrAgt: { FinInstnId: { BICFI: checkedBic(batch.debtor.bic, 'the agency') } },
          ChrgBr: scheme.chargeBearer,
          CdtTrfTxInf: transactions,
        },
      },
    },
  };
  return new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ' }).build(document);
}

/** The one currency of a batch's transfers: a payment information block pays in one, and its control sum adds them up. */
function batchCurrency(transfers: readonly CreditTransfer[]): string {
  const currency = transfers[0]!.amount.currency;
  const other = transfers.find((t) => t.amount.currency !== currency);
  if (other) throw new PayoutFileInvalidError(`transfer ${other.endToEndId} is in ${other.amount.currency}, the file in ${currency}: one currency per file`);
  if (!/^[A-Z]{3}$/.test(currency)) throw new PayoutFileInvalidError(`currency ${currency} is not an ISO 4217 code`);
  if (NOT_TWO_DECIMALS.has(currency)) throw new PayoutFileInvalidError(`${currency} does not have two decimals; amounts in it cannot be written from minor units here`);
  return currency;
}

function transaction(transfer: CreditTransfer, sepa: boolean): Record<string, unknown> {
  const { amount, creditor, endToEndId } = transfer;
  if (amount.amountMinor <= 0n || amount.amountMinor > MAX_AMOUNT_MINOR) throw new PayoutFileInvalidError(`transfer ${endToEndId} amount must be between 0.01 and 999999999.99 ${amount.currency}`);
  const whose = `the creditor of ${endToEndId}`;
  if (!sepa && !creditor.bic) throw new PayoutFileInvalidError(`transfer ${endToEndId} is in ${amount.currency}, outside SEPA: the BIC of ${whose} is required`);
  return {
    PmtId: { EndToEndId: endToEndId },
    Amt: { InstdAmt: { '@_Ccy': amount.currency, '#text': decimalAmount(amount) } },
    ...(creditor.bic ? { CdtrAgt: { FinInstnId: { BICFI: checkedBic(creditor.bic, whose) } } } : {}),
    Cdtr: { Nm: sepaText(creditor.name, 70) },
    CdtrAcct: { Id: { IBAN: checkedIban(creditor.iban, whose) } },
    RmtInf: { Ustrd: sepaText(transfer.remittanceInformation, 140) },
  };
}

function sepaId(id: string, what: string): string {
  if (!SEPA_ID.test(id)) throw new PayoutFileInvalidError(`${what} ${JSON.stringify(id)} must be 1 to 35 SEPA characters without leading, trailing or double '/'`);
  return id;
}

const LIGATURES: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', Æ: 'AE', ø: 'o', Ø: 'O', œ: 'oe', Œ: 'OE', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', þ: 'th', Þ: 'TH', '&': '+' };

/** Accents dropped, ligatures spelled out, anything else outside the EPC set becomes a space. */
export function sepaText(text: string, maxLength: number): string {
  const latin = [...text.normalize('NFD').replace(/\p{M}/gu, '')].map((c) => LIGATURES[c] ?? c).join('');
  const cleaned = latin.replace(/[^A-Za-z0-9/\-?:().,'+ ]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, maxLength).trim();
  if (!cleaned) throw new PayoutFileInvalidError(`text ${JSON.stringify(text)} has nothing a SEPA file can carry`);
  return cleaned;
}
