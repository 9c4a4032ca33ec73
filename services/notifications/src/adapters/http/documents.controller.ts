import { Controller, Get, NotFoundException, Param, ParseUUIDPipe, Res, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OperatorAuthGuard } from '@collections/service-runtime';
import type { Response } from 'express';
import { UnitOfWork } from '../../application/ports/delivery.ports';

/** Rendered letters, by id (the delivery id NotificationSent carries as notification_id). */
@ApiTags('documents')
@ApiHeader({ name: 'X-Operator-Token', required: true })
@UseGuards(OperatorAuthGuard)
@Controller('ops/documents')
export class DocumentsController {
  constructor(private readonly uow: UnitOfWork) {}

  @Get(':documentId')
  @ApiOperation({ summary: 'A rendered letter as PDF' })
  async document(@Param('documentId', new ParseUUIDPipe()) documentId: string, @Res() res: Response) {
    const document = await this.uow.run((tx) => tx.documents.find(documentId));
    if (!document) throw new NotFoundException(`no document ${documentId}`);
    res.type(document.mediaType).send(document.content);
  }
}
