/**
 * The deployable services of the platform (DESIGN.md §3). Each owns its database and talks to
 * the others only through the topics in the topic registry.
 */
export const SERVICE_NAMES = [
  'intake',
  'debtor-screening',
  'dunning',
  'contact-center',
  'payments',
  'notifications',
] as const;

export type ServiceName = (typeof SERVICE_NAMES)[number];

/**
 * Systems outside the platform that write to or read from a topic directly: creditors' ERPs
 * and partner platforms, registered by intake as channels.
 */
export const EXTERNAL_PARTIES = ['creditor-channels'] as const;

export type ExternalParty = (typeof EXTERNAL_PARTIES)[number];

export function isServiceName(value: string): value is ServiceName {
  return (SERVICE_NAMES as readonly string[]).includes(value);
}
