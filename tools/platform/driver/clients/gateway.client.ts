import { createHmac, randomUUID } from 'node:crypto';
import { httpJson } from '../http-json';

/**
 * A payment gateway posting captured payments to payments' webhook, signed the way the gateway
 * contract says: `X-Signature: t=<unix s>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`. The timestamp is
 * the wall clock, not the platform's (advanced) clock: the replay window is about real time.
 */
export class GatewayClient {
  constructor(
    private readonly paymentsUrl: string,
    readonly provider: string,
    private readonly secret: string,
  ) {}

  async capture(payment: {
    caseId?: string;
    reference?: string;
    amountMinor: bigint | number;
    currency: string;
    method?: 'CARD' | 'BANK_TRANSFER';
    paidAt: string;
    paymentId?: string;
  }): Promise<Record<string, unknown>> {
    const body = JSON.stringify({
      paymentId: payment.paymentId ?? randomUUID(),
      ...(payment.caseId ? { caseId: payment.caseId } : {}),
      ...(payment.reference ? { reference: payment.reference } : {}),
      amount: { amountMinor: String(payment.amountMinor), currency: payment.currency },
      method: payment.method ?? 'CARD',
      paidAt: payment.paidAt,
    });
    const t = Math.floor(Date.now() / 1000);
    const signature = createHmac('sha256', this.secret).update(`${t}.`).update(body).digest('hex');
    return (
      await httpJson<Record<string, unknown>>(`${this.paymentsUrl}/v1/gateway-receipts/${this.provider}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Signature': `t=${t},v1=${signature}` },
        body,
      })
    ).body;
  }
}
