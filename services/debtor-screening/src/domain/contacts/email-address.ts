import { damerauLevenshtein } from './damerau-levenshtein';
import {
  COMMON_EMAIL_DOMAINS,
  DISPOSABLE_EMAIL_DOMAINS,
  DISPOSABLE_HINTS,
  RESERVED_EMAIL_DOMAINS,
  RESERVED_TOP_LEVEL_DOMAINS,
  SINGLE_DOMAIN_PROVIDERS,
} from './email-domains';

export type EmailVerdict = 'valid' | 'doubtful' | 'invalid';

export type EmailProblemCode =
  // invalid: no mail can be sent
  | 'EMPTY'
  | 'MISSING_AT'
  | 'INVALID_LOCAL_PART'
  | 'INVALID_DOMAIN'
  | 'TOO_LONG'
  | 'RESERVED_DOMAIN'
  // doubtful: mail can be sent, but may reach someone other than the debtor, or no one
  | 'DOMAIN_TYPO'
  | 'DISPOSABLE_DOMAIN'
  | 'NO_REPLY_MAILBOX';

export interface EmailProblem {
  readonly code: EmailProblemCode;
  /** Says what is wrong without quoting the address. */
  readonly message: string;
  /** For DOMAIN_TYPO: the provider's domain meant (only the domain, never the whole address). */
  readonly suggestion?: string;
}

export interface EmailCheck {
  /** Trimmed, with the domain lower-cased; the part before @ is kept as written (it may be case-sensitive). */
  readonly normalised: string;
  readonly verdict: EmailVerdict;
  readonly problems: readonly EmailProblem[];
}

// The HTML living standard's "valid e-mail address" (as intake accepts it), split in two parts so
// that the problem can be named; a dot is required in the domain.
const LOCAL_PART = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+$/;
const DOMAIN_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const TOP_LEVEL_DOMAIN = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
const NO_REPLY = /^(?:no-?reply|do-?not-?reply|donotreply)(?:[.+_-]|$)/i;

/** Domains at least this long may be two edits away from the provider meant ("hotmaill.cmo" is not, "btinternet.con" is). */
const LONG_DOMAIN = 12;
/** Below this length a one-edit neighbour is too often a real, unrelated domain: only a slip in the top-level domain counts. */
const SHORT_DOMAIN = 7;

export function checkEmail(raw: string): EmailCheck {
  const trimmed = raw.trim();
  const at = trimmed.lastIndexOf('@');
  const local = at < 0 ? trimmed : trimmed.slice(0, at);
  const domain = at < 0 ? '' : trimmed.slice(at + 1).toLowerCase();
  const normalised = at < 0 ? trimmed : `${local}@${domain}`;

  const invalid = syntaxProblem(trimmed, local, domain, at);
  if (invalid) return { normalised, verdict: 'invalid', problems: [invalid] };

  const problems = [typoProblem(domain), disposableProblem(domain), noReplyProblem(local)].filter(
    (problem): problem is EmailProblem => problem !== null,
  );
  return { normalised, verdict: problems.length > 0 ? 'doubtful' : 'valid', problems };
}

function syntaxProblem(trimmed: string, local: string, domain: string, at: number): EmailProblem | null {
  if (trimmed === '') return { code: 'EMPTY', message: 'no e-mail address given' };
  if (at < 0 || local.includes('@')) return { code: 'MISSING_AT', message: 'an e-mail address has exactly one @' };
  if (trimmed.length > 254 || local.length > 64) {
    return { code: 'TOO_LONG', message: 'longer than mail servers accept (64 characters before @, 254 in all)' };
  }
  if (!LOCAL_PART.test(local) || local.startsWith('.') || local.endsWith('.') || local.includes('..')) {
    return { code: 'INVALID_LOCAL_PART', message: 'the part before @ is empty, has characters an address cannot hold, or misplaced dots' };
  }
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((label) => DOMAIN_LABEL.test(label)) || !TOP_LEVEL_DOMAIN.test(labels[labels.length - 1])) {
    return { code: 'INVALID_DOMAIN', message: 'the part after @ is not a domain name with a top-level domain' };
  }
  if (RESERVED_EMAIL_DOMAINS.some((reserved) => isWithin(domain, reserved)) || RESERVED_TOP_LEVEL_DOMAINS.includes(labels[labels.length - 1])) {
    return { code: 'RESERVED_DOMAIN', message: 'the domain is reserved for documentation and testing: no mailbox exists there' };
  }
  return null;
}

function typoProblem(domain: string): EmailProblem | null {
  if (COMMON_EMAIL_DOMAINS.includes(domain)) return null;
  const meant = nearestCommonDomain(domain) ?? singleDomainProvider(domain);
  return meant ? { code: 'DOMAIN_TYPO', message: 'the domain looks like a misspelling of a common provider\u2019s', suggestion: meant } : null;
}

function nearestCommonDomain(domain: string): string | null {
  let best: { domain: string; distance: number } | null = null;
  for (const candidate of COMMON_EMAIL_DOMAINS) {
    const allowed = candidate.length >= LONG_DOMAIN ? 2 : 1;
    if (candidate.length < SHORT_DOMAIN && secondLevelLabel(candidate) !== secondLevelLabel(domain)) continue;
    const distance = damerauLevenshtein(domain, candidate);
    if (distance <= allowed && (best === null || distance < best.distance)) best = { domain: candidate, distance };
  }
  return best?.domain ?? null;
}

function singleDomainProvider(domain: string): string | null {
  const labels = domain.split('.');
  return labels.length === 2 ? (SINGLE_DOMAIN_PROVIDERS[labels[0]] ?? null) : null;
}

function disposableProblem(domain: string): EmailProblem | null {
  const listed = DISPOSABLE_EMAIL_DOMAINS.some((disposable) => isWithin(domain, disposable));
  const hinted = domain.split('.').some((label) => DISPOSABLE_HINTS.some((hint) => label.includes(hint)));
  return listed || hinted ? { code: 'DISPOSABLE_DOMAIN', message: 'the domain belongs to a throw-away mailbox service whose inboxes anyone can read' } : null;
}

function noReplyProblem(local: string): EmailProblem | null {
  return NO_REPLY.test(local) ? { code: 'NO_REPLY_MAILBOX', message: 'the mailbox name says nobody reads it' } : null;
}

/** The domain itself or one of its subdomains. */
function isWithin(domain: string, parent: string): boolean {
  return domain === parent || domain.endsWith(`.${parent}`);
}

function secondLevelLabel(domain: string): string {
  return domain.split('.')[0];
}
