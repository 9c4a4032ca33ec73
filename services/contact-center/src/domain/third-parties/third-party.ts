import { ContactCenterError } from '../errors';

/** People or bodies who speak or act for the debtor, or whom the law puts between us and the debtor. */
export const THIRD_PARTY_ROLES = ['DEBT_MEDIATOR', 'PROVISIONAL_ADMINISTRATOR', 'SOCIAL_SERVICES', 'TRUSTEE', 'NOTARY', 'LAWYER', 'HEIR'] as const;
export type ThirdPartyRole = (typeof THIRD_PARTY_ROLES)[number];

export interface ThirdPartyEffect {
  /** Dunning stops contacting the debtor directly: letters, calls and visits go to the third party. */
  readonly contactThroughThirdPartyOnly: boolean;
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
    claimDeclarationToFile: false,
    heirSearch: false,
    explanation: 'the debtor is in a collective debt settlement: contact the debt mediator only',
  },
  // The administrator manages the debtor's assets and decides what is paid: the debtor cannot
  // validly agree a plan alone.
  PROVISIONAL_ADMINISTRATOR: {
    contactThroughThirdPartyOnly: true,
    claimDeclarationToFile: false,
    heirSearch: false,
    explanation: "the debtor's assets are under provisional administration: contact the administrator only",
  },
  // Social services (CPAS) may help the debtor and call us, but they do not represent the debtor
  // in law: dunning goes on as before, the contact is noted.
  SOCIAL_SERVICES: {
    contactThroughThirdPartyOnly: false,
    claimDeclarationToFile: false,
    heirSearch: false,
    explanation: 'social services assist the debtor: informative, dunning is unchanged',
  },
  // Bankruptcy: the trustee holds the estate, and a creditor who does not declare its claim in time
  // gets nothing from it.
  TRUSTEE: {
    contactThroughThirdPartyOnly: true,
    claimDeclarationToFile: true,
    heirSearch: false,
    explanation: 'the debtor is bankrupt: contact the trustee only; the creditor should file a claim declaration',
  },
  // A notary settling an estate or a sale is a source of information, not the debtor's representative.
  NOTARY: {
    contactThroughThirdPartyOnly: false,
    claimDeclarationToFile: false,
    heirSearch: false,
    explanation: 'a notary is involved: informative, dunning is unchanged',
  },
  // A debtor who has a lawyer is contacted through the lawyer: going around counsel is unprofessional
  // and, in several of our countries, against the bar's and the collectors' rules.
  LAWYER: {
    contactThroughThirdPartyOnly: true,
    claimDeclarationToFile: false,
    heirSearch: false,
    explanation: 'the debtor is represented by a lawyer: contact the lawyer only',
  },
  // The debtor has died: the debt passes to the heirs (if they accept the estate), who must be
  // found before anyone is asked to pay; the deceased is never dunned.
  HEIR: {
    contactThroughThirdPartyOnly: false,
    claimDeclarationToFile: false,
    heirSearch: true,
    explanation: 'the debtor has died: search for the heirs before any further contact',
  },
};

export function effectOf(role: ThirdPartyRole): ThirdPartyEffect {
  // Roles arrive from requests and messages: an inherited key such as 'toString' is not a role.
  if (!isThirdPartyRole(role)) throw new ThirdPartyRoleInvalidError(role);
  return EFFECTS[role];
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
