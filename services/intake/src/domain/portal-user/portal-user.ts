import { fieldError, type FieldError } from '../shared/field-error';

/**
 * A person of a creditor's staff who signs in to the web portal. A `viewer` follows cases and
 * talks with the consultant; a `manager` also decides (answers requests, withdraws, submits).
 */
export const PORTAL_ROLES = ['viewer', 'manager'] as const;
export type PortalRole = (typeof PORTAL_ROLES)[number];

/** The languages the portal is written in. */
export const PORTAL_LANGUAGES = ['en', 'fr', 'nl', 'de', 'es', 'sv'] as const;
export type PortalLanguage = (typeof PORTAL_LANGUAGES)[number];

export const MIN_PASSWORD_LENGTH = 12;
/** Long enough for any passphrase; bounds the hashing work one request can ask for. */
export const MAX_PASSWORD_LENGTH = 256;

/** What a request does, as far as roles are concerned. */
export type PortalAction = 'read' | 'converse' | 'decide';

const ALLOWED: Readonly<Record<PortalRole, readonly PortalAction[]>> = {
  viewer: ['read', 'converse'],
  manager: ['read', 'converse', 'decide'],
};

export function mayPerform(role: PortalRole, action: PortalAction): boolean {
  return ALLOWED[role].includes(action);
}

export interface NewPortalUser {
  creditorId: string;
  email: string;
  name: string;
  role: string;
  language: string;
  password: string;
}

/** E-mail addresses are compared without case or surrounding blanks: one person, one account. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Every problem with a new account at once; the password is never echoed. */
export function checkNewPortalUser(user: NewPortalUser): FieldError[] {
  const problems: FieldError[] = [];
  if (!EMAIL.test(normaliseEmail(user.email)) || user.email.length > 254) problems.push(fieldError('email', 'INVALID_EMAIL', 'must be an e-mail address'));
  if (!user.name.trim() || user.name.length > 200) problems.push(fieldError('name', 'INVALID_NAME', 'must be 1 to 200 characters'));
  if (!(PORTAL_ROLES as readonly string[]).includes(user.role)) problems.push(fieldError('role', 'INVALID_CHOICE', `must be one of ${PORTAL_ROLES.join(', ')}`));
  if (!(PORTAL_LANGUAGES as readonly string[]).includes(user.language)) problems.push(fieldError('language', 'INVALID_CHOICE', `must be one of ${PORTAL_LANGUAGES.join(', ')}`));
  if ([...user.password].length < MIN_PASSWORD_LENGTH) problems.push(fieldError('password', 'TOO_SHORT', `must be at least ${MIN_PASSWORD_LENGTH} characters`));
  if (user.password.length > MAX_PASSWORD_LENGTH) problems.push(fieldError('password', 'TOO_LONG', `must be at most ${MAX_PASSWORD_LENGTH} characters`));
  return problems;
}
