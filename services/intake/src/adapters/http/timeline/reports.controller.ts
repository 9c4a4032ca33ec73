import { BadRequestException, Controller, Get, Query, Res, StreamableFile, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { stringify } from 'csv-stringify/sync';
import type { Response } from 'express';
import { Clock } from '@collections/clock';
import { CreditorDirectory } from '../../../application/ports/creditor-directory.port';
import { PortfolioReportQueries } from '../../persistence/portfolio-report.queries';
import { renderPortfolioReportPdf } from '../../reports/portfolio-report.pdf';
import { CreditorAuthGuard, CurrentCreditor } from '../auth/creditor-auth.guard';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The creditor's portfolio report for a period, as JSON, CSV or PDF. */
@ApiTags('reports')
@ApiBearerAuth()
@UseGuards(CreditorAuthGuard)
@Controller('v1/reports/portfolio')
export class ReportsController {
  constructor(
    private readonly reports: PortfolioReportQueries,
    private readonly creditors: CreditorDirectory,
    private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Cases placed and where they stand, amounts placed, collected and remitted, collection rate and days to collect, by country (format=json|csv|pdf)' })
  async portfolio(@CurrentCreditor() creditorId: string, @Query('from') from: string, @Query('to') to: string, @Query('format') format = 'json', @Res({ passthrough: true }) response: Response) {
    if (!DATE.test(from ?? '') || !DATE.test(to ?? '') || from > to) throw new BadRequestException('from and to must be calendar dates YYYY-MM-DD, from not after to');
    if (format !== 'json' && format !== 'csv' && format !== 'pdf') throw new BadRequestException('format must be json, csv or pdf');
    const rows = await this.reports.report(creditorId, from, to);
    if (format === 'json') return { from, to, rows };
    if (format === 'pdf') {
      const creditorName = (await this.creditors.nameOf(creditorId)) ?? creditorId;
      response.type('application/pdf').attachment(`portfolio-${from}-${to}.pdf`);
      return new StreamableFile(await renderPortfolioReportPdf({ creditorName, from, to, generatedAt: this.clock.now(), rows }));
    }
    const states = [...new Set(rows.flatMap((row) => Object.keys(row.casesByState)))].sort();
    response.type('text/csv; charset=utf-8').attachment(`portfolio-${from}-${to}.csv`);
    return stringify(
      rows.map((row) => [
        row.country, row.currency, row.casesPlaced, ...states.map((state) => row.casesByState[state] ?? 0), row.amountPlacedMinor, row.collectedOnPlacedMinor, row.collectionRate ?? '',
        row.collectedInPeriodMinor, row.remittedInPeriodMinor, row.casesPaidInFullInPeriod, row.averageDaysToCollect ?? '',
      ]),
      {
        header: true,
        columns: [
          'country', 'currency', 'cases_placed', ...states.map((state) => `cases_${state.toLowerCase()}`), 'amount_placed_minor', 'collected_on_placed_minor', 'collection_rate',
          'collected_in_period_minor', 'remitted_in_period_minor', 'cases_paid_in_full_in_period', 'average_days_to_collect',
        ],
      },
    );
  }
}
