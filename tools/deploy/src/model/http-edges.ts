import type { ServiceName } from '@collections/contracts';

/**
 * The services that take HTTP traffic from outside the cluster (DESIGN.md §3 "HTTP edge"), and
 * from whom. A deployment decision, not something the registry knows: a service missing here gets
 * no ingress at all (only Prometheus may reach it), which is the safe default for a new service.
 * Operators reach `/ops/...` endpoints with `kubectl port-forward`, which no NetworkPolicy blocks.
 */
export const HTTP_EDGES: Partial<Record<ServiceName, string>> = {
  intake: 'creditors: case API and the creditor portal',
  'contact-center': 'contact-centre agents: the agent work API',
  payments: 'payment gateways and banks: signed receipt webhooks and statement imports',
  notifications: 'delivery providers: signed delivery-status callbacks',
};
