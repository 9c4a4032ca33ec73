/**
 * A deterministic camt.053.001.02 bank statement for the bank-statement import benchmark: one
 * statement on the agency's Belgian account with N booked credit entries, each paying a distinct,
 * valid OGM reference (`ogmReference(i)`), with opening and closing balances that reconcile. The
 * file is written as it is generated, so a 100,000-entry statement never sits in memory.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

export interface CamtImportDataOptions {
  /** Number of credit entries. */
  readonly entries: number;
  /** Seed of the amounts and names: the same seed gives the same bytes. */
  readonly seed?: number;
}

/** What a benchmark checks the import against: nothing lost, nothing doubled. */
export interface CamtImportDataSummary {
  readonly path: string;
  readonly statementId: string;
  readonly accountIban: string;
  readonly entryCount: number;
  readonly currency: 'EUR';
  /** Sum of all entries, in cents. */
  readonly totalMinor: bigint;
}

export const CAMT_BENCH_ACCOUNT_IBAN = 'BE70731000451225';
const OGM_BASE = 1_000_000_000;
const GIVEN = ['Jan', 'Marie', 'Pieter', 'Sophie', 'Luc', 'Anke', 'Hélène', 'Koen', 'Céline', 'Wim'];
const FAMILY = ['Peeters', 'Janssens', 'Maes', 'Lambert', 'Dubois', 'Willems', 'Claes', 'Goossens', 'Dupont', 'Wouters'];
const ENTRIES_PER_WRITE = 500;

/** The OGM the i-th entry (0-based) pays: ten digits and their mod-97 check (0 → 97). */
export function ogmReference(i: number): string {
  const base = String(OGM_BASE + i);
  const check = Number(BigInt(base) % 97n) || 97;
  return base + String(check).padStart(2, '0');
}

/** Writes the statement to `path` and returns what it holds. */
export async function writeCamtImportFile(path: string, options: CamtImportDataOptions): Promise<CamtImportDataSummary> {
  const random = mulberry32(options.seed ?? 20240314);
  const statementId = `BENCH-${options.entries}-${CAMT_BENCH_ACCOUNT_IBAN}`;
  const amounts = Array.from({ length: options.entries }, () => BigInt(1_000 + Math.floor(random() * 250_000)));
  const totalMinor = amounts.reduce((sum, a) => sum + a, 0n);

  const out = createWriteStream(path, { encoding: 'utf8' });
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(head(statementId, options.entries, totalMinor));
  for (let start = 0; start < options.entries; start += ENTRIES_PER_WRITE) {
    let chunk = '';
    for (let i = start; i < Math.min(start + ENTRIES_PER_WRITE, options.entries); i++) {
      chunk += entry(i, amounts[i]!, `${GIVEN[Math.floor(random() * GIVEN.length)]} ${FAMILY[Math.floor(random() * FAMILY.length)]}`);
    }
    await write(chunk);
  }
  await write('    </Stmt>\n  </BkToCstmrStmt>\n</Document>\n');
  out.end();
  await once(out, 'finish');
  return { path, statementId, accountIban: CAMT_BENCH_ACCOUNT_IBAN, entryCount: options.entries, currency: 'EUR', totalMinor };
}

function head(statementId: string, entries: number, totalMinor: bigint): string {
  const balance = (code: string, amount: bigint, date: string) =>
    `      <Bal><Tp><CdOrPrtry><Cd>${code}</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">${decimal(amount)}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>${date}</Dt></Dt></Bal>\n`;
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">\n  <BkToCstmrStmt>\n' +
    `    <GrpHdr><MsgId>BENCH-${entries}</MsgId><CreDtTm>2024-03-15T06:00:00</CreDtTm></GrpHdr>\n    <Stmt>\n` +
    `      <Id>${statementId}</Id>\n      <ElctrncSeqNb>1</ElctrncSeqNb>\n      <CreDtTm>2024-03-15T06:00:00</CreDtTm>\n` +
    `      <Acct><Id><IBAN>${CAMT_BENCH_ACCOUNT_IBAN}</IBAN></Id><Ccy>EUR</Ccy></Acct>\n` +
    balance('OPBD', 0n, '2024-03-13') +
    balance('CLBD', totalMinor, '2024-03-14') +
    `      <TxsSummry><TtlNtries><NbOfNtries>${entries}</NbOfNtries><Sum>${decimal(totalMinor)}</Sum></TtlNtries></TxsSummry>\n`
  );
}

function entry(i: number, amount: bigint, debtorName: string): string {
  const ref = String(i + 1).padStart(9, '0');
  return `      <Ntry>
        <NtryRef>${ref}</NtryRef>
        <Amt Ccy="EUR">${decimal(amount)}</Amt>
        <CdtDbtInd>CRDT</CdtDbtInd>
        <Sts>BOOK</Sts>
        <BookgDt><Dt>2024-03-14</Dt></BookgDt>
        <ValDt><Dt>2024-03-14</Dt></ValDt>
        <AcctSvcrRef>B${ref}</AcctSvcrRef>
        <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
        <NtryDtls><TxDtls>
          <Refs><AcctSvcrRef>B${ref}</AcctSvcrRef><EndToEndId>NOTPROVIDED</EndToEndId></Refs>
          <AmtDtls><TxAmt><Amt Ccy="EUR">${decimal(amount)}</Amt></TxAmt></AmtDtls>
          <RltdPties><Dbtr><Nm>${debtorName}</Nm></Dbtr></RltdPties>
          <RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>BBA</Issr></Tp><Ref>${ogmReference(i)}</Ref></CdtrRefInf></Strd></RmtInf>
        </TxDtls></NtryDtls>
      </Ntry>
`;
}

function decimal(minor: bigint): string {
  return `${minor / 100n}.${(minor % 100n).toString().padStart(2, '0')}`;
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
