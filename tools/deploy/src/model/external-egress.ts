import type { ServiceName } from '@collections/contracts';

export interface ExternalEgress {
  why: string;
  ports: number[];
}

/**
 * Services whose job is to call out of the cluster, beyond their database, Kafka and DNS. Like
 * HTTP_EDGES, a deployment decision: a service not listed reaches nothing outside.
 */
export const EXTERNAL_EGRESS: Partial<Record<ServiceName, ExternalEgress>> = {
  intake: { why: 'signed webhooks to the URLs creditors subscribe', ports: [443] },
  notifications: { why: 'the SMTP relay (submission, SMTPS) and the SMS provider', ports: [587, 465, 443] },
};
