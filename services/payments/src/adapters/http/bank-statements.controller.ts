import { createHash } from 'node:crypto';
import { Controller, HttpCode, Post, Query, Req, UseGuards } from '@nestjs/common';
import { ApiConsumes, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Clock } from '@collections/clock';
import { OperatorAuthGuard } from '@collections/service-runtime';
import type { Request } from 'express';
import { importBankStatement } from '../../application/commands/import-bank-statement';
import { UnitOfWork } from '../../application/ports/payments-transaction.port';
import { FileCreditSpool } from '../bank-statements/file-credit-spool';
import { streamStatementCredits } from '../bank-statements/statement-credits';

/**
 * Bank statements (camt.053 end of day, camt.054 intraday), posted as the XML file itself. The
 * whole file is read and checked (its credits kept on local disk meanwhile), then booked. A file that
 * goes wrong answers 422 naming the statement, the entry, the element and the reason, and nothing of
 * it is booked (see importBankStatement).
 */
@ApiTags('receipts')
@ApiHeader({ name: 'X-Operator-Token', required: true })
@UseGuards(OperatorAuthGuard)
@Controller('ops/bank-statements')
export class BankStatementsController {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  @Post()
  @HttpCode(200)
  @ApiConsumes('application/xml')
  @ApiOperation({ summary: 'Import a camt.053 / camt.054 file: match each credit to its case, allocate it or leave it in suspense' })
  async import(@Req() request: Request, @Query('fileName') fileName?: string) {
    const hash = createHash('sha256');
    const hashed = (async function* () {
      for await (const chunk of request as AsyncIterable<Buffer>) {
        hash.update(chunk);
        yield chunk;
      }
    })();
    const credits = streamStatementCredits(hashed);
    let sha256: string | undefined;
    return importBankStatement(
      this.uow,
      { batches: credits.batches, name: () => fileName ?? credits.messageId() ?? 'statement.xml', sha256: () => (sha256 ??= hash.digest('hex')) },
      this.clock.now(),
      new FileCreditSpool(),
    );
  }
}
