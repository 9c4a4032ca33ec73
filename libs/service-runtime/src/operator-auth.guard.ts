import { Inject, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';

export const OPERATOR_TOKEN = Symbol('OPERATOR_TOKEN');

/** Agency operator endpoints (`/ops/...`) need the operator token in `X-Operator-Token`. */
@Injectable()
export class OperatorAuthGuard implements CanActivate {
  constructor(@Inject(OPERATOR_TOKEN) private readonly token: string) {}

  canActivate(context: ExecutionContext): boolean {
    const presented = Buffer.from(context.switchToHttp().getRequest<Request>().header('x-operator-token') ?? '');
    const expected = Buffer.from(this.token);
    if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) {
      throw new UnauthorizedException('the operator token is required (X-Operator-Token)');
    }
    return true;
  }
}
