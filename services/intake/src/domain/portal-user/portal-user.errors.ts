import { IntakeError } from '../shared/intake-error';

export class PortalUserEmailTakenError extends IntakeError {
  readonly code = 'INTAKE.PORTAL_USER_EMAIL_TAKEN';
  readonly category = 'conflict';
  constructor() {
    super('a portal user with this e-mail address already exists');
  }
}

export class CreditorNotFoundError extends IntakeError {
  readonly code = 'INTAKE.CREDITOR_NOT_FOUND';
  readonly category = 'not_found';
  constructor(readonly creditorId: string) {
    super(`no creditor ${creditorId}`);
  }
}
