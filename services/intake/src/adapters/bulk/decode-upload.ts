import iconv from 'iconv-lite';
import { Readable } from 'node:stream';

/** What an upload may weigh unless the caller says otherwise. */
export const DEFAULT_MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
/** How much of an upload without a declared charset is checked to tell UTF-8 from windows-1252. */
export const SNIFF_BYTES = 64 * 1024;

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

// Labels as the WHATWG Encoding Standard resolves them: every Latin-1 label means windows-1252.
const UTF8_LABELS = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'x-unicode20utf8']);
const WINDOWS_1252_LABELS = new Set([
  'windows-1252', 'cp1252', 'x-cp1252', 'latin1', 'l1', 'iso-8859-1', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987',
  'iso-ir-100', 'csisolatin1', 'cp819', 'ibm819', 'ascii', 'us-ascii',
]);

type TextEncoding = 'utf8' | 'windows-1252';

/**
 * The upload is larger than allowed. `status` and `type` are those of body-parser's error for an
 * oversized body, so the ProblemDetailsFilter answers 413 PAYLOAD_TOO_LARGE without a new mapping.
 */
export class UploadTooLargeError extends Error {
  readonly code = 'INTAKE.UPLOAD_TOO_LARGE';
  readonly status = 413;
  readonly type = 'entity.too.large';
  constructor(readonly limitBytes: number) {
    super(`the upload is larger than ${limitBytes} bytes`);
    this.name = 'UploadTooLargeError';
  }
}

/** The declared charset is neither UTF-8 nor windows-1252 (415, body-parser's `charset.unsupported`). */
export class UnsupportedCharsetError extends Error {
  readonly code = 'INTAKE.UNSUPPORTED_CHARSET';
  readonly status = 415;
  readonly type = 'charset.unsupported';
  constructor(readonly charset: string) {
    super(`unsupported charset "${charset}": send UTF-8 or windows-1252`);
    this.name = 'UnsupportedCharsetError';
  }
}

export interface DecodeUploadOptions {
  /** The `charset` parameter of the Content-Type, if any. */
  charset?: string;
  maxBytes?: number;
}

/**
 * Turns the bytes of an upload into text, chunk by chunk (memory stays flat): a UTF-8 BOM is
 * dropped and wins over any declared charset; otherwise the declared charset is used; with none,
 * the first 64 KiB decide: valid UTF-8 is read as UTF-8, anything else as windows-1252 (what
 * Excel writes on Western European Windows). Bytes that cannot be decoded become U+FFFD.
 * The stream fails with UploadTooLargeError as soon as more than `maxBytes` bytes were read.
 * Throws UnsupportedCharsetError at once for a charset other than UTF-8 or windows-1252.
 */
export function decodeUpload(source: Readable, options: DecodeUploadOptions = {}): Readable {
  const declared = declaredEncoding(options.charset);
  return Readable.from(decode(source, declared, options.maxBytes ?? DEFAULT_MAX_UPLOAD_BYTES));
}

function declaredEncoding(charset: string | undefined): TextEncoding | undefined {
  const label = charset?.trim().replace(/^"(.*)"$/, '$1').trim().toLowerCase();
  if (!label) return undefined;
  if (UTF8_LABELS.has(label)) return 'utf8';
  if (WINDOWS_1252_LABELS.has(label)) return 'windows-1252';
  throw new UnsupportedCharsetError(label);
}

async function* decode(source: AsyncIterable<unknown>, declared: TextEncoding | undefined, maxBytes: number): AsyncGenerator<string> {
  // Without a declared charset, wait for the sniffing window (plus a BOM) before choosing.
  const headBytes = declared ? UTF8_BOM.length : SNIFF_BYTES + UTF8_BOM.length;
  let head: Buffer[] = [];
  let headLength = 0;
  let total = 0;
  let decoder: iconv.DecoderStream | undefined;
  for await (const chunk of source) {
    const bytes = toBuffer(chunk);
    total += bytes.length;
    if (total > maxBytes) throw new UploadTooLargeError(maxBytes);
    if (decoder) {
      const text = decoder.write(bytes);
      if (text) yield text;
      continue;
    }
    head.push(bytes);
    headLength += bytes.length;
    if (headLength < headBytes) continue;
    const start = openDecoder(Buffer.concat(head), declared, false);
    decoder = start.decoder;
    head = [];
    if (start.text) yield start.text;
  }
  if (!decoder) {
    const start = openDecoder(Buffer.concat(head), declared, true);
    decoder = start.decoder;
    if (start.text) yield start.text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/** Chooses the encoding from the first bytes and decodes them. */
function openDecoder(head: Buffer, declared: TextEncoding | undefined, wholeUpload: boolean): { decoder: iconv.DecoderStream; text: string } {
  const hasBom = head.subarray(0, UTF8_BOM.length).equals(UTF8_BOM);
  const bytes = hasBom ? head.subarray(UTF8_BOM.length) : head;
  const encoding = hasBom ? 'utf8' : (declared ?? sniff(bytes, wholeUpload));
  const decoder = iconv.getDecoder(encoding, { stripBOM: false });
  return { decoder, text: decoder.write(bytes) };
}

function sniff(bytes: Buffer, wholeUpload: boolean): TextEncoding {
  const window = bytes.subarray(0, SNIFF_BYTES);
  // In streaming mode a multi-byte sequence cut by the window's end is held back, not an error;
  // only at the real end of the upload must the last sequence be complete.
  const cut = !wholeUpload || bytes.length > SNIFF_BYTES;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(window, { stream: cut });
    return 'utf8';
  } catch {
    return 'windows-1252';
  }
}

function toBuffer(chunk: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  if (typeof chunk === 'string') return Buffer.from(chunk, 'utf8');
  throw new TypeError('an upload is a stream of bytes');
}
