import { isUtf8 } from 'node:buffer';

/** One CSV record, numbered by the file line it starts on, or why the line(s) there could not be read. */
export type CsvRecord =
  | { row: number; cells: string[]; invalidUtf8: boolean }
  | { row: number; failure: CsvFailure };
export type CsvFailure = 'unterminated_quote' | 'malformed_quote' | 'record_too_large';

/** A record longer than this (about, in bytes) is rejected, so one broken quote cannot fill memory. */
export const DEFAULT_MAX_RECORD_BYTES = 64 * 1024;

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const SPACE = 0x20;
const TAB = 0x09;

interface Line {
  row: number;
  text: string;
  validUtf8: boolean;
}

/** A quoted cell still open at the end of a line: the record goes on with the next one. */
interface OpenRecord {
  lines: Line[];
  length: number;
  scan: QuotedScan;
}

interface QuotedScan {
  delimiter: string;
  cells: string[];
  field: string;
  inQuotes: boolean;
}

/**
 * Splits CSV bytes into records, chunk by chunk (only the unfinished line is kept
 * between chunks). Written by hand rather than with csv-parse, for three reasons: each line's own
 * bytes are checked for UTF-8 (so one Latin-1 row is rejected, not the file, and a genuine U+FFFD
 * passes); rows are numbered by physical line (CRLF, quoted line breaks); and a broken quote costs
 * only its own row: the record is reported on its first line and the lines it swallowed are read
 * again as records of their own. Quotes are RFC 4180; a quote inside an unquoted cell is text.
 * Blank lines are skipped. A UTF-8 byte-order mark at the start is dropped. The delimiter is `;`
 * when the first line has more semicolons than commas (what Excel writes in Belgium and France),
 * else `,`.
 */
export class CsvRecordSplitter {
  private pending: Buffer | undefined;
  private line = 0;
  private started = false;
  /** Inside a line already reported as too long: bytes are dropped up to its end. */
  private skippingLine = false;
  private open: OpenRecord | undefined;
  /** Lines of a broken record to read again, in file order, before any later line. */
  private replay: Line[] = [];
  private records: CsvRecord[] = [];
  private delimiter: string | undefined;

  constructor(private readonly maxRecordBytes = DEFAULT_MAX_RECORD_BYTES) {}

  /** The records completed by `chunk`. */
  push(chunk: Buffer): CsvRecord[] {
    this.consume(this.pending ? Buffer.concat([this.pending, chunk]) : chunk, false);
    return this.take();
  }

  /** The last records, once the input is over: a quote still open now is unterminated. */
  end(): CsvRecord[] {
    if (this.pending) this.consume(this.pending, true);
    this.breakOpenRecords();
    return this.take();
  }

  private consume(input: Buffer, final: boolean): void {
    this.pending = undefined;
    let bytes = input;
    if (!this.started) {
      if (bytes.length < 3 && !final) {
        this.pending = bytes;
        return;
      }
      this.started = true;
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    }
    let start = 0;
    if (this.skippingLine) {
      const lineFeed = bytes.indexOf(LF);
      if (lineFeed < 0) return;
      this.skippingLine = false;
      start = lineFeed + 1;
    }
    for (let lineFeed = bytes.indexOf(LF, start); lineFeed >= 0; lineFeed = bytes.indexOf(LF, start)) {
      this.physicalLine(bytes, start, lineFeed > start && bytes[lineFeed - 1] === CR ? lineFeed - 1 : lineFeed);
      start = lineFeed + 1;
    }
    if (start >= bytes.length) return;
    if (final) {
      this.physicalLine(bytes, start, bytes[bytes.length - 1] === CR ? bytes.length - 1 : bytes.length);
    } else if (bytes.length - start > this.maxRecordBytes) {
      this.tooLong();
      this.skippingLine = true;
    } else {
      this.pending = bytes.subarray(start);
    }
  }

  private physicalLine(bytes: Buffer, start: number, end: number): void {
    if (end - start > this.maxRecordBytes) {
      this.tooLong();
      return;
    }
    this.line += 1;
    const text = bytes.toString('utf8', start, end);
    // The decoder puts U+FFFD for bytes that are not UTF-8; only then are the bytes checked.
    const validUtf8 = text.indexOf('\uFFFD') < 0 || isUtf8(bytes.subarray(start, end));
    this.feed({ row: this.line, text, validUtf8 });
  }

  private tooLong(): void {
    this.breakOpenRecords();
    this.line += 1;
    this.records.push({ row: this.line, failure: 'record_too_large' });
  }

  private feed(line: Line): void {
    this.step(line);
    this.drainReplay();
  }

  private drainReplay(): void {
    while (this.replay.length > 0) this.step(this.replay.shift()!);
  }

  /** No more lines can close an open quote: each open record (and any its lines open in turn) is broken. */
  private breakOpenRecords(): void {
    while (this.open) {
      this.breakOpenRecord();
      this.drainReplay();
    }
  }

  private step(line: Line): void {
    const { text, row } = line;
    if (this.open) {
      this.continueOpenRecord(this.open, line);
      return;
    }
    if (text.length === 0) return;
    this.delimiter ??= sniffDelimiter(text);
    if (text.indexOf('"') < 0) {
      this.records.push({ row, cells: text.split(this.delimiter), invalidUtf8: !line.validUtf8 });
    } else {
      const scan: QuotedScan = { delimiter: this.delimiter, cells: [], field: '', inQuotes: false };
      const state = scanQuoted(scan, text);
      if (state === 'complete') this.records.push({ row, cells: scan.cells, invalidUtf8: !line.validUtf8 });
      else if (state === 'broken') this.records.push({ row, failure: 'malformed_quote' });
      else this.open = { lines: [line], length: text.length, scan };
    }
  }

  private continueOpenRecord(open: OpenRecord, line: Line): void {
    open.lines.push(line);
    open.length += line.text.length + 1;
    if (open.length > this.maxRecordBytes) {
      this.breakOpenRecord();
      return;
    }
    open.scan.field += '\n';
    const state = scanQuoted(open.scan, line.text);
    if (state === 'open') return;
    if (state === 'broken') {
      this.breakOpenRecord();
      return;
    }
    this.open = undefined;
    const first = open.lines[0]!;
    this.records.push({ row: first.row, cells: open.scan.cells, invalidUtf8: open.lines.some((part) => !part.validUtf8) });
  }

  /** The open quote was never meant to span lines: its row is reported, the lines after it are read afresh. */
  private breakOpenRecord(): void {
    const { lines } = this.open!;
    this.open = undefined;
    this.records.push({ row: lines[0]!.row, failure: 'unterminated_quote' });
    this.replay = lines.slice(1).concat(this.replay);
  }

  private take(): CsvRecord[] {
    const records = this.records;
    this.records = [];
    return records;
  }
}

/**
 * Goes on reading the cells of `text` into `scan`: 'open' when the line ends inside a quoted
 * cell, 'broken' when a closing quote is followed by anything but blanks and the delimiter.
 */
function scanQuoted(scan: QuotedScan, text: string): 'complete' | 'open' | 'broken' {
  const length = text.length;
  let i = 0;
  for (;;) {
    if (!scan.inQuotes) {
      let first = i;
      while (first < length && isBlank(text.charCodeAt(first))) first += 1;
      if (text.charCodeAt(first) !== QUOTE) {
        const delimiter = text.indexOf(scan.delimiter, i);
        if (delimiter < 0) {
          scan.cells.push(text.slice(i));
          return 'complete';
        }
        scan.cells.push(text.slice(i, delimiter));
        i = delimiter + 1;
        continue;
      }
      scan.inQuotes = true;
      scan.field = '';
      i = first + 1;
    }
    const quote = text.indexOf('"', i);
    if (quote < 0) {
      scan.field += text.slice(i);
      return 'open';
    }
    scan.field += text.slice(i, quote);
    if (text.charCodeAt(quote + 1) === QUOTE) {
      scan.field += '"';
      i = quote + 2;
      continue;
    }
    let after = quote + 1;
    while (after < length && isBlank(text.charCodeAt(after))) after += 1;
    if (after < length && text[after] !== scan.delimiter) return 'broken';
    scan.cells.push(scan.field);
    scan.inQuotes = false;
    scan.field = '';
    if (after >= length) return 'complete';
    i = after + 1;
  }
}

function sniffDelimiter(firstLine: string): string {
  let commas = 0;
  let semicolons = 0;
  for (let i = 0; i < firstLine.length; i += 1) {
    const char = firstLine[i];
    if (char === ',') commas += 1;
    else if (char === ';') semicolons += 1;
  }
  return semicolons > commas ? ';' : ',';
}

function isBlank(code: number): boolean {
  return code === SPACE || code === TAB;
}
