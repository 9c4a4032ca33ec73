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
}

export interface CreditorAccount {
  readonly name: string;
  readonly iban: string;
  /** Optional in SEPA since IBAN-only; written when known. */
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

// SEPA references: 35 characters of the EPC set, no leading, trailing or double slash.
const SEPA_ID = /^(?!\/)(?!.*\/\/)(?!.*\/$)[A-Za-z0-9/\-?:().,'+ ]{1,35}$/;
const SEPA_MAX_AMOUNT_MINOR = 99_999_999_999n;

/**
 * One SEPA credit-transfer initiation (pain.001.001.09): one payment information block with the
 * agency as debtor, one transaction per transfer. SEPA moves euros only, so another currency is
 * refused, as are a zero amount, a bad IBAN or BIC, and an id a bank would reject; nothing is written
 * then, since a half-right payment file is worse than none. Free text is reduced to the EPC Latin
 * character set so that banks do not reject the file for an accent.
 */
export function writePain001(batch: Pain001Batch): string {
  sepaId(batch.messageId, 'message id');
  if (!isCalendarDate(batch.requestedExecutionDate)) throw new PayoutFileInvalidError(`execution date ${batch.requestedExecutionDate} is not YYYY-MM-DD`);
  const created = DateTime.fromISO(batch.createdAt, { zone: 'utc' });
  if (!created.isValid) throw new PayoutFileInvalidError(`created at ${batch.createdAt} is not an ISO 8601 instant`);
  if (batch.transfers.length === 0) throw new PayoutFileInvalidError('a payment file needs at least one transfer');
  const endToEndIds = new Set<string>();
  const transactions = batch.transfers.map((transfer) => {
    const id = sepaId(transfer.endToEndId, 'end-to-end id');
    if (endToEndIds.has(id)) throw new PayoutFileInvalidError(`transfer ${id} appears twice`);
    endToEndIds.add(id);
    return transaction(transfer);
  });
  const controlSum = decimalAmount(sum('EUR', batch.transfers.map((t) => t.amount)));
  const count = String(batch.transfers.length);
  const debtorName = sepaText(batch.debtor.name, 70);
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
          PmtTpInf: { SvcLvl: { Cd: 'SEPA' } },
          ReqdExctnDt: { Dt: batch.requestedExecutionDate },
          Dbtr: { Nm: debtorName },
          DbtrAcct: { Id: { IBAN: checkedIban(batch.debtor.iban, 'the agency') } },
          DbtrAgt: { FinInstnId: { BICFI: checkedBic(batch.debtor.bic, 'the agency') } },
          ChrgBr: 'SLEV',
          CdtTrfTxInf: transactions,
        },
      },
    },
  };
  return new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ' }).build(document);
}

function transaction(transfer: CreditTransfer): Record<string, unknown> {
  const { amount, creditor, endToEndId } = transfer;
  if (amount.currency !== 'EUR') throw new PayoutFileInvalidError(`transfer ${endToEndId} is in ${amount.currency}; SEPA credit transfers are in EUR only`);
  if (amount.amountMinor <= 0n || amount.amountMinor > SEPA_MAX_AMOUNT_MINOR) throw new PayoutFileInvalidError(`transfer ${endToEndId} amount must be between 0.01 and 999999999.99`);
  const whose = `the creditor of ${endToEndId}`;
  return {
    PmtId: { EndToEndId: endToEndId },
    Amt: { InstdAmt: { '@_Ccy': 'EUR', '#text': decimalAmount(amount) } },
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
