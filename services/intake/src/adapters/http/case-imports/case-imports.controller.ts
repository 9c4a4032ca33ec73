import { Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, PayloadTooLargeException, Post, Req, Res, StreamableFile, UnsupportedMediaTypeException, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CaseImportRunner, type ImportFormat } from '../../bulk/case-import-runner';
import { UnsupportedCharsetError, UploadTooLargeError } from '../../bulk/decode-upload';
import { rejectionReportCsv } from '../../bulk/rejection-report';
import { CaseImportQueries } from '../../persistence/case-import.queries';
import { CreditorAuthGuard, CurrentCreditor } from '../auth/creditor-auth.guard';

export const CASE_IMPORT_MAX_BYTES = Symbol('CASE_IMPORT_MAX_BYTES');

const FORMATS: Record<string, ImportFormat> = {
  'text/csv': 'csv',
  'application/csv': 'csv',
  'application/x-ndjson': 'jsonl',
  'application/jsonl': 'jsonl',
  'application/x-jsonlines': 'jsonl',
};

@ApiTags('case-imports')
@ApiBearerAuth()
@UseGuards(CreditorAuthGuard)
@Controller('v1/case-imports')
export class CaseImportsController {
  constructor(
    private readonly runner: CaseImportRunner,
    private readonly queries: CaseImportQueries,
    @Inject(CASE_IMPORT_MAX_BYTES) private readonly maxBytes: number,
  ) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({
    summary: 'Upload a bulk file of cases',
    description:
      'The raw file is the request body: `Content-Type: text/csv` (layout in services/intake/docs/case-import-csv.md; UTF-8 with or without BOM, ' +
      'or windows-1252 declared with `; charset=windows-1252` or detected) or `application/x-ndjson` (one case per line, shaped like POST /v1/cases). ' +
      'Answers 202 with the import id at once; follow it with GET /v1/case-imports/{id}. Uploading the same file again opens nothing twice.',
  })
  @ApiConsumes('text/csv', 'application/x-ndjson')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiResponse({ status: 413, description: 'the file is larger than the configured limit' })
  @ApiResponse({ status: 415, description: 'not CSV or JSON Lines, or a charset other than UTF-8 and windows-1252' })
  async upload(@CurrentCreditor() creditorId: string, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const [mediaType, ...parameters] = (req.header('content-type') ?? '').split(';').map((part) => part.trim());
    const format = FORMATS[mediaType.toLowerCase()];
    if (!format) throw new UnsupportedMediaTypeException(`send the file as text/csv or application/x-ndjson, not "${mediaType || 'nothing'}"`);
    const charset = parameters.find((p) => p.toLowerCase().startsWith('charset='))?.slice('charset='.length);
    if (Number(req.header('content-length') ?? 0) > this.maxBytes) {
      req.resume();
      throw new PayloadTooLargeException(`the file is larger than the limit of ${this.maxBytes} bytes`);
    }
    try {
      const caseImportId = await this.runner.accept(creditorId, req, { format, charset, maxBytes: this.maxBytes });
      res.location(`/v1/case-imports/${caseImportId}`);
      return this.queries.get(creditorId, caseImportId);
    } catch (error) {
      if (error instanceof UploadTooLargeError) throw new PayloadTooLargeException(`the file is larger than the limit of ${this.maxBytes} bytes`);
      if (error instanceof UnsupportedCharsetError) throw new UnsupportedMediaTypeException(error.message);
      throw error;
    }
  }

  @Get(':id')
  @ApiOperation({ summary: 'Progress and totals of an import: rows read, cases opened, already known, rejected; done when finished' })
  get(@CurrentCreditor() creditorId: string, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.queries.get(creditorId, id);
  }

  @Get(':id/rejections')
  @ApiOperation({ summary: 'Every rejected row: line, column, code, reason (JSON)' })
  async rejections(@CurrentCreditor() creditorId: string, @Param('id', new ParseUUIDPipe()) id: string) {
    const lines = [];
    for await (const line of this.queries.rejections(creditorId, id)) {
      lines.push(line);
      if (lines.length >= 10_000) break;
    }
    return { items: lines, truncated: lines.length >= 10_000, fullReport: `/v1/case-imports/${id}/rejections.csv` };
  }

  @Get(':id/rejections.csv')
  @ApiOperation({ summary: 'The rejection report as CSV, safe to open in a spreadsheet (formula-like cells are neutralised)' })
  async rejectionsCsv(@CurrentCreditor() creditorId: string, @Param('id', new ParseUUIDPipe()) id: string): Promise<StreamableFile> {
    const rows = this.queries.rejections(creditorId, id);
    const first = await rows.next(); // checks the import is the creditor's before any byte is sent
    async function* all() {
      if (!first.done) yield first.value;
      yield* rows;
    }
    return new StreamableFile(rejectionReportCsv(all()), { type: 'text/csv; charset=utf-8', disposition: `attachment; filename="case-import-${id}-rejections.csv"` });
  }
}
