import { Body, Controller, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, Put, Res, StreamableFile, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Clock } from '@collections/clock';
import type { Response } from 'express';
import { askCreditor, askForDocuments, linkThirdParty, raiseDispute, settleDispute } from '../../application/commands/disputes';
import { proposePlan, proposeSettlement, recordDeclaration } from '../../application/commands/negotiate';
import { agentCallbacks, nextTask, recordOutcome, releaseTask, type OutcomeInput } from '../../application/commands/work-tasks';
import { isCallableNow } from '../../domain/tasks';
import { UnitOfWork, type Agent } from '../../application/ports/contact-center.ports';
import { AgentAuthGuard, CurrentAgent } from './agent-auth.guard';
import {
  DeclarationRequest, DisputeRequest, DocumentRequest, InformationRequest, OutcomeRequest, PlanRequest, ResolutionRequest, SettlementRequest, ThirdPartyRequest, type MoneyRequest,
} from './requests';

const money = (request: MoneyRequest) => ({ amountMinor: BigInt(request.amountMinor), currency: request.currency });
const outcomeOf = (body: OutcomeRequest): OutcomeInput => ({
  result: body.result, minutesSpent: body.minutesSpent, ...(body.promise ? { promise: { amount: money(body.promise.amount), payBy: body.promise.payBy } } : {}),
  ...(body.callbackAt ? { callbackAt: new Date(body.callbackAt) } : {}), ...(body.thirdPartyRole ? { thirdPartyRole: body.thirdPartyRole } : {}),
  ...(body.note ? { note: body.note } : {}), noteForCreditor: body.noteForCreditor ?? false,
});

/** The agents' API: the next task, outcomes, negotiation, disputes, requests to creditors, third parties. */
@ApiTags('agents')
@ApiBearerAuth()
@UseGuards(AgentAuthGuard)
@Controller('v1/agent')
export class AgentController {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  @Post('tasks/next')
  @ApiOperation({
    summary: 'Lease the most urgent task you may work now (204 when there is none)',
    description:
      'A callback that is due comes first (kind CALLBACK; for the agent who took the request during its first 30 minutes, then for anyone in the queue); '
      + '`overdue` marks a callback whose first window passed untaken. For a call to the debtor\'s representative, `details.representative` says who (role, name) and `details.phones` are theirs.',
  })
  async next(@CurrentAgent() agent: Agent, @Res({ passthrough: true }) response: Response) {
    const task = await nextTask(this.uow, agent, this.clock.now());
    if (!task) {
      response.status(204);
      return undefined;
    }
    response.status(200);
    return {
      taskId: task.id, caseId: task.caseId, kind: task.kind, language: task.language, details: task.details, callableUntil: task.notAfter.toISOString(), leaseExpiresAt: task.leaseExpiresAt.toISOString(),
      ...(task.kind === 'CALLBACK' ? { overdue: task.overdue ?? false } : {}),
    };
  }

  @Get('callbacks')
  @ApiOperation({
    summary: 'Your upcoming callbacks: the calls debtors asked you for, soonest first',
    description:
      'Each with the time the debtor asked for, the lawful window it may be made in (`callableFrom`, `callableUntil`: the country\'s calling hours), until when it is held for you '
      + '(`heldForYouUntil`; after that anyone in the queue may take it), whether it is `overdue` (its first window passed untaken: it moved to the next lawful window) and whether someone holds it now. '
      + '`declined`: the callbacks you took that will not be made (the case closed, a mediator or trustee handles all contact, no usable phone left), newest first, for two weeks, with the reason, so you can tell the debtor.',
  })
  async callbacks(@CurrentAgent() agent: Agent) {
    const now = this.clock.now();
    const { upcoming, declined } = await agentCallbacks(this.uow, agent, now);
    return {
      callbacks: upcoming.map((task) => {
        const callback = (task.details.callback ?? {}) as { requestedAt?: string | null };
        const leased = task.leasedBy !== '' && task.leaseExpiresAt.getTime() > now.getTime();
        return {
          taskId: task.id, caseId: task.caseId, requestedAt: callback.requestedAt ?? null, callableFrom: task.notBefore.toISOString(), callableUntil: task.notAfter.toISOString(),
          heldForYouUntil: task.heldUntil?.toISOString() ?? null, overdue: task.overdue ?? false, dueNow: !leased && isCallableNow(task, now),
          takenBy: leased ? (task.leasedBy === agent.id ? 'you' : 'another agent') : null, phones: task.details.phones ?? [], representative: task.details.representative ?? null,
        };
      }),
      declined: declined.map((callback) => ({
        caseId: callback.caseId, interactionId: callback.interactionId, requestedAt: callback.requestedAt.toISOString(), declinedAt: callback.declinedAt.toISOString(),
        reason: callback.reason, explanation: callback.explanation,
      })),
    };
  }

  @Post('tasks/:taskId/release')
  @HttpCode(204)
  @ApiOperation({ summary: 'Give a task back to the queue' })
  async release(@CurrentAgent() agent: Agent, @Param('taskId', new ParseUUIDPipe()) taskId: string) {
    await releaseTask(this.uow, agent, taskId);
  }

  @Post('tasks/:taskId/outcome')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Record what came of the call or visit you hold; the task is then done',
    description: 'CALLBACK_REQUESTED with `callbackAt` (at most 14 days ahead) becomes a callback task at that time, within the calling hours of the debtor\'s country, held for you first (GET /v1/agent/callbacks).',
  })
  outcome(@CurrentAgent() agent: Agent, @Param('taskId', new ParseUUIDPipe()) taskId: string, @Body() body: OutcomeRequest) {
    return recordOutcome(this.uow, agent, { taskId }, outcomeOf(body), this.clock.now());
  }

  @Get('cases/:caseId')
  @ApiOperation({ summary: 'What the agent works with: the case, its balance by component (a plan must add up to it exactly), and the third parties linked' })
  async caseFile(@Param('caseId', new ParseUUIDPipe()) caseId: string) {
    const found = await this.uow.run(async (tx) => {
      const file = await tx.cases.find(caseId);
      return file && { file, thirdParties: await tx.work.thirdParties(caseId) };
    });
    if (!found) throw new NotFoundException(`contact-center knows no case ${caseId}`);
    const { file, thirdParties } = found;
    const amount = (money: { amountMinor: bigint; currency: string }) => ({ amountMinor: money.amountMinor.toString(), currency: money.currency });
    const total = file.balance.principal.amountMinor + file.balance.interest.amountMinor + file.balance.costs.amountMinor + file.balance.charges.amountMinor;
    return {
      caseId: file.caseId, creditorId: file.creditorId, country: file.country, language: file.language, debtorName: file.debtorName, closed: file.closed,
      balance: { principal: amount(file.balance.principal), interest: amount(file.balance.interest), costs: amount(file.balance.costs), charges: amount(file.balance.charges), total: amount({ amountMinor: total, currency: file.currency }) },
      thirdParties: thirdParties.map((party) => ({ id: party.id, role: party.role, name: party.name })),
    };
  }

  @Post('cases/:caseId/interactions')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record an inbound contact (the debtor or a third party called)', description: 'CALLBACK_REQUESTED with `callbackAt` schedules a callback held for you, as on a call.' })
  inbound(@CurrentAgent() agent: Agent, @Param('caseId', new ParseUUIDPipe()) caseId: string, @Body() body: OutcomeRequest) {
    return recordOutcome(this.uow, agent, { caseId }, outcomeOf(body), this.clock.now());
  }

  @Put('cases/:caseId/declaration')
  @HttpCode(204)
  @ApiOperation({ summary: "Enter the debtor's declaration of income and charges" })
  async declaration(@CurrentAgent() agent: Agent, @Param('caseId', new ParseUUIDPipe()) caseId: string, @Body() body: DeclarationRequest) {
    await recordDeclaration(this.uow, agent.id, caseId, {
      monthlyIncomeMinor: BigInt(body.monthlyIncomeMinor), monthlyChargesMinor: BigInt(body.monthlyChargesMinor), dependants: body.dependants, currency: body.currency, declaredOn: body.declaredOn,
    });
  }

  @Post('cases/:caseId/plans')
  @HttpCode(201)
  @ApiOperation({ summary: 'Propose an instalment plan: agreed at once below the authority limit, else sent to the creditor for approval' })
  plan(@CurrentAgent() agent: Agent, @Param('caseId', new ParseUUIDPipe()) caseId: string, @Body() body: PlanRequest) {
    return proposePlan(this.uow, agent.id, caseId, body.instalments.map((i) => ({ number: i.number, dueDate: i.dueDate, amount: money(i.amount) })), body.explanation ?? '', this.clock.now());
  }

  @Post('cases/:caseId/settlements')
  @HttpCode(201)
  @ApiOperation({ summary: 'Propose a full and final settlement below the balance' })
  settlement(@CurrentAgent() agent: Agent, @Param('caseId', new ParseUUIDPipe()) caseId: string, @Body() body: SettlementRequest) {
    return proposeSettlement(this.uow, agent.id, caseId, money(body.amount), body.payBy, body.explanation ?? '', this.clock.now());
  }

  @Post('cases/:caseId/disputes')
  @HttpCode(201)
  @ApiOperation({ summary: 'Open a dispute: dunning pauses until it is resolved' })
  dispute(@CurrentAgent() agent: Agent, @Param('caseId', new ParseUUIDPipe()) caseId: string, @Body() body: DisputeRequest) {
    return raiseDispute(this.uow, agent.id, caseId, {
      ground: body.ground, summary: body.summary, ...(body.disputedAmount ? { disputedAmount: money(body.disputedAmount) } : {}),
      documents: (body.documents ?? []).map((document) => ({ fileName: document.fileName, mediaType: document.mediaType, content: Buffer.from(document.contentBase64, 'base64') })),
    }, this.clock.now());
  }

  @Get('disputes/:disputeId/documents/:documentId')
  @ApiOperation({ summary: 'A document the debtor sent in support of a dispute' })
  async document(@Param('disputeId', new ParseUUIDPipe()) disputeId: string, @Param('documentId', new ParseUUIDPipe()) documentId: string) {
    const found = await this.uow.run((tx) => tx.work.disputeDocument(disputeId, documentId));
    if (!found) throw new NotFoundException(`no document ${documentId} on dispute ${disputeId}`);
    return new StreamableFile(found.content, { type: found.mediaType, disposition: `attachment; filename="${found.fileName.replace(/"/g, '')}"`, length: found.content.length });
  }

  @Post('disputes/:disputeId/document-requests')
  @HttpCode(201)
  @ApiOperation({ summary: 'Ask the creditor for the documents behind the disputed claim, by a date' })
  documents(@Param('disputeId', new ParseUUIDPipe()) disputeId: string, @Body() body: DocumentRequest) {
    return askForDocuments(this.uow, disputeId, body.question, body.answerBy, this.clock.now());
  }

  @Post('disputes/:disputeId/resolution')
  @HttpCode(204)
  @ApiOperation({ summary: 'Resolve a dispute: upheld, reduced, cancelled or withdrawn' })
  async resolve(@Param('disputeId', new ParseUUIDPipe()) disputeId: string, @Body() body: ResolutionRequest) {
    await settleDispute(this.uow, disputeId, { resolution: body.resolution, ...(body.reduction ? { reduction: money(body.reduction) } : {}), explanation: body.explanation });
  }

  @Post('cases/:caseId/information-requests')
  @HttpCode(201)
  @ApiOperation({ summary: 'Ask the creditor a question with a deadline' })
  information(@Param('caseId', new ParseUUIDPipe()) caseId: string, @Body() body: InformationRequest) {
    return askCreditor(this.uow, caseId, body, this.clock.now());
  }

  @Post('cases/:caseId/third-parties')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Link a mediator, administrator, trustee, lawyer, notary, social services or heir to the case',
    description: 'A lawyer, a provisional administrator, or a notary once the debtor has died, represents the debtor: dunning goes on, addressed to the `contact` given (address, phone or phones, email). A mediator or trustee stops collection.',
  })
  thirdParty(@Param('caseId', new ParseUUIDPipe()) caseId: string, @Body() body: ThirdPartyRequest) {
    return linkThirdParty(this.uow, caseId, { role: body.role, name: body.name, contact: { ...body.contact } });
  }
}
