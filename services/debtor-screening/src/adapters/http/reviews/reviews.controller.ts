import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Clock } from '@collections/clock';
import { OperatorAuthGuard } from '@collections/service-runtime';
import { decideReview } from '../../../application/commands/decide-review/decide-review';
import { UnitOfWork } from '../../../application/ports/screening-transaction.port';
import { ReviewDecisionRequest, ReviewListQuery } from './reviews.request.dto';

/** The manual review queue: register matches screening was not sure of, with the evidence. */
@ApiTags('reviews')
@ApiHeader({ name: 'X-Operator-Token', required: true })
@UseGuards(OperatorAuthGuard)
@Controller('ops/reviews')
export class ReviewsController {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Matches awaiting a decision, oldest first, with the debtor, the register entry and the evidence' })
  async list(@Query() query: ReviewListQuery) {
    const pending = await this.uow.run((tx) => tx.matches.pendingReviews(query.limit ?? 50));
    return pending.map((review) => ({
      reviewId: review.id,
      debtorIdentityId: review.debtorIdentityId,
      score: review.score,
      evidence: review.evidence,
      debtor: review.debtor?.subject,
      register: { source: review.source, entryId: review.entryId, entry: review.entry },
      queuedAt: review.createdAt,
    }));
  }

  @Post(':reviewId/decision')
  @HttpCode(200)
  @ApiOperation({ summary: 'Decide a match: the decision is kept for the debtor and their open cases are re-assessed' })
  decide(@Param('reviewId', new ParseUUIDPipe()) reviewId: string, @Body() body: ReviewDecisionRequest) {
    return decideReview(this.uow, this.clock, { matchId: reviewId, ...body });
  }
}
