import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBase64, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { MESSAGE_ATTACHMENTS_MAX, MESSAGE_BODY_MAX_CHARS } from '../../../domain/message/case-message';

export class MessageAttachmentRequest {
  @ApiProperty({ example: 'call-notes.pdf' })
  @IsString()
  @MaxLength(200)
  fileName!: string;

  @ApiProperty({ example: 'application/pdf', description: 'application/pdf, image/png, image/jpeg, text/plain or text/csv; checked against the content' })
  @IsString()
  @MaxLength(100)
  contentType!: string;

  @ApiProperty({ description: 'the file, base64-encoded (at most 10 MB decoded; 20 MB for all files of a message)' })
  @IsBase64()
  contentBase64!: string;
}

export class MessageRequest {
  @ApiProperty({ example: 'The debtor called us: could you check whether 6 instalments are possible?', maxLength: MESSAGE_BODY_MAX_CHARS })
  @IsString()
  // The domain names the exact limit; this only stops absurd bodies early.
  @MaxLength(MESSAGE_BODY_MAX_CHARS * 2)
  body!: string;

  @ApiPropertyOptional({ type: [MessageAttachmentRequest] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MESSAGE_ATTACHMENTS_MAX * 2)
  @ValidateNested({ each: true })
  @Type(() => MessageAttachmentRequest)
  attachments?: MessageAttachmentRequest[];
}
