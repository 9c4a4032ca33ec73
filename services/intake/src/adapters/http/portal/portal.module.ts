import { type DynamicModule, Module } from '@nestjs/common';
import { OPERATOR_TOKEN, OperatorAuthGuard } from '@collections/service-runtime';
import { CreatePortalUserHandler } from '../../../application/commands/create-portal-user/create-portal-user.handler';
import { SIGN_IN_LIMITS, SignInHandler, type SignInLimits } from '../../../application/commands/sign-in/sign-in.handler';
import { PasswordHasher, PortalSessions, PortalUsers, SignInFailures } from '../../../application/ports/portal-users.port';
import type { SessionLifetimes } from '../../../domain/portal-user/portal-session';
import { Argon2PasswordHasher } from '../../crypto/argon2-password.hasher';
import { SESSION_LIFETIMES, SqlPortalSessions } from '../../persistence/sql-portal-sessions';
import { SqlPortalUsers, SqlSignInFailures } from '../../persistence/sql-portal-users';
import { PORTAL_DIST_DIR, PortalAppController } from './portal-app.controller';
import { PortalSessionController } from './portal-session.controller';
import { PortalUsersController } from './portal-users.controller';

export interface PortalOptions {
  operatorToken: string;
  distDir: string;
  sessionLifetimes: SessionLifetimes;
  signInLimits: SignInLimits;
}

/**
 * The creditors' web portal: its users, sign-in and sessions, and the built front end at /portal/.
 * Exports the sessions, so CreditorAuthGuard can accept the session cookie on every /v1 endpoint.
 */
@Module({})
export class PortalModule {
  static forRoot(options: PortalOptions): DynamicModule {
    return {
      module: PortalModule,
      // The session API comes before the app's catch-all route.
      controllers: [PortalSessionController, PortalUsersController, PortalAppController],
      providers: [
        { provide: OPERATOR_TOKEN, useValue: options.operatorToken },
        OperatorAuthGuard,
        { provide: PORTAL_DIST_DIR, useValue: options.distDir },
        { provide: SESSION_LIFETIMES, useValue: options.sessionLifetimes },
        { provide: SIGN_IN_LIMITS, useValue: options.signInLimits },
        { provide: PortalUsers, useClass: SqlPortalUsers },
        { provide: SignInFailures, useClass: SqlSignInFailures },
        { provide: PortalSessions, useClass: SqlPortalSessions },
        { provide: PasswordHasher, useClass: Argon2PasswordHasher },
        CreatePortalUserHandler,
        SignInHandler,
      ],
      exports: [PortalSessions],
    };
  }
}
