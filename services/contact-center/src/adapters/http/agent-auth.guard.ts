import { createParamDecorator, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { AgentDirectory, type Agent } from '../../application/ports/contact-center.ports';

type AgentRequest = Request & { agent?: Agent };

/** The agent API needs the agent's key (`Authorization: Bearer ag_…`); unknown and inactive keys answer the same 401. */
@Injectable()
export class AgentAuthGuard implements CanActivate {
  constructor(private readonly agents: AgentDirectory) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AgentRequest>();
    const key = /^Bearer\s+(\S+)$/i.exec(request.header('authorization') ?? '')?.[1];
    const agent = key ? await this.agents.authenticate(key) : undefined;
    if (!agent) throw new UnauthorizedException('a valid agent key is required (Authorization: Bearer ag_…)');
    request.agent = agent;
    return true;
  }
}

export const CurrentAgent = createParamDecorator((_data: unknown, context: ExecutionContext): Agent => {
  const agent = context.switchToHttp().getRequest<AgentRequest>().agent;
  if (!agent) throw new UnauthorizedException();
  return agent;
});
