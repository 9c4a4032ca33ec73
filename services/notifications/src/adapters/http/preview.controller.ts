import { BadRequestException, Controller, Get, Param, Query, Res, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OperatorAuthGuard } from '@collections/service-runtime';
import { IsIn, IsOptional } from 'class-validator';
import type { Response } from 'express';
import { MessageComposer } from '../../application/commands/deliver-due';
import { LANGUAGES, MESSAGE_KINDS, type Language, type MessageKind } from '../../domain/message';
import { TemplateError } from '../../domain/templates';
import { TEMPLATE_COUNTRIES, type TemplateCountry } from '../../domain/templates/template-wording';
import { TemplateMessageComposer } from '../composing/template-message.composer';

export class PreviewQuery {
  @IsIn(LANGUAGES, { message: `language must be one of ${LANGUAGES.join(', ')}` })
  language!: Language;

  @IsIn(TEMPLATE_COUNTRIES, { message: `country must be one of ${TEMPLATE_COUNTRIES.join(', ')}` })
  country!: TemplateCountry;

  @IsOptional() @IsIn(['letter', 'email', 'sms'], { message: 'channel must be letter, email or sms' })
  channel?: 'letter' | 'email' | 'sms';

  @IsOptional() @IsIn(['html', 'pdf'], { message: 'format must be html or pdf' })
  format?: 'html' | 'pdf';
}

/** Operators preview any template for a sample case (two cases merged), in any language, as HTML or PDF. */
@ApiTags('templates')
@ApiHeader({ name: 'X-Operator-Token', required: true })
@UseGuards(OperatorAuthGuard)
@Controller('ops/templates')
export class PreviewController {
  constructor(private readonly composer: MessageComposer) {}

  @Get(':kind/preview')
  @ApiOperation({ summary: 'A template rendered for a sample case: HTML (default) or the letter as PDF' })
  async preview(@Param('kind') kind: string, @Query() query: PreviewQuery, @Res() res: Response) {
    if (!(MESSAGE_KINDS as readonly string[]).includes(kind)) throw new BadRequestException(`kind must be one of ${MESSAGE_KINDS.join(', ')}`);
    const channel = query.channel ?? 'letter';
    try {
      const { rendered, pdf } = await (this.composer as TemplateMessageComposer).preview({ kind: kind as MessageKind, language: query.language, country: query.country, channel });
      if (query.format === 'pdf' && pdf) return res.type('application/pdf').send(pdf);
      return res.type('text/html').send(`<!doctype html><html lang="${query.language}"><head><meta charset="utf-8"><title>${escapeHtml(rendered.subject)}</title></head><body><h1>${escapeHtml(rendered.subject)}</h1>${rendered.html}</body></html>`);
    } catch (error) {
      if (error instanceof TemplateError) throw new BadRequestException(error.message);
      throw error;
    }
  }
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);
