import type { Response } from 'superagent';

/**
 * A supertest parser that keeps a response body as the bytes sent (a PDF, an attachment), so a test
 * can compare them with what was stored: `.buffer(true).parse(binaryBody)`.
 */
export function binaryBody(res: Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
  res.on('error', (error: Error) => done(error, Buffer.alloc(0)));
}
