import type { PortalLanguage, PortalRole } from '../../domain/portal-user/portal-user';

/** A portal user as the portal shows it: never the password hash. */
export interface PortalUserProfile {
  id: string;
  email: string;
  name: string;
  role: PortalRole;
  creditorId: string;
  creditorName: string;
  language: PortalLanguage;
}

/** Portal users of every creditor; an e-mail address belongs to one user only. */
export abstract class PortalUsers {
  /** `no-creditor` when the creditor does not exist, `email-taken` when the address is in use. */
  abstract add(user: Omit<PortalUserProfile, 'id' | 'creditorName'> & { passwordHash: string }): Promise<{ id: string } | 'no-creditor' | 'email-taken'>;
  abstract findByEmail(email: string): Promise<(PortalUserProfile & { passwordHash: string }) | undefined>;
}

/** Memory-hard password hashing, behind a port so the use cases stay free of native modules. */
export abstract class PasswordHasher {
  abstract hash(password: string): Promise<string>;
  abstract verify(hash: string, password: string): Promise<boolean>;
}

/** Failed sign-ins, shared by every replica so a limit holds across them. */
export abstract class SignInFailures {
  abstract record(failure: { email: string; clientAddress: string; at: Date }): Promise<void>;
  /** Failures since `since`, for this address and for this client. */
  abstract since(email: string, clientAddress: string, since: Date): Promise<{ forEmail: Date[]; fromClient: Date[] }>;
  /** A successful sign-in forgives the failed attempts on that account (those on other accounts still count against the client). */
  abstract forgive(email: string): Promise<void>;
}

/** What a signed-in browser holds: the session token (in a cookie) and the token its unsafe requests echo. */
export interface OpenedSession {
  token: string;
  csrfToken: string;
  /** How long the browser keeps the cookie: the absolute lifetime (idleness is checked on the server). */
  maxAgeSeconds: number;
}

export interface LiveSession {
  user: PortalUserProfile;
  csrfToken: string;
}

/** Sessions are found by a hash of their token: the table holds nothing a reader could sign in with. */
export abstract class PortalSessions {
  abstract open(userId: string, now: Date): Promise<OpenedSession>;
  /** The session behind a token, if live (and it counts as activity); undefined otherwise. */
  abstract resume(token: string, now: Date): Promise<LiveSession | undefined>;
  abstract close(token: string): Promise<void>;
}
