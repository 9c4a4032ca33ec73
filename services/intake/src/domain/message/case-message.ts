import { sniffMediaType } from '../document/supporting-document';
import { fieldError, type FieldError } from '../shared/field-error';

/**
 * Messages between a creditor and the consultant in charge of a case. The rules are the ones a
 * creditor's staff meet in the portal: a readable body, a few attachments of kinds a consultant can
 * open safely, checked by their content rather than by what the browser claims.
 */
export const MESSAGE_BODY_MAX_CHARS = 5000;
export const MESSAGE_ATTACHMENTS_MAX = 5;
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
/** Together, so one message stays a request the API can take in (base64 in JSON, see configure-app.ts). */
export const ATTACHMENTS_TOTAL_MAX_BYTES = 20 * 1024 * 1024;
export const ATTACHMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'text/plain', 'text/csv'] as const;

export type MessageDirection = 'to-consultant' | 'to-creditor';

export interface AttachmentUpload {
  fileName: string;
  declaredType: string;
  content: Uint8Array;
}

export interface MessageDraft {
  body: string;
  attachments: AttachmentUpload[];
}

export interface MessageAttachment {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  objectKey: string;
}

/** Every problem of a draft at once, by field (`attachments[1].fileName`). */
export function checkMessage(draft: MessageDraft): FieldError[] {
  const problems: FieldError[] = [];
  const body = draft.body.trim();
  if (body.length === 0) problems.push(fieldError('body', 'EMPTY', 'write something'));
  if (body.length > MESSAGE_BODY_MAX_CHARS) problems.push(fieldError('body', 'TOO_LONG', `must be at most ${MESSAGE_BODY_MAX_CHARS} characters`));
  if (draft.attachments.length > MESSAGE_ATTACHMENTS_MAX) problems.push(fieldError('attachments', 'TOO_MANY', `at most ${MESSAGE_ATTACHMENTS_MAX} files per message`));
  const total = draft.attachments.reduce((sum, attachment) => sum + attachment.content.length, 0);
  if (total > ATTACHMENTS_TOTAL_MAX_BYTES) problems.push(fieldError('attachments', 'TOO_LARGE', `at most ${ATTACHMENTS_TOTAL_MAX_BYTES} bytes in all`));
  draft.attachments.forEach((attachment, index) => problems.push(...checkAttachment(attachment, `attachments[${index}]`)));
  return problems;
}

function checkAttachment(attachment: AttachmentUpload, at: string): FieldError[] {
  const problems: FieldError[] = [];
  const nameProblem = fileNameProblem(attachment.fileName);
  if (nameProblem) problems.push(fieldError(`${at}.fileName`, 'INVALID_FILE_NAME', nameProblem));
  if (!(ATTACHMENT_TYPES as readonly string[]).includes(attachment.declaredType)) {
    problems.push(fieldError(`${at}.contentType`, 'UNSUPPORTED_TYPE', `must be one of ${ATTACHMENT_TYPES.join(', ')}`));
    return problems;
  }
  if (attachment.content.length === 0) problems.push(fieldError(`${at}.content`, 'EMPTY', 'the file is empty'));
  else if (attachment.content.length > ATTACHMENT_MAX_BYTES) problems.push(fieldError(`${at}.content`, 'TOO_LARGE', `must be at most ${ATTACHMENT_MAX_BYTES} bytes`));
  else {
    const mismatch = contentMismatch(attachment);
    if (mismatch) problems.push(fieldError(`${at}.content`, 'TYPE_MISMATCH', mismatch));
  }
  return problems;
}

/** Binary types are recognised by their first bytes; text must be UTF-8 without control bytes a viewer could trip on. */
function contentMismatch(attachment: AttachmentUpload): string | undefined {
  if (attachment.declaredType.startsWith('text/')) {
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(attachment.content);
      return /[\u0000-\u0008\u000e-\u001f]/.test(text) ? 'a text file may not hold binary control characters' : undefined;
    } catch {
      return 'a text file must be UTF-8';
    }
  }
  const actual = sniffMediaType(attachment.content);
  return actual === attachment.declaredType ? undefined : `the content is ${actual ?? 'not a recognised file'}, not ${attachment.declaredType}`;
}

/** A name shown to people and offered as a download name: no paths, no control characters. */
export function fileNameProblem(name: string): string | undefined {
  if (name.trim().length === 0) return 'a file name is required';
  if (name.length > 200) return 'must be at most 200 characters';
  if (/[/\\]/.test(name)) return 'may not contain / or \\';
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'may not contain control characters';
  if (name === '.' || name === '..') return 'is not a file name';
  return undefined;
}

/** Where an attachment's bytes live in the object store; the case id keeps one case's files together. */
export function attachmentKey(caseId: string, attachmentId: string): string {
  return `messages/${caseId}/${attachmentId}`;
}
