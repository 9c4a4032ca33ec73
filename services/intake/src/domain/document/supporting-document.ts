import { fieldError, type FieldError } from '../shared/field-error';

/** What a supporting document is, as the creditor labels it. */
export const DOCUMENT_KINDS = ['contract', 'invoice', 'delivery_proof', 'reminder', 'correspondence', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The file types accepted, recognised by their first bytes, not by what the client claims. */
const SIGNATURES: ReadonlyArray<{ mediaType: string; bytes: number[] }> = [
  { mediaType: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { mediaType: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mediaType: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
];
export const DOCUMENT_MEDIA_TYPES = SIGNATURES.map((s) => s.mediaType);

/** The media type the content really has, or undefined when it is none we accept. */
export function sniffMediaType(head: Uint8Array): string | undefined {
  return SIGNATURES.find(({ bytes }) => bytes.every((byte, i) => head[i] === byte))?.mediaType;
}

export function checkDocument(document: { kind: string; declaredType: string; content: Uint8Array; maxBytes: number }): FieldError[] {
  const problems: FieldError[] = [];
  if (!DOCUMENT_KINDS.includes(document.kind as DocumentKind)) problems.push(fieldError('kind', 'INVALID_CHOICE', `must be one of ${DOCUMENT_KINDS.join(', ')}`));
  if (document.content.length === 0) problems.push(fieldError('content', 'EMPTY', 'the file is empty'));
  if (document.content.length > document.maxBytes) problems.push(fieldError('content', 'TOO_LARGE', `must be at most ${document.maxBytes} bytes`));
  const actual = sniffMediaType(document.content);
  if (!actual) problems.push(fieldError('content', 'UNSUPPORTED_TYPE', `must be one of ${DOCUMENT_MEDIA_TYPES.join(', ')}`));
  else if (actual !== document.declaredType) problems.push(fieldError('content', 'TYPE_MISMATCH', `the content is ${actual}, not what the Content-Type says`));
  return problems;
}
