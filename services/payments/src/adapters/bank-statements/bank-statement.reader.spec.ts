import { createReadStream, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import {
  BankStatementBalanceMismatchError,
  BankStatementBatchMismatchError,
  BankStatementEntryInvalidError,
  BankStatementError,
  BankStatementFormatUnsupportedError,
  BankStatementInvalidError,
  BankStatementMalformedError,
  BankStatementTruncatedError,
  isReceipt,
  iterateBankStatementFile,
  readBankStatementFile,
  type StatementFileItem,
} from './index';

const FIXTURES = join(__dirname, '../../../test/fixtures/camt');
const fixture = (name: string) => join(FIXTURES, name);
const fixtureText = (name: string) => readFileSync(fixture(name), 'utf8');
const readFixture = (name: string) => readBankStatementFile(createReadStream(fixture(name)));
const readText = (text: string) => readBankStatementFile(Readable.from([Buffer.from(text, 'utf8')]));
const eur = (amountMinor: bigint) => ({ amountMinor, currency: 'EUR' });

/** Runs `read` and returns the BankStatementError it must throw. */
async function rejection(read: Promise<unknown>): Promise<BankStatementError> {
  const error = await read.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof BankStatementError)) throw new Error(`expected a BankStatementError, got ${String(error)}`);
  return error;
}

describe('readBankStatementFile: bank fixtures', () => {
  it('reads a Belgian camt.053.001.02 with OGM references, a fee debit and a free-text credit', async () => {
    const file = await readFixture('be-bank-camt053-v02.xml');

    expect(file).toMatchObject({ messageKind: 'camt.053', version: '001.02', messageId: 'FICTBEBB-20240314-0001' });
    expect(file.statements).toEqual([
      expect.objectContaining({
        statementId: '2024-00052-BE70731000451225',
        accountIban: 'BE70731000451225',
        electronicSequenceNumber: '52',
        openingBalance: eur(1245000n),
        closingBalance: eur(1399881n),
        entryCount: 4,
      }),
    ]);
    expect(file.entries.map((e) => [e.entryIndex, e.direction, e.amount.amountMinor, isReceipt(e)])).toEqual([
      [1, 'CREDIT', 25000n, true],
      [2, 'CREDIT', 123456n, true],
      [3, 'DEBIT', 1575n, false],
      [4, 'CREDIT', 8000n, true],
    ]);
    const [first, , fee, freeText] = file.entries;
    expect(first).toMatchObject({
      entryReference: '0001',
      accountServicerReference: '0052000100014',
      status: 'BOOK',
      booked: true,
      reversal: false,
      bookingDate: '2024-03-14',
      valueDate: '2024-03-14',
      key: 'BE70731000451225/CRDT/0052000100014',
    });
    expect(first!.transactions).toEqual([
      {
        index: 1,
        key: 'BE70731000451225/CRDT/0052000100014/1',
        amount: eur(25000n),
        structuredReference: { reference: '090933755493', typeCode: 'SCOR', issuer: 'BBA' },
        remittanceText: undefined,
        debtorName: 'Jan Peeters',
        debtorIban: 'BE14063123456783',
        endToEndId: undefined,
        accountServicerReference: '0052000100014',
        transactionId: undefined,
      },
    ]);
    expect(fee!.transactions).toEqual([{ index: 1, key: `${fee!.key}/1`, amount: eur(1575n) }]);
    expect(fee!.additionalInfo).toBe('Frais de tenue de compte - mars 2024');
    expect(freeText!.transactions[0]).toMatchObject({
      structuredReference: undefined,
      remittanceText: 'Facture 2024/118 acompte +++000/0012/34526+++',
      debtorName: 'LAMBERT MARIE',
    });
  });

  it('reads a Dutch camt.053.001.02: RF in CdtrRefInf, RF in free text, Ustrd lines joined, PRCD as opening balance', async () => {
    const file = await readFixture('nl-bank-camt053-v02.xml');

    expect(file.statements[0]).toMatchObject({ openingBalance: eur(500000n), closingBalance: eur(593500n), entryCount: 4 });
    const [rf, rfInText, longText, twoLines] = file.entries.map((e) => e.transactions[0]!);
    expect(rf).toMatchObject({
      amount: eur(45000n),
      structuredReference: { reference: 'RF18539007547034', typeCode: 'SCOR', issuer: 'ISO' },
      debtorName: 'Bakkerij De Vries B.V.',
      endToEndId: 'DEVRIES-INV-24031',
    });
    expect(rfInText).toMatchObject({ structuredReference: undefined, remittanceText: 'Betaling dossier RF87 2024 0001 18 termijn 2' });
    // The first Ustrd line is 140 characters, cut mid-word by the bank: joined without a space.
    expect(longText!.remittanceText).toBe(
      'Betreft dossier 2024-0345 Van den Berg, derde termijn volgens betalingsregeling van 12 februari, referentie betaling via internetbankieren gedaan op 13 maart',
    );
    expect(twoLines!.remittanceText).toBe('Factuur 2024-0345 klantnummer 5531');
    expect(twoLines!.amount).toEqual(eur(30000n));
  });

  it('reads a German camt.053.001.08 and splits a batch entry into one receipt per TxDtls', async () => {
    const file = await readFixture('de-bank-camt053-v08.xml');

    expect(file).toMatchObject({ version: '001.08' });
    expect(file.statements[0]).toMatchObject({ openingBalance: eur(2000000n), closingBalance: eur(2152740n) });
    const [batch, single, batchWithoutAmounts, fee] = file.entries;
    expect(batch).toMatchObject({ status: 'BOOK', booked: true, amount: eur(105000n) });
    expect(batch!.transactions.map((t) => [t.index, t.amount.amountMinor, t.debtorName, t.structuredReference?.reference, t.remittanceText])).toEqual([
      [1, 30000n, 'Müller Anlagenbau GmbH', 'RF41CASE20240077', undefined],
      [2, 50000n, 'Schäfer, Jürgen', undefined, 'Rechnung 4711 Kundennr 99 Rate Maerz'],
      [3, 25000n, 'Öztürk Handels GmbH', undefined, 'Zahlung Akte RF527788990011 Teilbetrag'],
    ]);
    expect(batch!.transactions.reduce((sum, t) => sum + t.amount.amountMinor, 0n)).toBe(batch!.amount.amountMinor);
    expect(new Set(batch!.transactions.map((t) => t.key)).size).toBe(3);
    expect(batch!.transactions[0]).toMatchObject({ debtorIban: 'DE22430609670888777666', endToEndId: 'MUELLER-RE-2024-0077', accountServicerReference: '2024031400001-1' });
    expect(single!.transactions).toHaveLength(1);
    expect(single!.transactions[0]).toMatchObject({ amount: eur(8990n), debtorName: 'Hoffmann, Petra', remittanceText: 'Rechnung 2024-77' });
    // Two TxDtls but no per-transaction amounts: one receipt of the entry's amount.
    expect(batchWithoutAmounts!.transactions).toEqual([
      expect.objectContaining({
        index: 1,
        amount: eur(40000n),
        debtorName: 'Hausverwaltung Krause KG',
        remittanceText: 'Sammelueberweisung Teil 1 Sammelueberweisung Teil 2',
      }),
    ]);
    expect(fee).toMatchObject({ direction: 'DEBIT', amount: eur(1250n) });
    expect(isReceipt(fee!)).toBe(false);
  });

  it('reads a French camt.054.001.02 notification: no balances, booking date from DtTm, a pending entry that is no receipt', async () => {
    const file = await readFixture('fr-bank-camt054-v02.xml');

    expect(file).toMatchObject({ messageKind: 'camt.054', version: '001.02', messageId: 'FICTFRPP054000000418' });
    expect(file.statements).toEqual([
      expect.objectContaining({ messageKind: 'camt.054', statementId: 'NOTIF-20240314-000418', accountIban: 'FR7610278060760002012340183', entryCount: 3 }),
    ]);
    expect(file.statements[0]!.openingBalance).toBeUndefined();
    const [first, second, pending] = file.entries;
    expect(first).toMatchObject({ bookingDate: '2024-03-14', amount: eur(19999n), messageKind: 'camt.054' });
    expect(first!.transactions[0]).toMatchObject({
      endToEndId: 'F-1185-ACOMPTE',
      transactionId: 'FR418A0001TX',
      debtorName: 'DURAND ELECTRICITE SARL',
      debtorIban: 'FR1420041010050500013M02606',
    });
    expect(second!.transactions[0]!.structuredReference).toEqual({ reference: 'RF07NL4471', typeCode: 'SCOR', issuer: 'ISO' });
    expect(pending).toMatchObject({ status: 'PDNG', booked: false, bookingDate: undefined, valueDate: '2024-03-15' });
    expect(isReceipt(pending!)).toBe(false);
  });

  it('reads a Swedish camt.053.001.04 in SEK with an OCR reference and amounts without decimals', async () => {
    const file = await readFixture('se-bank-camt053-v04.xml');

    expect(file.statements[0]).toMatchObject({
      accountIban: 'SE7160000000000123456789',
      openingBalance: { amountMinor: 15000000n, currency: 'SEK' },
      closingBalance: { amountMinor: 15370050n, currency: 'SEK' },
    });
    expect(file.entries.map((e) => e.amount)).toEqual([
      { amountMinor: 250000n, currency: 'SEK' },
      { amountMinor: 120050n, currency: 'SEK' },
    ]);
    expect(file.entries[0]!.transactions[0]).toMatchObject({
      structuredReference: { reference: '4455667788', typeCode: 'SCOR', issuer: undefined },
      debtorName: 'Andersson Bygg AB',
    });
  });

  it('flags the reversal of an earlier credit, which counts as a debit in the balances and is no receipt', async () => {
    const file = await readFixture('be-bank-camt053-v02-reversal.xml');

    const [reversal, credit] = file.entries;
    expect(reversal).toMatchObject({ direction: 'DEBIT', reversal: true, booked: true, amount: eur(25000n) });
    expect(reversal!.transactions[0]).toMatchObject({
      accountServicerReference: '0052000100014',
      structuredReference: { reference: '090933755493', typeCode: 'SCOR', issuer: 'BBA' },
    });
    expect(isReceipt(reversal!)).toBe(false);
    expect(isReceipt(credit!)).toBe(true);
    expect(file.statements[0]).toMatchObject({ openingBalance: eur(1399881n), closingBalance: eur(1378881n) });
  });

  it('gives every entry and receipt of a file a distinct key, the same on every read', async () => {
    const names = ['be-bank-camt053-v02.xml', 'nl-bank-camt053-v02.xml', 'de-bank-camt053-v08.xml', 'fr-bank-camt054-v02.xml', 'se-bank-camt053-v04.xml'];
    const keys = async () => (await Promise.all(names.map(readFixture))).flatMap((f) => f.entries.flatMap((e) => [e.key, ...e.transactions.map((t) => t.key)]));

    const first = await keys();
    expect(new Set(first).size).toBe(first.length);
    expect(await keys()).toEqual(first);
  });

  it('reads several statements of one file, numbering entries per statement; the same bookings listed again keep their keys', async () => {
    const text = fixtureText('se-bank-camt053-v04.xml');
    const statement = text.slice(text.indexOf('<Stmt>'), text.indexOf('</Stmt>') + '</Stmt>'.length);
    const twoStatements = text.replace(statement, `${statement}\n${statement.replace('<Id>7731-20240314</Id>', '<Id>7732-20240315</Id>')}`);

    const file = await readText(twoStatements);
    expect(file.statements.map((s) => s.statementId)).toEqual(['7731-20240314', '7732-20240315']);
    expect(file.entries.map((e) => [e.statementId, e.entryIndex])).toEqual([
      ['7731-20240314', 1],
      ['7731-20240314', 2],
      ['7732-20240315', 1],
      ['7732-20240315', 2],
    ]);
    // The second statement repeats the first one's bookings (same AcctSvcrRef): the same keys, so they are never booked twice.
    expect(file.entries.slice(2).map((e) => e.key)).toEqual(file.entries.slice(0, 2).map((e) => e.key));
    expect(new Set(file.entries.map((e) => e.key)).size).toBe(2);
  });

  it('keys a credit by its own bank reference, so notified alone in a camt.054 or listed in a batch of the camt.053 it is one booking', async () => {
    const text = fixtureText('de-bank-camt053-v08.xml');
    const start = text.indexOf('<Ntry>');
    const batch = text.slice(start, text.indexOf('</Ntry>', start) + '</Ntry>'.length);
    const entryHead = batch.slice(0, batch.indexOf('<NtryDtls>'));
    const details = batch.match(/<TxDtls>[^]*?<\/TxDtls>/g)!;
    // Each transaction of the batch as an entry of its own, as the day's notifications list them.
    const eachAlone = details.map((tx) => {
      const reference = /<AcctSvcrRef>([^<]*)</.exec(tx)![1]!;
      const amount = /<Amt Ccy="EUR">([^<]*)</.exec(tx)![1]!;
      const head = entryHead.replace(/<Amt Ccy="EUR">[^<]*</, `<Amt Ccy="EUR">${amount}<`).replace(/<AcctSvcrRef>[^<]*</, `<AcctSvcrRef>${reference}<`);
      return `${head}<NtryDtls>${tx}</NtryDtls></Ntry>`;
    });

    const listed = await readText(text);
    const notified = await readText(text.replace(batch, eachAlone.join('\n')));
    const batchKeys = listed.entries[0]!.transactions.map((t) => t.key);
    expect(batchKeys).toHaveLength(3);
    expect(notified.entries.slice(0, 3).map((e) => e.transactions.map((t) => t.key))).toEqual(batchKeys.map((key) => [key]));
    expect(notified.entries.slice(0, 3).map((e) => e.amount.amountMinor)).toEqual([30000n, 50000n, 25000n]);
  });

  it('keeps the credits of a batch apart when the bank repeats one reference in all of them', async () => {
    const text = fixtureText('de-bank-camt053-v08.xml');
    for (const repeated of ['2024031400001NTRY', '2024031400001-X']) {
      const file = await readText(text.replace(/<AcctSvcrRef>2024031400001-\d<\/AcctSvcrRef>/g, `<AcctSvcrRef>${repeated}</AcctSvcrRef>`));
      const keys = file.entries[0]!.transactions.map((t) => t.key);
      expect(new Set(keys).size).toBe(3);
      expect(keys.every((key) => key.startsWith(`${file.entries[0]!.key}/`))).toBe(true);
    }
  });

  it('names an entry without a bank reference by its statement and place', async () => {
    const text = fixtureText('se-bank-camt053-v04.xml').replace(/<AcctSvcrRef>[^<]*<\/AcctSvcrRef>/g, '');
    const file = await readText(text);
    expect(file.entries.map((e) => e.key)).toEqual(file.entries.map((e) => `7731-20240314/${e.accountIban}/${e.entryIndex}`));
  });

  it('uses only IBANs with valid check digits in the fixtures', () => {
    const ibans = readdirSync(FIXTURES).flatMap((name) => [...fixtureText(name).matchAll(/<IBAN>([^<]+)<\/IBAN>/g)].map((m) => m[1]!));
    const valid = (iban: string) => {
      const digits = (iban.slice(4) + iban.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
      return BigInt(digits) % 97n === 1n;
    };
    expect(ibans.length).toBeGreaterThan(15);
    expect(ibans.filter((iban) => !valid(iban))).toEqual([]);
  });
});

describe('readBankStatementFile: streaming', () => {
  it('reads the same entries when bytes arrive in small chunks that split multi-byte characters', async () => {
    const bytes = readFileSync(fixture('de-bank-camt053-v08.xml'));
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => bytes.subarray(i * 7, i * 7 + 7));

    const chunked = await readBankStatementFile(Readable.from(chunks));
    expect(chunked).toEqual(await readFixture('de-bank-camt053-v08.xml'));
  });

  it('yields the header, then each entry, then the statement summary', async () => {
    const kinds: StatementFileItem['kind'][] = [];
    for await (const item of iterateBankStatementFile(createReadStream(fixture('se-bank-camt053-v04.xml')))) kinds.push(item.kind);
    expect(kinds).toEqual(['header', 'entry', 'entry', 'statement']);
  });
});

describe('readBankStatementFile: rejected files', () => {
  it('rejects malformed XML, naming the statement and the entry', async () => {
    const error = await rejection(readFixture('malformed.xml'));
    expect(error).toBeInstanceOf(BankStatementMalformedError);
    expect(error).toMatchObject({ code: 'PAYMENTS.BANK_STATEMENT_MALFORMED', category: 'invalid', statementId: '2024-00052-BE70731000451225', entryNumber: 2 });
    expect(error.message).toMatch(/^statement 2024-00052-BE70731000451225, entry 2: malformed XML: 155:\d+: unexpected close tag/);
  });

  it('rejects a truncated file, naming the statement and the entry it stops in', async () => {
    const error = await rejection(readFixture('truncated.xml'));
    expect(error).toBeInstanceOf(BankStatementTruncatedError);
    expect(error).toMatchObject({ code: 'PAYMENTS.BANK_STATEMENT_TRUNCATED', statementId: 'FICT053240315093012-00001', entryNumber: 3 });
  });

  it('rejects a file cut between two entries', async () => {
    const text = fixtureText('se-bank-camt053-v04.xml');
    const error = await rejection(readText(text.slice(0, text.lastIndexOf('<Ntry>'))));
    expect(error).toMatchObject({ code: 'PAYMENTS.BANK_STATEMENT_TRUNCATED', statementId: '7731-20240314', entryNumber: undefined });
  });

  it('rejects an empty file and bytes that are not UTF-8', async () => {
    expect(await rejection(readText(''))).toBeInstanceOf(BankStatementMalformedError);
    const latin1 = Buffer.from(fixtureText('fr-bank-camt054-v02.xml'), 'latin1');
    expect(await rejection(readBankStatementFile(Readable.from([latin1])))).toMatchObject({ code: 'PAYMENTS.BANK_STATEMENT_MALFORMED', reason: 'the file is not valid UTF-8' });
  });

  it('rejects a DOCTYPE', async () => {
    const text = fixtureText('se-bank-camt053-v04.xml').replace('<Document', '<!DOCTYPE Document [<!ENTITY x "y">]>\n<Document');
    expect(await rejection(readText(text))).toMatchObject({ code: 'PAYMENTS.BANK_STATEMENT_MALFORMED' });
  });

  it.each([
    ['a pain.001 namespace', '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"><CstmrCdtTrfInitn/></Document>'],
    ['an unsupported camt.053 version', '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.01"><BkToCstmrStmt/></Document>'],
    ['no namespace', '<Document><BkToCstmrStmt/></Document>'],
    ['another root', '<Statement xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"/>'],
    ['a camt.054 message in a camt.053 document', '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrDbtCdtNtfctn/></Document>'],
  ])('rejects %s as an unsupported format', async (_what, xml) => {
    const error = await rejection(readText(`<?xml version="1.0" encoding="UTF-8"?>\n${xml}`));
    expect(error).toBeInstanceOf(BankStatementFormatUnsupportedError);
    expect(error.code).toBe('PAYMENTS.BANK_STATEMENT_FORMAT_UNSUPPORTED');
  });

  it('rejects a closing balance that does not follow from the opening balance and the entries', async () => {
    const tampered = fixtureText('be-bank-camt053-v02.xml').replace('<Amt Ccy="EUR">13998.81</Amt>', '<Amt Ccy="EUR">13998.18</Amt>');
    const error = await rejection(readText(tampered));
    expect(error).toBeInstanceOf(BankStatementBalanceMismatchError);
    expect(error).toMatchObject({ code: 'PAYMENTS.BANK_STATEMENT_BALANCE_MISMATCH', statementId: '2024-00052-BE70731000451225' });
    expect(error.reason).toBe('the statement declares a net movement of 154881 minor units of EUR, but opening 1245000 and closing 1399818 differ by 154818');
  });

  it('refuses a statement whose balances contradict its declared totals before handing out any entry', async () => {
    const tampered = fixtureText('be-bank-camt053-v02.xml').replace('<Amt Ccy="EUR">13998.81</Amt>', '<Amt Ccy="EUR">13998.18</Amt>');
    const kinds: string[] = [];
    const error = await rejection((async () => {
      for await (const item of iterateBankStatementFile(Readable.from([Buffer.from(tampered, 'utf8')]))) kinds.push(item.kind);
    })());
    expect(error).toMatchObject({ code: 'PAYMENTS.BANK_STATEMENT_BALANCE_MISMATCH', entryNumber: undefined, field: 'TxsSummry/TtlNtries' });
    expect(kinds).toEqual(['header']);
  });

  it('still checks opening + entries = closing at the end when no net movement is declared', async () => {
    const text = fixtureText('be-bank-camt053-v02.xml').replace(/<TtlNetNtryAmt>[^<]*<\/TtlNetNtryAmt>/, '').replace('<Amt Ccy="EUR">13998.81</Amt>', '<Amt Ccy="EUR">13998.18</Amt>');
    const error = await rejection(readText(text));
    expect(error).toMatchObject({ code: 'PAYMENTS.BANK_STATEMENT_BALANCE_MISMATCH', field: 'Bal[CLBD]' });
    expect(error.reason).toBe('opening 1245000 + booked entries 154881 = 1399881 minor units of EUR, but the closing balance is 1399818');
  });

  it('refuses an entry beyond the declared number of entries at that entry, before handing it out', async () => {
    const text = fixtureText('se-bank-camt053-v04.xml').replace('<NbOfNtries>2</NbOfNtries>', '<NbOfNtries>1</NbOfNtries>');
    const entries: number[] = [];
    const error = await rejection((async () => {
      for await (const item of iterateBankStatementFile(Readable.from([Buffer.from(text, 'utf8')]))) if (item.kind === 'entry') entries.push(item.entry.entryIndex);
    })());
    expect(error).toMatchObject({ code: 'PAYMENTS.BANK_STATEMENT_INVALID', entryNumber: 2, field: 'TxsSummry/TtlNtries/NbOfNtries' });
    expect(entries).toEqual([1]);
  });

  it('rejects a statement whose entry was removed (balances no longer reconcile)', async () => {
    const text = fixtureText('be-bank-camt053-v02.xml').replace(/<TxsSummry>[\s\S]*<\/TxsSummry>/, '');
    const withoutFee = text.replace(/<Ntry>\s*<NtryRef>0003<\/NtryRef>[\s\S]*?<\/Ntry>/, '');
    expect(withoutFee.length).toBeLessThan(text.length - 500);
    expect(await rejection(readText(withoutFee))).toBeInstanceOf(BankStatementBalanceMismatchError);
  });

  it('rejects a statement that declares more entries than it holds', async () => {
    const text = fixtureText('se-bank-camt053-v04.xml').replace('<NbOfNtries>2</NbOfNtries>', '<NbOfNtries>3</NbOfNtries>');
    const error = await rejection(readText(text));
    expect(error).toBeInstanceOf(BankStatementInvalidError);
    expect(error.reason).toBe('the statement declares 3 entries but holds 2');
  });

  it('rejects a batch whose transactions do not add up to the entry', async () => {
    const text = fixtureText('de-bank-camt053-v08.xml').replace('<Amt Ccy="EUR">500.00</Amt>', '<Amt Ccy="EUR">499.99</Amt>');
    const error = await rejection(readText(text));
    expect(error).toBeInstanceOf(BankStatementBatchMismatchError);
    expect(error).toMatchObject({ code: 'PAYMENTS.BANK_STATEMENT_BATCH_MISMATCH', statementId: 'camt53-20240315-DE61760501010012345678-0063', entryNumber: 1 });
    expect(error.reason).toBe('transactions add up to 104999 minor units of EUR, the entry is 105000');
  });

  it('rejects a batch where only some transactions carry an amount', async () => {
    const text = fixtureText('de-bank-camt053-v08.xml').replace('<Amt Ccy="EUR">500.00</Amt>', '');
    expect(await rejection(readText(text))).toMatchObject({ code: 'PAYMENTS.BANK_STATEMENT_BATCH_MISMATCH', reason: '1 of 3 transactions have no amount' });
  });

  it.each([
    ['no amount', '<Amt Ccy="EUR">89.90</Amt>\n        <CdtDbtInd>', '<CdtDbtInd>', 'entry has no amount'],
    ['no currency', '<Amt Ccy="EUR">89.90</Amt>\n        <CdtDbtInd>', '<Amt>89.90</Amt>\n        <CdtDbtInd>', 'entry amount has no currency (Ccy)'],
    ['too many decimals', '<Amt Ccy="EUR">89.90</Amt>\n        <CdtDbtInd>', '<Amt Ccy="EUR">89.905</Amt>\n        <CdtDbtInd>', "entry: amount '89.905' has more decimals than EUR allows (2)"],
    ['a float-looking amount', '<Amt Ccy="EUR">89.90</Amt>\n        <CdtDbtInd>', '<Amt Ccy="EUR">8.99e1</Amt>\n        <CdtDbtInd>', "entry: amount '8.99e1' is not a decimal number"],
    ['an unknown currency', '<Amt Ccy="EUR">89.90</Amt>\n        <CdtDbtInd>', '<Amt Ccy="XYZ">89.90</Amt>\n        <CdtDbtInd>', "entry: currency 'XYZ' is not supported"],
    ['no direction', '<CdtDbtInd>CRDT</CdtDbtInd>\n        <Sts>\n          <Cd>BOOK</Cd>\n        </Sts>\n        <BookgDt>\n          <Dt>2024-03-14</Dt>\n        </BookgDt>\n        <ValDt>\n          <Dt>2024-03-14</Dt>\n        </ValDt>\n        <AcctSvcrRef>2024031400002NTRY', '<Sts>\n          <Cd>BOOK</Cd>\n        </Sts>\n        <BookgDt>\n          <Dt>2024-03-14</Dt>\n        </BookgDt>\n        <ValDt>\n          <Dt>2024-03-14</Dt>\n        </ValDt>\n        <AcctSvcrRef>2024031400002NTRY', 'no credit/debit indicator (CdtDbtInd)'],
  ])('rejects an entry with %s, naming statement and entry', async (_what, from, to, reason) => {
    const text = fixtureText('de-bank-camt053-v08.xml');
    expect(text).toContain(from);
    const error = await rejection(readText(text.replace(from, to)));
    expect(error).toBeInstanceOf(BankStatementEntryInvalidError);
    expect(error).toMatchObject({ code: 'PAYMENTS.BANK_STATEMENT_ENTRY_INVALID', statementId: 'camt53-20240315-DE61760501010012345678-0063', entryNumber: 2, reason });
  });

  it('rejects a statement without an account IBAN', async () => {
    const text = fixtureText('se-bank-camt053-v04.xml').replace('<IBAN>SE7160000000000123456789</IBAN>', '<Othr><Id>5368-0012</Id></Othr>');
    expect(await rejection(readText(text))).toMatchObject({ code: 'PAYMENTS.BANK_STATEMENT_INVALID', statementId: '7731-20240314', reason: 'the account has no IBAN (Acct/Id/IBAN)' });
  });
});
