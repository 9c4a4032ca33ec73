import { Writable } from 'node:stream';

/**
 * In-memory destination for tests: collects each JSON line a logger writes and parses it back.
 * Exported so services can assert on their own log lines too.
 */
export class LogCaptureStream extends Writable {
  private readonly chunks: string[] = [];

  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.chunks.push(chunk.toString());
    callback();
  }

  lines(): Record<string, unknown>[] {
    return this.chunks
      .join('')
      .split('\n')
      .filter((line) => line.trim().length > 0)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  }

  raw(): string {
    return this.chunks.join('');
  }
}
