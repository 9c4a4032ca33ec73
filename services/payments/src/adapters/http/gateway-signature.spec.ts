import { signGatewayBody, verifyGatewaySignature } from './gateway-signature';

describe('gateway receipt signatures', () => {
  const secret = 'a-very-secret-gateway-key';
  const body = Buffer.from('{"paymentId":"pay_1","amountMinor":"1000"}');
  const now = 1_790_000_000;

  it('accepts a body signed with the provider secret within the tolerance', () => {
    expect(verifyGatewaySignature(signGatewayBody(secret, now - 299, body), body, secret, now, 300)).toEqual({ ok: true });
  });

  it('refuses a replay older than the tolerance, even validly signed', () => {
    expect(verifyGatewaySignature(signGatewayBody(secret, now - 301, body), body, secret, now, 300)).toMatchObject({ ok: false, reason: expect.stringContaining('more than 300 s') });
  });

  it('refuses a changed body, another secret, an unsigned request and an unknown provider', () => {
    const header = signGatewayBody(secret, now, body);
    expect(verifyGatewaySignature(header, Buffer.from(body.toString().replace('1000', '9000')), secret, now, 300)).toMatchObject({ reason: 'the signature does not match the body' });
    expect(verifyGatewaySignature(signGatewayBody('another-secret-of-16+', now, body), body, secret, now, 300)).toMatchObject({ ok: false });
    expect(verifyGatewaySignature(undefined, body, secret, now, 300)).toMatchObject({ reason: 'the X-Signature header is required' });
    expect(verifyGatewaySignature(header, body, undefined, now, 300)).toMatchObject({ reason: 'unknown payment gateway' });
    expect(verifyGatewaySignature('t=abc,v1=zz', body, secret, now, 300)).toMatchObject({ reason: expect.stringContaining('must be t=') });
  });
});
