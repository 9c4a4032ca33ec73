import { randomBytes } from 'node:crypto';
import { httpJson } from '../http-json';

export interface BankCredit {
  amountMinor: bigint;
  currency: string;
  valueDate: string;
  /** The structured reference the debtor wrote (BE OGM `+++…+++` or ISO 11649 `RF…`). */
  structuredReference?: string;
  remittanceText?: string;
}

const decimal = (minor: bigint) => `${minor / 100n}.${(minor % 100n).toString().padStart(2, '0')}`;

/**
 * The agency's bank: a camt.054 credit notification for the agency's account, uploaded to payments'
 * bank-statement import (`POST /ops/bank-statements`) as an operator would, one file per call.
 */
export class BankClient {
  constructor(
    private readonly paymentsUrl: string,
    private readonly operatorToken: string,
    private readonly agencyIban = 'BE71096123456769',
  ) {}

  async notifyCredits(credits: BankCredit[]): Promise<Record<string, unknown>> {
    const id = `NTF-${randomBytes(6).toString('hex').toUpperCase()}`;
    const xml = camt054(id, credits, this.agencyIban);
    return (
      await httpJson<Record<string, unknown>>(`${this.paymentsUrl}/ops/bank-statements?fileName=${id}.xml`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/xml', 'X-Operator-Token': this.operatorToken },
        body: xml,
      })
    ).body;
  }
}

/** camt.054.001.02: a debit/credit notification, no balances; one booked entry per credit. */
export function camt054(id: string, credits: BankCredit[], iban: string): string {
  const entries = credits.map((credit, index) => {
    const ref = `${id.slice(-8)}${String(index + 1).padStart(4, '0')}`;
    const structured = credit.structuredReference
      ? `<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>${credit.structuredReference.startsWith('RF') ? 'ISO' : 'BBA'}</Issr></Tp><Ref>${credit.structuredReference}</Ref></CdtrRefInf></Strd>`
      : '';
    const text = credit.remittanceText ? `<Ustrd>${credit.remittanceText}</Ustrd>` : '';
    return `
      <Ntry>
        <NtryRef>${index + 1}</NtryRef>
        <Amt Ccy="${credit.currency}">${decimal(credit.amountMinor)}</Amt>
        <CdtDbtInd>CRDT</CdtDbtInd>
        <Sts>BOOK</Sts>
        <BookgDt><Dt>${credit.valueDate}</Dt></BookgDt>
        <ValDt><Dt>${credit.valueDate}</Dt></ValDt>
        <AcctSvcrRef>${ref}</AcctSvcrRef>
        <NtryDtls><TxDtls>
          <Refs><AcctSvcrRef>${ref}</AcctSvcrRef><EndToEndId>NOTPROVIDED</EndToEndId></Refs>
          <AmtDtls><TxAmt><Amt Ccy="${credit.currency}">${decimal(credit.amountMinor)}</Amt></TxAmt></AmtDtls>
          ${structured || text ? `<RmtInf>${text}${structured}</RmtInf>` : ''}
        </TxDtls></NtryDtls>
      </Ntry>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02">
  <BkToCstmrDbtCdtNtfctn>
    <GrpHdr><MsgId>${id}</MsgId><CreDtTm>${new Date().toISOString().slice(0, 19)}</CreDtTm></GrpHdr>
    <Ntfctn>
      <Id>${id}</Id>
      <CreDtTm>${new Date().toISOString().slice(0, 19)}</CreDtTm>
      <Acct><Id><IBAN>${iban}</IBAN></Id><Ccy>EUR</Ccy></Acct>${entries.join('')}
    </Ntfctn>
  </BkToCstmrDbtCdtNtfctn>
</Document>
`;
}
