import { Controller, Get, NotFoundException, Param, ParseUUIDPipe, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OperatorAuthGuard } from '@collections/service-runtime';
import { UnitOfWork } from '../../application/ports/dunning-transaction.port';
import { Playbook } from '../../application/ports/playbook.port';

/** The operator's view of one case: its plan, the steps sent and to come, and every guard decision. */
@ApiTags('case plans')
@ApiHeader({ name: 'X-Operator-Token', required: true })
@UseGuards(OperatorAuthGuard)
@Controller('ops/cases')
export class CasePlansController {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly playbook: Playbook,
  ) {}

  @Get(':caseId/plan')
  @ApiOperation({ summary: 'A case plan: state, scenario, steps sent and to come with dates, and the compliance guard decisions' })
  async plan(@Param('caseId', new ParseUUIDPipe()) caseId: string) {
    return this.uow.run(async (tx) => {
      const plan = await tx.plans.find(caseId);
      if (!plan) throw new NotFoundException(`no plan for case ${caseId}`);
      const steps = plan.scenario ? this.playbook.steps(plan.scenario, plan.breachTrack) : [];
      const sent = await tx.actions.sentOf([caseId]);
      const pending = await tx.timers.pendingOf(caseId);
      return {
        caseId,
        state: plan.state,
        verdict: plan.verdict,
        scenario: plan.scenario,
        breachTrack: plan.breachTrack,
        pauses: plan.pauses,
        droppedChannels: plan.droppedChannels,
        outcome: plan.outcome,
        sent: sent.map((action) => ({ actionId: action.actionId, step: action.stepId, kind: action.stepKind, channel: action.channel, at: action.at, policy: action.policyId })),
        next: pending ? { step: pending.stepId, dueAt: pending.dueAt } : null,
        remaining: steps.slice(plan.nextStep).map((step) => ({ step: step.id, kind: step.kind, delayDays: step.delayDays, stage: step.stage })),
        guardDecisions: await tx.actions.decisionsOf(caseId),
      };
    });
  }
}
