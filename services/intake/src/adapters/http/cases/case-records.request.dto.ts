import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { DOCUMENT_KINDS } from '../../../domain/document/supporting-document';
import { INSTRUCTION_KINDS } from '../../../domain/instruction/creditor-instruction';

export class InstructionRequest {
  @ApiProperty({
    enum: INSTRUCTION_KINDS,
    description:
      'approve / decline a plan or settlement above the authority limit; provide_information; accept_closure / continue_collection after a closure recommendation; ' +
      'consent_legal_action / refuse_legal_action; hold / release_hold contact; debtor_approached_creditor: the debtor contacted you to arrange something (do not agree yourself: the consultant takes it up)',
  })
  @IsIn(INSTRUCTION_KINDS)
  kind!: string;

  @ApiPropertyOptional({ description: 'id of the request or recommendation this answers (required for replies)' })
  @IsOptional() @IsString() @MaxLength(100)
  inReplyTo?: string;

  @ApiPropertyOptional({ example: 'Approved: 12 monthly instalments of EUR 150.' }) @IsOptional() @IsString() @MaxLength(4000)
  note?: string;

  @ApiPropertyOptional({ description: 'documents attached to the case first (POST /v1/cases/{caseId}/documents)' })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @IsUUID('all', { each: true })
  documentIds?: string[];
}

export class DirectPaymentRequest {
  @ApiProperty({ example: 25000, description: 'integer minor units' }) @IsInt()
  amountMinor!: number;

  @ApiProperty({ example: 'EUR' }) @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code' })
  currency!: string;

  @ApiProperty({ example: '2026-11-20', description: 'the day you received the money; report within 48 hours' }) @IsString()
  receivedOn!: string;

  @ApiProperty({ example: 'BANK-2026-11-20-0042', description: 'your reference: the same reference is the same payment' }) @IsString() @MaxLength(140)
  reference!: string;

  @ApiPropertyOptional({ description: "the agency's request this answers (a pending decision of topic DIRECT_PAYMENT)" }) @IsOptional() @IsUUID()
  inReplyTo?: string;
}

export class AttachDocumentQuery {
  @ApiProperty({ enum: DOCUMENT_KINDS }) @IsIn(DOCUMENT_KINDS)
  kind!: string;

  @ApiProperty({ example: 'contract-2025.pdf' }) @IsString() @Matches(/^[^/\\\u0000-\u001f]{1,200}$/, { message: 'fileName must be a plain file name of at most 200 characters' })
  fileName!: string;
}
