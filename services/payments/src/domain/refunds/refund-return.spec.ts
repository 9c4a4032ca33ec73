import { decideRefundReturn, refundIdOfEndToEndId } from './refund-return';

const eur = (amountMinor: bigint) => ({ amountMinor, currency: 'EUR' });

describe('refundIdOfEndToEndId', () => {
  it('recognises the refund ids the agency puts on its transfers, whatever the case or spacing the bank sends back', () => {
    expect(refundIdOfEndToEndId('RFD-20261123-0A1B2C3D4E5F')).toBe('RFD-20261123-0A1B2C3D4E5F');
    expect(refundIdOfEndToEndId(' rfd-20261123-0a1b2c3d4e5f ')).toBe('RFD-20261123-0A1B2C3D4E5F');
  });

  it('ignores what is not one: a debtor payment, NOTPROVIDED, a remittance id, nothing at all', () => {
    for (const id of ['NOTPROVIDED', 'E2E-123', 'RMT-20261123-0001', 'RFD-', 'XRFD-20261123-0A1B', 'RFD-20261123-0A1B2C3D4E5F-TOO-LONG-FOR-SEPA', undefined]) {
      expect(refundIdOfEndToEndId(id)).toBeUndefined();
    }
  });
});

describe('decideRefundReturn', () => {
  const refund = { refundId: 'RFD-1', amount: eur(3_000n) };

  it('takes back the whole refund, in its currency', () => {
    expect(decideRefundReturn(refund, 'RFD-1', eur(3_000n))).toEqual({ kind: 'return' });
  });

  it('finds a refund already returned: the same return read again books nothing', () => {
    expect(decideRefundReturn({ ...refund, returnedAt: '2026-11-23T10:00:00.000Z' }, 'RFD-1', eur(3_000n))).toEqual({ kind: 'already-returned' });
  });

  it('refuses another amount, another currency or a refund never paid, saying why', () => {
    expect(decideRefundReturn(refund, 'RFD-1', eur(2_950n))).toEqual({ kind: 'not-this-refund', reason: 'quotes refund RFD-1 of 30.00 EUR but brings 29.50 EUR' });
    expect(decideRefundReturn(refund, 'RFD-1', { amountMinor: 3_000n, currency: 'SEK' })).toEqual({ kind: 'not-this-refund', reason: 'quotes refund RFD-1 of 30.00 EUR but brings 30.00 SEK' });
    expect(decideRefundReturn(undefined, 'RFD-9', eur(3_000n))).toEqual({ kind: 'not-this-refund', reason: 'quotes refund RFD-9, which the agency never paid' });
  });
});
