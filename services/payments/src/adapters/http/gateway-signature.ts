import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * A gateway signs each receipt it posts: header `X-Signature: t=<unix seconds>,v1=<hex>` where the
 * hex is HMAC-SHA256 over `<t>.<raw body>` with the provider's shared secret. Signing the timestamp
 * with the body lets us refuse a replay of an old, validly signed receipt.
 */
export type SignatureVerdict = { ok: true } | { ok: false; reason: string };

export function signGatewayBody(secret: string, timestampS: number, rawBody: Buffer | string): string {
  const mac = createHmac('sha256', secret).update(`${timestampS}.`).update(rawBody).digest('hex');
  return `t=${timestampS},v1=${mac}`;
}

export function verifyGatewaySignature(header: string | undefined, rawBody: Buffer | undefined, secret: string | undefined, nowS: number, toleranceS: number): SignatureVerdict {
  if (!secret) return { ok: false, reason: 'unknown payment gateway' };
  if (!header) return { ok: false, reason: 'the X-Signature header is required' };
  if (!rawBody) return { ok: false, reason: 'the request has no body to verify' };
  const parts = new Map(header.split(',').map((part) => part.trim().split('=', 2) as [string, string]));
  const timestamp = Number(parts.get('t'));
  const presented = parts.get('v1');
  if (!Number.isInteger(timestamp) || !presented || !/^[0-9a-f]{64}$/.test(presented)) return { ok: false, reason: 'the X-Signature header must be t=<unix seconds>,v1=<hex HMAC-SHA256>' };
  if (Math.abs(nowS - timestamp) > toleranceS) return { ok: false, reason: `the signature timestamp is more than ${toleranceS} s from now (a replay, or a clock out of sync)` };
  const expected = createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest();
  if (!timingSafeEqual(expected, Buffer.from(presented, 'hex'))) return { ok: false, reason: 'the signature does not match the body' };
  return { ok: true };
}
