import { BadRequestException, Controller, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, Query, Req, UseGuards } from '@nestjs/common';
import { ApiConsumes, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OperatorAuthGuard } from '@collections/service-runtime';
import type { Request } from 'express';
import { RegisterImporter } from '../../../application/commands/import-register/import-register';
import { UnitOfWork } from '../../../application/ports/screening-transaction.port';
import { CsvRegisterFeed } from '../../register-files/csv-register.feed';
import { Clock } from '@collections/clock';
import { RegisterImportQuery, RegisterSourceParams } from './registers.request.dto';

/**
 * Agency operators load registers from CSV files (layout in adapters/register-files/README.md).
 * The body is streamed, not buffered: a file of a million rows goes through in bounded memory.
 */
@ApiTags('registers')
@ApiHeader({ name: 'X-Operator-Token', required: true })
@UseGuards(OperatorAuthGuard)
@Controller('ops/registers')
export class RegistersController {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly importer: RegisterImporter,
    private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The registers loaded, their kind and number of entries' })
  list() {
    return this.uow.run((tx) => tx.registers.summaries());
  }

  @Post(':source/imports')
  @HttpCode(201)
  @ApiConsumes('text/csv')
  @ApiOperation({ summary: 'Load a register file (add, change, remove rows); answers the report with every bad row' })
  async import(@Param() params: RegisterSourceParams, @Query() query: RegisterImportQuery, @Req() req: Request) {
    const mediaType = (req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (mediaType !== 'text/csv') {
      req.resume();
      throw new BadRequestException('the register file must be sent as text/csv (UTF-8)');
    }
    const today = this.clock.now().toISOString().slice(0, 10);
    const feed = new CsvRegisterFeed(query.fileName ?? `${params.source}.csv`, req, { kind: query.kind, today });
    return this.importer.run({ source: params.source, kind: query.kind, feed });
  }

  @Get('imports/:importId')
  @ApiOperation({ summary: 'The report of a register import' })
  async report(@Param('importId', new ParseUUIDPipe()) importId: string) {
    const report = await this.uow.run((tx) => tx.imports.report(importId));
    if (!report) throw new NotFoundException(`no register import ${importId}`);
    return report;
  }
}
