import { ContactCenterError } from '../errors';

/** People or bodies who speak or act for the debtor, or whom the law puts between us and the debtor. */
export const THIRD_PARTY_ROLES = ['DEBT_MEDIATOR', 'PROVISIONAL_ADMINISTRATOR', 'SOCIAL_SERVICES', 'TRUSTEE', 'NOTARY', 'LAWYER', 'HEIR'] as const;
export type ThirdPartyRole = (typeof THIRD_PARTY_ROLES)[number];

export interface ThirdPartyEffect {
  /** Nothing goes to the debtor directly any more: the third party is the one to deal with. */
  readonly contactThroughThirdPartyOnly: boolean;
  /**
   * The third party acts in the debtor's name: collection goes on, dunning's letters and calls
   * addressed to them. When false and contactThroughThirdPartyOnly, collection stops (a mediator, a trustee).
   */
  readonly representsDebtor: boolean;
  /** The creditor should file a claim declaration with the trustee (and is told so). */
  readonly claimDeclarationToFile: boolean;
  /** After a death: a task to find the heirs before anyone is contacted again. */
  readonly heirSearch: boolean;
  readonly explanation: string;
}

const EFFECTS: Readonly<Record<ThirdPartyRole, ThirdPartyEffect>> = {
  // A collective debt settlement puts every creditor behind the court-appointed mediator: contacting
  // the debtor directly, let alone collecting, is not allowed while it runs.
  DEBT_MEDIATOR: {
    contactThroughThirdPartyOnly: true,
    representsDebtor: false,
    claimDeclarationToFile: false,
    heirSearch: false,
    explanation: 'the debtor is in a collective debt settlement: contact the debt mediator only',
  },
  // The administrator (a guardian) manages the debtor's assets in their name and decides what is
  // paid: the debtor cannot validly agree a plan alone, so collection goes on addressed to the administrator.
  PROVISIONAL_ADMINISTRATOR: {
    contactThroughThirdPartyOnly: true,
    representsDebtor: true,
    claimDeclarationToFile: false,
    heirSearch: false,
    explanation: "the debtor's assets are under provisional administration: collection goes on, every letter and call to the administrator",
  },
  // Social services (CPAS) may help the debtor and call us, but they do not represent the debtor
  // in law: dunning goes on as before, the contact is noted.
  SOCIAL_SERVICES: {
    contactThroughThirdPartyOnly: false,
    representsDebtor: false,
    claimDeclarationToFile: false,
    heirSearch: false,
    explanation: 'social services assist the debtor: informative, dunning is unchanged',
  },
  // Bankruptcy: the trustee holds the estate, and a creditor who does not declare its claim in time
  // gets nothing from it.
  TRUSTEE: {
    contactThroughThirdPartyOnly: true,
    representsDebtor: false,
    claimDeclarationToFile: true,
    heirSearch: false,
    explanation: 'the debtor is bankrupt: contact the trustee only; the creditor should file a claim declaration',
  },
  // A notary settling an estate or a sale is a source of information, not the debtor's representative.
  NOTARY: {
    contactThroughThirdPartyOnly: false,
    representsDebtor: false,
    claimDeclarationToFile: false,
    heirSearch: false,
    explanation: 'a notary is involved: informative, dunning is unchanged',
  },
  // A debtor who has a lawyer is contacted through the lawyer: going around counsel is unprofessional
  // and, in several of our countries, against the bar's and the collectors' rules (US Reg F 1006.6(b)(2)).
  // The lawyer acts in the debtor's name: collection goes on, addressed to the lawyer.
  LAWYER: {
    contactThroughThirdPartyOnly: true,
    representsDebtor: true,
    claimDeclarationToFile: false,
    heirSearch: false,
    explanation: 'the debtor is represented by a lawyer: collection goes on, every letter and call to the lawyer',
  },
  // The debtor has died: the debt passes to the heirs (if they accept the estate), who must be
  // found before anyone is asked to pay; the deceased is never dunned.
  HEIR: {
    contactThroughThirdPartyOnly: false,
    representsDebtor: false,
    claimDeclarationToFile: false,
    heirSearch: true,
    explanation: 'the debtor has died: search for the heirs before any further contact',
  },
};

// Once the debtor has died (an heir is linked), the notary settling the estate acts for it: the
// claim is the estate's debt, and letters and calls go to the notary (collection resumes through them).
const ESTATE_NOTARY: ThirdPartyEffect = {
  contactThroughThirdPartyOnly: true,
  representsDebtor: true,
  claimDeclarationToFile: false,
  heirSearch: false,
  explanation: "the notary settles the deceased debtor's estate: collection goes on, every letter and call to the notary",
};

/**
 * What linking a third party in this role changes. `debtorDeceased` (an heir is linked to the case):
 * a notary is then the estate's, and represents it; otherwise a notary is informative.
 */
export function effectOf(role: ThirdPartyRole, context: { debtorDeceased?: boolean } = {}): ThirdPartyEffect {
  // Roles arrive from requests and messages: an inherited key such as 'toString' is not a role.
  if (!isThirdPartyRole(role)) throw new ThirdPartyRoleInvalidError(role);
  if (role === 'NOTARY' && context.debtorDeceased) return ESTATE_NOTARY;
  return EFFECTS[role];
}

/** Where a representative is written to and called, read from the contact the agent recorded. */
export interface RepresentativeContact {
  readonly address?: { readonly lines: string[]; readonly postalCode: string; readonly locality: string; readonly region: string; readonly country: string };
  readonly phones: string[];
  readonly email?: string;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/**
 * The address, phones and e-mail of a third party's contact (`{ address: { lines, postalCode,
 * locality, region?, country }, phone | phones, email }`); what is missing or malformed is left out.
 */
export function representativeContactOf(contact: Readonly<Record<string, unknown>>): RepresentativeContact {
  const phones = [...(Array.isArray(contact.phones) ? contact.phones : []), contact.phone].flatMap((phone) => text(phone) ?? []);
  const raw = contact.address;
  let address: RepresentativeContact['address'];
  if (raw && typeof raw === 'object') {
    const fields = raw as Record<string, unknown>;
    const lines = (Array.isArray(fields.lines) ? fields.lines : [fields.lines]).flatMap((line) => text(line) ?? []);
    const country = text(fields.country);
    if (lines.length > 0 && country) address = { lines, postalCode: text(fields.postalCode) ?? '', locality: text(fields.locality) ?? '', region: text(fields.region) ?? '', country };
  }
  const email = text(contact.email);
  return { ...(address ? { address } : {}), phones: [...new Set(phones)], ...(email ? { email } : {}) };
}

export function isThirdPartyRole(value: unknown): value is ThirdPartyRole {
  return typeof value === 'string' && (THIRD_PARTY_ROLES as readonly string[]).includes(value);
}

/** A role that came in from outside the type system (a message, a request) and is not one we know. */
export class ThirdPartyRoleInvalidError extends ContactCenterError {
  readonly code = 'CONTACT_CENTER.THIRD_PARTY_ROLE_INVALID';
  readonly category = 'invalid';
  constructor(readonly role: string) {
    super(`'${role}' is not a third-party role (one of ${THIRD_PARTY_ROLES.join(', ')})`);
  }
}
