export interface CamtCredit {
  amountMinor: bigint;
  /** A DBIT with RvslInd: the bank takes back an earlier credit. */
  reversal?: boolean;
  structuredReference?: string;
  remittanceText?: string;
  debtorName?: string;
  valueDate?: string;
}

const decimal = (minor: bigint) => `${minor / 100n}.${(minor % 100n).toString().padStart(2, '0')}`;

/** A small camt.053.001.02 statement of the agency's account, in the style of a Belgian bank. */
export function camtStatement(statementId: string, credits: CamtCredit[], account = 'BE71096123456769'): string {
  const entries = credits.map((credit, index) => {
    const date = credit.valueDate ?? '2026-11-20';
    const reference = `${statementId.slice(-6)}${String(index + 1).padStart(6, '0')}`;
    const structured = credit.structuredReference
      ? `<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>BBA</Issr></Tp><Ref>${credit.structuredReference}</Ref></CdtrRefInf></Strd>`
      : '';
    const text = credit.remittanceText ? `<Ustrd>${credit.remittanceText}</Ustrd>` : '';
    return `
      <Ntry>
        <NtryRef>${index + 1}</NtryRef>
        <Amt Ccy="EUR">${decimal(credit.amountMinor)}</Amt>
        <CdtDbtInd>${credit.reversal ? 'DBIT' : 'CRDT'}</CdtDbtInd>${credit.reversal ? '\n        <RvslInd>true</RvslInd>' : ''}
        <Sts>BOOK</Sts>
        <BookgDt><Dt>${date}</Dt></BookgDt>
        <ValDt><Dt>${date}</Dt></ValDt>
        <AcctSvcrRef>${reference}</AcctSvcrRef>
        <NtryDtls><TxDtls>
          <Refs><AcctSvcrRef>${reference}</AcctSvcrRef><EndToEndId>NOTPROVIDED</EndToEndId></Refs>
          <AmtDtls><TxAmt><Amt Ccy="EUR">${decimal(credit.amountMinor)}</Amt></TxAmt></AmtDtls>
          ${credit.debtorName ? `<RltdPties><Dbtr><Nm>${credit.debtorName}</Nm></Dbtr></RltdPties>` : ''}
          ${structured || text ? `<RmtInf>${text}${structured}</RmtInf>` : ''}
        </TxDtls></NtryDtls>
      </Ntry>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>MSG-${statementId}</MsgId><CreDtTm>2026-11-21T06:00:00+01:00</CreDtTm></GrpHdr>
    <Stmt>
      <Id>${statementId}</Id>
      <CreDtTm>2026-11-21T06:00:00+01:00</CreDtTm>
      <Acct><Id><IBAN>${account}</IBAN></Id><Ccy>EUR</Ccy></Acct>${entries.join('')}
    </Stmt>
  </BkToCstmrStmt>
</Document>
`;
}
