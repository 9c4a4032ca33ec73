import { Injectable } from '@nestjs/common';
import { checkNewPortalUser, normaliseEmail, type NewPortalUser, type PortalLanguage, type PortalRole } from '../../../domain/portal-user/portal-user';
import { CreditorNotFoundError, PortalUserEmailTakenError } from '../../../domain/portal-user/portal-user.errors';
import { SubmissionInvalidError } from '../../../domain/shared/intake-error';
import { PasswordHasher, PortalUsers, type PortalUserProfile } from '../../ports/portal-users.port';

/** Operator command: a person of a creditor's staff gets a portal account. */
@Injectable()
export class CreatePortalUserHandler {
  constructor(
    private readonly users: PortalUsers,
    private readonly passwords: PasswordHasher,
  ) {}

  async execute(user: NewPortalUser): Promise<Omit<PortalUserProfile, 'creditorName'>> {
    const problems = checkNewPortalUser(user);
    if (problems.length > 0) throw new SubmissionInvalidError(problems);
    const account = { creditorId: user.creditorId, email: normaliseEmail(user.email), name: user.name.trim(), role: user.role as PortalRole, language: user.language as PortalLanguage };
    const added = await this.users.add({ ...account, passwordHash: await this.passwords.hash(user.password) });
    if (added === 'no-creditor') throw new CreditorNotFoundError(user.creditorId);
    if (added === 'email-taken') throw new PortalUserEmailTakenError();
    return { id: added.id, ...account };
  }
}
