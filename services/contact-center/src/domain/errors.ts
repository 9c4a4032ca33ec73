/**
 * What the HTTP and messaging adapters need to turn a refusal into a response without knowing every
 * error class: a stable code for clients and logs, and a category that picks the status (invalid →
 * 400/422, not_found → 404, conflict → 409).
 */
export type ContactCenterErrorCategory = 'invalid' | 'not_found' | 'conflict';

export abstract class ContactCenterError extends Error {
  abstract readonly code: `CONTACT_CENTER.${string}`;
  abstract readonly category: ContactCenterErrorCategory;

  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}
