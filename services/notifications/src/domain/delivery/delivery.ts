/**
 * One notification to deliver: one per request (a dunning action, a creditor-facing event),
 * whatever the redeliveries. It is tried, retried with back-off while the provider fails, and ends
 * sent, failed or suppressed, each end announced once (NotificationSent / NotificationFailed).
 */

export type DeliveryChannel = 'letter' | 'email' | 'sms';
export type DeliveryState = 'pending' | 'sent' | 'failed' | 'suppressed';
export type FailureKind = 'INVALID_RECIPIENT' | 'SUPPRESSED' | 'PROVIDER_ERROR' | 'NOT_ALLOWED' | 'TEMPLATE_MISSING';

/** Waits after the 1st, 2nd, … failed attempt; after the last the delivery fails for good. */
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000] as const;

export interface AttemptOutcome {
  state: DeliveryState;
  attempts: number;
  nextAttemptAt?: Date;
  failure?: { kind: FailureKind; permanent: boolean; detail: string };
}

/**
 * After a failed attempt: try again later while retries are left and the failure may pass
 * (a provider down); give up at once when it cannot (the recipient does not exist).
 */
export function afterFailure(attemptsBefore: number, now: Date, failure: { permanent: boolean; detail: string }): AttemptOutcome {
  const attempts = attemptsBefore + 1;
  if (failure.permanent) return { state: 'failed', attempts, failure: { kind: 'INVALID_RECIPIENT', permanent: true, detail: failure.detail } };
  const wait = RETRY_DELAYS_MS[attempts - 1];
  if (wait === undefined) return { state: 'failed', attempts, failure: { kind: 'PROVIDER_ERROR', permanent: false, detail: `${failure.detail} (gave up after ${attempts} attempts)` } };
  return { state: 'pending', attempts, nextAttemptAt: new Date(now.getTime() + wait) };
}

/** The hour (UTC) creditors who prefer a daily digest get it: before their working day in Europe. */
export const DIGEST_HOUR_UTC = 6;

/** When a creditor message written now goes out for a creditor who prefers the daily digest. */
export function nextDigestAt(now: Date): Date {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), DIGEST_HOUR_UTC);
  return new Date(today > now.getTime() ? today : today + 86_400_000);
}

/** Days before a creditor's deadline the reminder goes out, unless the creditor has answered. */
export const REMINDER_DAYS_BEFORE_DEADLINE = 2;

/**
 * When to remind a creditor of a request due on `answerBy` (a calendar date): at the digest hour
 * two days before; no reminder when that moment is already past or within a day of the request.
 */
export function reminderAt(answerBy: string, now: Date): Date | undefined {
  const at = new Date(Date.parse(`${answerBy}T00:00:00Z`) - REMINDER_DAYS_BEFORE_DEADLINE * 86_400_000 + DIGEST_HOUR_UTC * 3_600_000);
  return Number.isNaN(at.getTime()) || at.getTime() - now.getTime() < 86_400_000 ? undefined : at;
}

/** Recipients are suppressed as normalised: e-mail addresses lower case, numbers as E.164. */
export function suppressionKey(channel: DeliveryChannel, recipient: string): string {
  return `${channel}:${channel === 'email' ? recipient.trim().toLowerCase() : recipient.replace(/[^+0-9]/g, '')}`;
}
