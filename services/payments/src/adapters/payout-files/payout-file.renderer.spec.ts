import { XMLParser } from 'fast-xml-parser';
import { money } from '../../domain/money';
import { buildRemittance } from '../../domain/remittance';
import { contractOf, receiptOf } from '../../domain/remittance/remittance.test-fixtures';
import type { CreditorTerms } from '../../application/ports/creditor-accounts.port';
import { Pain001PayoutFileRenderer } from './payout-file.renderer';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false });
const agency = { name: 'Acme Recovery SRL', iban: 'BE71096123456769', bic: 'GKCCBEBB' };
const agencySek = { name: 'Acme Recovery SRL', iban: 'SE7160000000000123456789', bic: 'FICTSESS', currency: 'SEK' };
const terms = (currency: string): CreditorTerms => ({
  creditorId: 'cr-1', name: 'Nordic Creditor AB', iban: 'SE4550000000058398257466', bic: 'ESSESESS', contracts: [contractOf({ currency })], taxRateBp: 2_500, invoiceDueDays: 30,
});
const remittanceIn = (currency: string) => buildRemittance('cr-1', [receiptOf({ amount: money(123_456n, currency) })], contractOf({ currency }), '2026-03-10', `REM-${currency}`);
const at = new Date('2026-03-10T08:00:00Z');

describe('Pain001PayoutFileRenderer', () => {
  it('writes a SEPA file for a remittance in EUR', async () => {
    const files = await new Pain001PayoutFileRenderer(agency).render(remittanceIn('EUR'), terms('EUR'), at);
    const pmtInf = parser.parse(files.paymentFile).Document.CstmrCdtTrfInitn.PmtInf;
    expect(pmtInf).toMatchObject({ PmtTpInf: { SvcLvl: { Cd: 'SEPA' } }, ChrgBr: 'SLEV', CdtTrfTxInf: { Amt: { InstdAmt: { '@_Ccy': 'EUR' } } } });
  });

  it('writes a non-SEPA file in SEK for a remittance in SEK, from the agency\'s SEK account when it has one', async () => {
    const remittance = remittanceIn('SEK');
    for (const [renderer, debtorIban] of [[new Pain001PayoutFileRenderer(agency), 'BE71096123456769'], [new Pain001PayoutFileRenderer(agency, new Map([['SEK', agencySek]])), 'SE7160000000000123456789']] as const) {
      const files = await renderer.render(remittance, terms('SEK'), at);
      const pmtInf = parser.parse(files.paymentFile).Document.CstmrCdtTrfInitn.PmtInf;
      expect(pmtInf).toMatchObject({ PmtTpInf: { SvcLvl: { Cd: 'NURG' } }, ChrgBr: 'SHAR', DbtrAcct: { Id: { IBAN: debtorIban } } });
      expect(pmtInf.CdtTrfTxInf.Amt.InstdAmt['@_Ccy']).toBe('SEK');
      expect(BigInt(pmtInf.CdtTrfTxInf.Amt.InstdAmt['#text'].replace('.', ''))).toBe(remittance.totals.paidOut.amountMinor);
    }
  });

  it('writes a refund file paying the debtor from the account in the refund currency', () => {
    const renderer = new Pain001PayoutFileRenderer(agency, new Map([['SEK', agencySek]]));
    const xml = renderer.renderRefund({ refundId: 'RFD-1', caseId: 'case-1', amount: money(9_900n, 'SEK'), beneficiary: { name: 'Sven Olsson', iban: 'SE4550000000058398257466', bic: 'ESSESESS' }, executionDate: '2026-03-10' }, at);
    const pmtInf = parser.parse(xml).Document.CstmrCdtTrfInitn.PmtInf;
    expect(pmtInf).toMatchObject({ ReqdExctnDt: { Dt: '2026-03-10' }, DbtrAcct: { Id: { IBAN: 'SE7160000000000123456789' }, Ccy: 'SEK' }, CdtTrfTxInf: { PmtId: { EndToEndId: 'RFD-1' } } });
    expect(pmtInf.CdtTrfTxInf.Amt.InstdAmt).toEqual({ '#text': '99.00', '@_Ccy': 'SEK' });
  });
});
