import { DeliveryError, SmsSender } from '../../application/ports/channel.ports';

/**
 * An SMS provider reached over HTTP: `POST {url}` with `{ to, text }` and a bearer token, answering
 * `{ id }`. A 4xx (bad number, refused content) is permanent; a 5xx or a network error is retried.
 */
export class HttpSmsSender extends SmsSender {
  constructor(private readonly options: { url: string; token: string; timeoutMs?: number }) {
    super();
  }

  async send(message: { to: string; text: string }): Promise<{ providerMessageId: string }> {
    let response: Response;
    try {
      response = await fetch(this.options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${this.options.token}` },
        body: JSON.stringify(message),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      });
    } catch (error) {
      throw new DeliveryError(`SMS provider unreachable: ${(error as Error).message}`, false);
    }
    if (!response.ok) throw new DeliveryError(`SMS provider answered ${response.status}`, response.status >= 400 && response.status < 500);
    const body = (await response.json()) as { id?: string };
    if (!body.id) throw new DeliveryError('SMS provider answered without a message id', false);
    return { providerMessageId: `sms:${body.id}` };
  }
}
