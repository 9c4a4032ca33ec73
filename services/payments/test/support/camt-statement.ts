export interface CamtCredit {
  amountMinor: bigint;
  /** A DBIT with RvslInd: the bank takes back an earlier credit. */
  reversal?: boolean;
  structuredReference?: string;
  remittanceText?: string;
  debtorName?: string;
  valueDate?: string;
  /** `Refs/EndToEndId`; NOTPROVIDED when absent. A returned transfer quotes the original's. */
  endToEndId?: string;
  /** `RtrInf/Rsn/Cd`: the credit is one of the agency's transfers sent back, and why (AC04, MD07, …). */
  returnReason?: string;
  /** The bank's reference of the booking (`AcctSvcrRef`); one made of the statement id and position when absent. */
  accountServicerReference?: string;
}

const decimal = (minor: bigint) => `${minor / 100n}.${(minor % 100n).toString().padStart(2, '0')}`;

/** What a statement may declare before its entries: booked balances and `TxsSummry/TtlNtries`. */
export interface CamtDeclared {
  openingMinor: bigint;
  closingMinor: bigint;
  entries?: number;
  /** Declared net movement (credits − debits); omitted from the file when absent. */
  netMinor?: bigint;
}

/** A small camt.053.001.02 statement of the agency's account, in the style of a Belgian bank. */
export function camtStatement(statementId: string, credits: CamtCredit[], account = 'BE71096123456769', declared?: CamtDeclared): string {
  const entries = credits.map((credit, index) => {
    const date = credit.valueDate ?? '2026-11-20';
    const reference = credit.accountServicerReference ?? `${statementId.slice(-6)}${String(index + 1).padStart(6, '0')}`;
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
        <AcctSvcrRef>${reference}</AcctSvcrRef>${credit.returnReason ? '\n        <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>ICDT</Cd><SubFmlyCd>RRTN</SubFmlyCd></Fmly></Domn></BkTxCd>' : ''}
        <NtryDtls><TxDtls>
          <Refs><AcctSvcrRef>${reference}</AcctSvcrRef><EndToEndId>${credit.endToEndId ?? 'NOTPROVIDED'}</EndToEndId></Refs>
          <AmtDtls><TxAmt><Amt Ccy="EUR">${decimal(credit.amountMinor)}</Amt></TxAmt></AmtDtls>
          ${credit.debtorName ? `<RltdPties><Dbtr><Nm>${credit.debtorName}</Nm></Dbtr></RltdPties>` : ''}
          ${structured || text ? `<RmtInf>${text}${structured}</RmtInf>` : ''}
          ${credit.returnReason ? `<RtrInf><Rsn><Cd>${credit.returnReason}</Cd></Rsn></RtrInf>` : ''}
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
      <Acct><Id><IBAN>${account}</IBAN></Id><Ccy>EUR</Ccy></Acct>${declared ? declaration(declared) : ''}${entries.join('')}
    </Stmt>
  </BkToCstmrStmt>
</Document>
`;
}

function declaration(declared: CamtDeclared): string {
  const balance = (code: string, minor: bigint) =>
    `\n      <Bal><Tp><CdOrPrtry><Cd>${code}</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">${decimal(minor < 0n ? -minor : minor)}</Amt><CdtDbtInd>${minor < 0n ? 'DBIT' : 'CRDT'}</CdtDbtInd><Dt><Dt>2026-11-20</Dt></Dt></Bal>`;
  const net = declared.netMinor === undefined ? '' : `<TtlNetNtryAmt>${decimal(declared.netMinor < 0n ? -declared.netMinor : declared.netMinor)}</TtlNetNtryAmt><CdtDbtInd>${declared.netMinor < 0n ? 'DBIT' : 'CRDT'}</CdtDbtInd>`;
  const count = declared.entries === undefined ? '' : `<NbOfNtries>${declared.entries}</NbOfNtries>`;
  return `${balance('OPBD', declared.openingMinor)}${balance('CLBD', declared.closingMinor)}${count || net ? `\n      <TxsSummry><TtlNtries>${count}${net}</TtlNtries></TxsSummry>` : ''}`;
}

/** The same credits as an intraday camt.054.001.02 notification (no balances), as banks send before the day's camt.053. */
export function camtNotification(notificationId: string, credits: CamtCredit[], account = 'BE71096123456769'): string {
  return camtStatement(notificationId, credits, account)
    .replace('camt.053.001.02', 'camt.054.001.02')
    .replace(/BkToCstmrStmt>/g, 'BkToCstmrDbtCdtNtfctn>')
    .replace('<Stmt>', '<Ntfctn>')
    .replace('</Stmt>', '</Ntfctn>');
}

/**
 * The credits booked as one batch entry (a Sammelbuchung) of a camt.053: the entry has a bank
 * reference of its own, and each `TxDtls` keeps its amount and the reference it would have alone.
 */
export function camtBatchStatement(statementId: string, batchReference: string, credits: CamtCredit[], account = 'BE71096123456769'): string {
  const alone = camtStatement(statementId, credits, account);
  const details = alone.match(/<TxDtls>[^]*?<\/TxDtls>/g) ?? [];
  const total = credits.reduce((sum, credit) => sum + credit.amountMinor, 0n);
  const batch = `<Ntry>
        <NtryRef>1</NtryRef>
        <Amt Ccy="EUR">${decimal(total)}</Amt>
        <CdtDbtInd>CRDT</CdtDbtInd>
        <Sts>BOOK</Sts>
        <BookgDt><Dt>2026-11-20</Dt></BookgDt>
        <ValDt><Dt>2026-11-20</Dt></ValDt>
        <AcctSvcrRef>${batchReference}</AcctSvcrRef>
        <NtryDtls><Btch><NbOfTxs>${credits.length}</NbOfTxs></Btch>${details.join('')}</NtryDtls>
      </Ntry>`;
  return alone.slice(0, alone.indexOf('<Ntry>')) + batch + alone.slice(alone.lastIndexOf('</Ntry>') + '</Ntry>'.length);
}
