import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import { money } from '../../domain/money';
import { buildRemittance } from '../../domain/remittance';
import { contractOf, eur, receiptOf } from '../../domain/remittance/remittance.test-fixtures';
import { type CreditTransfer, type Pain001Batch, PAIN_001_NAMESPACE, creditTransferFor, creditTransferForRefund, sepaText, writePain001 } from './pain001';
import { PayoutFileInvalidError } from './payout-file.errors';

const agency = { name: 'Agence de Recouvrement SA', iban: 'BE68 5390 0754 7034', bic: 'GEBABEBB' };
const acme = { name: 'Acmé Société & Fils', iban: 'DE89370400440532013000', bic: 'COBADEFFXXX' };
const dupont = { name: 'Dupont SARL', iban: 'FR1420041010050500013M02606' };

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, isArray: (name) => name === 'CdtTrfTxInf' });
const minorOf = (decimal: string) => {
  expect(decimal).toMatch(/^\d+\.\d{2}$/);
  return BigInt(decimal.replace('.', ''));
};

function batchOf(transfers: CreditTransfer[]): Pain001Batch {
  return { messageId: 'PAYOUT-2026-03-10-1', createdAt: '2026-03-10T07:30:00.123Z', requestedExecutionDate: '2026-03-10', debtor: agency, transfers };
}

describe('writePain001', () => {
  const first = buildRemittance('cr-1', [receiptOf({ paymentId: 'p-1', amount: eur(123_456) }), receiptOf({ paymentId: 'p-2', amount: eur(99) })], contractOf(), '2026-03-10', 'REM-2026-000001');
  const second = buildRemittance('cr-2', [receiptOf({ creditorId: 'cr-2', amount: eur(5_000) })], contractOf({ creditorId: 'cr-2' }), '2026-03-10', 'REM-2026-000002');
  const xml = writePain001(batchOf([creditTransferFor(first, acme), creditTransferFor(second, dupont)]));
  const initiation = parser.parse(xml).Document.CstmrCdtTrfInitn;

  it('writes a group header whose count and control sum match the transfers', () => {
    expect(parser.parse(xml).Document['@_xmlns']).toBe(PAIN_001_NAMESPACE);
    const header = initiation.GrpHdr;
    expect(header).toMatchObject({ MsgId: 'PAYOUT-2026-03-10-1', CreDtTm: '2026-03-10T07:30:00Z', NbOfTxs: '2' });
    expect(minorOf(header.CtrlSum)).toBe(first.totals.paidOut.amountMinor + second.totals.paidOut.amountMinor);
    expect(initiation.PmtInf.NbOfTxs).toBe('2');
    expect(initiation.PmtInf.CtrlSum).toBe(header.CtrlSum);
  });

  it('pays from the agency account on the requested date', () => {
    expect(initiation.PmtInf).toMatchObject({
      PmtMtd: 'TRF',
      PmtTpInf: { SvcLvl: { Cd: 'SEPA' } },
      ReqdExctnDt: { Dt: '2026-03-10' },
      Dbtr: { Nm: 'Agence de Recouvrement SA' },
      DbtrAcct: { Id: { IBAN: 'BE68539007547034' } },
      DbtrAgt: { FinInstnId: { BICFI: 'GEBABEBB' } },
      ChrgBr: 'SLEV',
    });
  });

  it('writes one transaction per remittance, the remittance id as end-to-end id', () => {
    const [acmeTx, dupontTx] = initiation.PmtInf.CdtTrfTxInf;
    expect(acmeTx.PmtId.EndToEndId).toBe('REM-2026-000001');
    // 1,234.56 − 15% (185.18) + 0.99 − 15% (0.14) = 1,049.38 + 0.85
    expect(acmeTx.Amt.InstdAmt).toEqual({ '#text': '1050.23', '@_Ccy': 'EUR' });
    expect(minorOf(acmeTx.Amt.InstdAmt['#text'])).toBe(first.totals.paidOut.amountMinor);
    expect(acmeTx.Cdtr.Nm).toBe('Acme Societe + Fils');
    expect(acmeTx.CdtrAcct.Id.IBAN).toBe('DE89370400440532013000');
    expect(acmeTx.CdtrAgt.FinInstnId.BICFI).toBe('COBADEFFXXX');
    expect(acmeTx.RmtInf.Ustrd).toBe('Remittance REM-2026-000001 of 2026-03-10, 2 payment(s)');
    expect(dupontTx.CdtrAgt).toBeUndefined();
    expect(dupontTx.Amt.InstdAmt['#text']).toBe('42.50');
  });

  it('keeps the elements in schema order', () => {
    const order = ['<PmtInfId>', '<PmtMtd>', '<NbOfTxs>', '<CtrlSum>', '<PmtTpInf>', '<ReqdExctnDt>', '<Dbtr>', '<DbtrAcct>', '<DbtrAgt>', '<ChrgBr>', '<CdtTrfTxInf>'];
    const pmtInf = xml.slice(xml.indexOf('<PmtInf>'));
    const positions = order.map((tag) => pmtInf.indexOf(tag));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const tx = ['<PmtId>', '<Amt>', '<CdtrAgt>', '<Cdtr>', '<CdtrAcct>', '<RmtInf>'].map((tag) => xml.indexOf(tag));
    expect(tx).toEqual([...tx].sort((a, b) => a - b));
  });

  const transfer = (over: Partial<CreditTransfer> = {}): CreditTransfer => ({ endToEndId: 'REM-1', amount: eur(100), creditor: dupont, remittanceInformation: 'x', ...over });
  it.each([
    ['a creditor IBAN failing mod 97', batchOf([transfer({ creditor: { ...dupont, iban: 'FR1420041010050500013M02607' } })])],
    ['an agency IBAN failing mod 97', { ...batchOf([transfer()]), debtor: { ...agency, iban: 'BE68539007547035' } }],
    ['a bad agency BIC', { ...batchOf([transfer()]), debtor: { ...agency, bic: 'GEBA' } }],
    ['a transfer in SEK without the creditor\'s BIC (outside SEPA)', batchOf([transfer({ amount: money(100n, 'SEK') })])],
    ['a transfer in SEK beside one in EUR', batchOf([transfer({ endToEndId: 'REM-1', creditor: acme }), transfer({ endToEndId: 'REM-2', creditor: acme, amount: money(100n, 'SEK') })])],
    ['a transfer in JPY (no decimals)', batchOf([transfer({ creditor: acme, amount: money(100n, 'JPY') })])],
    ['a transfer in KWD (three decimals)', batchOf([transfer({ creditor: acme, amount: money(100n, 'KWD') })])],
    ['a zero transfer', batchOf([transfer({ amount: eur(0) })])],
    ['an end-to-end id of 36 characters (a UUID)', batchOf([transfer({ endToEndId: '7f3e9a2c-1111-4d2b-9c7e-0a1b2c3d4e5f' })])],
    ['an end-to-end id with a double slash', batchOf([transfer({ endToEndId: 'REM//1' })])],
    ['the same end-to-end id twice', batchOf([transfer(), transfer()])],
    ['no transfers', batchOf([])],
    ['a bad execution date', { ...batchOf([transfer()]), requestedExecutionDate: '10.03.2026' }],
  ])('writes nothing for %s', (_, batch) => {
    expect(() => writePain001(batch)).toThrow(expect.objectContaining({ code: expect.stringMatching(/^PAYMENTS\.(PAYOUT_FILE|BANK_ACCOUNT)_INVALID$/), category: 'invalid' }));
  });

  it('reduces free text to the SEPA character set and its length', () => {
    expect(sepaText('Müller & Søn <GmbH> 😀', 70)).toBe('Muller + Son GmbH');
    expect(sepaText('x'.repeat(200), 140)).toHaveLength(140);
    expect(() => sepaText('😀', 70)).toThrow(PayoutFileInvalidError);
  });

  it('always writes a control sum equal to the sum of the amounts written', () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: 1n, max: 99_999_999_999n }), { minLength: 1, maxLength: 20 }), (amounts) => {
        const transfers = amounts.map((a, i) => transfer({ endToEndId: `REM-${i}`, amount: eur(a) }));
        const parsed = parser.parse(writePain001(batchOf(transfers))).Document.CstmrCdtTrfInitn;
        const written: bigint[] = parsed.PmtInf.CdtTrfTxInf.map((tx: { Amt: { InstdAmt: { '#text': string } } }) => minorOf(tx.Amt.InstdAmt['#text']));
        expect(written).toEqual(amounts);
        expect(parsed.GrpHdr.NbOfTxs).toBe(String(amounts.length));
        expect(minorOf(parsed.GrpHdr.CtrlSum)).toBe(amounts.reduce((t, a) => t + a, 0n));
      }),
      { numRuns: 100 },
    );
  });
});

describe('writePain001 outside SEPA (a currency other than EUR)', () => {
  const sek = (minor: number) => money(BigInt(minor), 'SEK');
  const svensson = { name: 'Svensson Bygg AB', iban: 'SE45 5000 0000 0583 9825 7466', bic: 'ESSESESS' };
  const contract = contractOf({ creditorId: 'cr-se', currency: 'SEK', minimumCommissionMinor: 5_000n, costPerReceiptMinor: 500n });
  const remittance = buildRemittance('cr-se', [
    receiptOf({ creditorId: 'cr-se', paymentId: 'p-1', amount: sek(1_234_567) }),
    receiptOf({ creditorId: 'cr-se', paymentId: 'p-2', caseId: 'case-2', amount: sek(9_999) }),
    receiptOf({ creditorId: 'cr-se', paymentId: 'p-3', caseId: 'case-3', amount: sek(250_050) }),
  ], contract, '2026-03-10', 'REM-20260310-SEK1');
  const xml = writePain001(batchOf([creditTransferFor(remittance, svensson)]));
  const initiation = parser.parse(xml).Document.CstmrCdtTrfInitn;

  it('is no SEPA transfer: non-urgent service level, charges shared, the currency on the amount', () => {
    expect(initiation.PmtInf.PmtTpInf).toEqual({ SvcLvl: { Cd: 'NURG' } });
    expect(xml).not.toContain('SEPA');
    expect(initiation.PmtInf.ChrgBr).toBe('SHAR');
    const [tx] = initiation.PmtInf.CdtTrfTxInf;
    expect(tx.Amt.InstdAmt['@_Ccy']).toBe('SEK');
    expect(tx.CdtrAgt.FinInstnId.BICFI).toBe('ESSESESS');
    expect(tx.CdtrAcct.Id.IBAN).toBe('SE4550000000058398257466');
  });

  it('pays in minor units exactly what the statement pays out, line by line', () => {
    const [tx] = initiation.PmtInf.CdtTrfTxInf;
    const paidOut = remittance.lines.reduce((total, line) => total + line.paidOut.amountMinor, 0n);
    expect(minorOf(tx.Amt.InstdAmt['#text'])).toBe(paidOut);
    expect(paidOut).toBe(remittance.totals.paidOut.amountMinor);
    expect(minorOf(initiation.GrpHdr.CtrlSum)).toBe(paidOut);
    expect(minorOf(initiation.PmtInf.CtrlSum)).toBe(paidOut);
  });

  it('says which of the agency\'s accounts pays when it is held in another currency', () => {
    const fromSek = parser.parse(writePain001({ ...batchOf([creditTransferFor(remittance, svensson)]), debtor: { ...agency, iban: 'SE7160000000000123456789', bic: 'FICTSESS', currency: 'SEK' } }));
    expect(fromSek.Document.CstmrCdtTrfInitn.PmtInf.DbtrAcct).toEqual({ Id: { IBAN: 'SE7160000000000123456789' }, Ccy: 'SEK' });
    expect(initiation.PmtInf.DbtrAcct).toEqual({ Id: { IBAN: 'BE68539007547034' } });
  });

  it('keeps the elements in schema order, as a SEPA file does', () => {
    const order = ['<PmtInfId>', '<PmtMtd>', '<NbOfTxs>', '<CtrlSum>', '<PmtTpInf>', '<ReqdExctnDt>', '<Dbtr>', '<DbtrAcct>', '<DbtrAgt>', '<ChrgBr>', '<CdtTrfTxInf>'];
    const pmtInf = xml.slice(xml.indexOf('<PmtInf>'));
    const positions = order.map((tag) => pmtInf.indexOf(tag));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('always writes a control sum equal to the sum of the GBP amounts written', () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: 1n, max: 99_999_999_999n }), { minLength: 1, maxLength: 20 }), (amounts) => {
        const transfers = amounts.map((a, i): CreditTransfer => ({ endToEndId: `REM-${i}`, amount: money(a, 'GBP'), creditor: { name: 'Thames Ltd', iban: 'GB29NWBK60161331926819', bic: 'NWBKGB2L' }, remittanceInformation: 'x' }));
        const parsed = parser.parse(writePain001(batchOf(transfers))).Document.CstmrCdtTrfInitn;
        const written = parsed.PmtInf.CdtTrfTxInf.map((tx: { Amt: { InstdAmt: { '#text': string; '@_Ccy': string } } }) => [minorOf(tx.Amt.InstdAmt['#text']), tx.Amt.InstdAmt['@_Ccy']]);
        expect(written).toEqual(amounts.map((a) => [a, 'GBP']));
        expect(minorOf(parsed.GrpHdr.CtrlSum)).toBe(amounts.reduce((t, a) => t + a, 0n));
      }),
      { numRuns: 100 },
    );
  });
});

describe('creditTransferForRefund', () => {
  it('pays the debtor back, the refund id as end-to-end id and the file named in the remittance information', () => {
    const xml = writePain001(batchOf([creditTransferForRefund({ refundId: 'RFD-20260310-ABC', caseId: 'c0ffee00-0000-4000-8000-000000000001', amount: eur(2_500), beneficiary: { name: 'Hélène Dubois', iban: 'BE68539007547034' } })]));
    const [tx] = parser.parse(xml).Document.CstmrCdtTrfInitn.PmtInf.CdtTrfTxInf;
    expect(tx).toMatchObject({ PmtId: { EndToEndId: 'RFD-20260310-ABC' }, Amt: { InstdAmt: { '#text': '25.00', '@_Ccy': 'EUR' } }, Cdtr: { Nm: 'Helene Dubois' }, CdtrAcct: { Id: { IBAN: 'BE68539007547034' } } });
    expect(tx.RmtInf.Ustrd).toBe('Refund RFD-20260310-ABC of an overpayment on file c0ffee00-0000-4000-8000-000000000001');
  });
});
