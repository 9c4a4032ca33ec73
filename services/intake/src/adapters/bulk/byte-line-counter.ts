const LF = 0x0a;
const CR = 0x0d;

/**
 * Counts physical lines (ended by LF, CRLF or CR) in the bytes handed to the CSV parser, so each
 * record gets its true first line: csv-parse's own `info.lines` counts a CRLF inside a quoted
 * cell as two lines. Bytes are dropped once counted, so memory stays flat.
 */
export class ByteLineCounter {
  private chunks: Buffer[] = [];
  /** Offset (from the start of the input) of the first byte of chunks[0]. */
  private chunksStart = 0;
  private position = 0;
  private line = 1;
  private afterCarriageReturn = false;
  private appended = 0;

  append(bytes: Buffer): void {
    this.chunks.push(bytes);
    this.appended += bytes.length;
  }

  /** Skips the line breaks (empty lines) at the current position, up to `end`; returns the line of the next other byte. */
  skipLineBreaks(end = this.appended): number {
    this.scan(end, true);
    return this.line;
  }

  /** Moves to offset `end`, counting the line breaks on the way. */
  advanceTo(end: number): void {
    this.scan(end, false);
  }

  private scan(end: number, stopAtContent: boolean): void {
    while (this.position < end && this.chunks.length > 0) {
      const chunk = this.chunks[0]!;
      const index = this.position - this.chunksStart;
      if (index >= chunk.length) {
        this.chunks.shift();
        this.chunksStart += chunk.length;
        continue;
      }
      const byte = chunk[index];
      if (byte === LF) {
        if (!this.afterCarriageReturn) this.line += 1;
        this.afterCarriageReturn = false;
      } else if (byte === CR) {
        this.line += 1;
        this.afterCarriageReturn = true;
      } else {
        if (stopAtContent) return;
        this.afterCarriageReturn = false;
      }
      this.position += 1;
    }
  }
}
