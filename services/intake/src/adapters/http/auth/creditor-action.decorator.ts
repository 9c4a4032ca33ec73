import { SetMetadata } from '@nestjs/common';
import type { PortalAction } from '../../../domain/portal-user/portal-user';

export const CREDITOR_ACTION = 'intake:creditor-action';

/**
 * What an endpoint does, for the role check in CreditorAuthGuard. Unmarked endpoints read when
 * they are GET, HEAD or OPTIONS and decide otherwise; mark `converse` the ones a viewer may use
 * to talk with the consultant (sending a message, marking messages read).
 */
export const CreditorAction = (action: PortalAction) => SetMetadata(CREDITOR_ACTION, action);
