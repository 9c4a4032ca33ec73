import { StringDecoder } from 'node:string_decoder';

/**
 * The text of a stream as strings: Buffers are decoded as UTF-8 (a character cut between two
 * chunks is kept whole), a surrogate pair is never split between two strings, and a leading
 * byte-order mark is dropped.
 */
export async function* textChunks(source: AsyncIterable<unknown>): AsyncGenerator<string> {
  const utf8 = new StringDecoder('utf8');
  let first = true;
  let carry = '';
  for await (const chunk of source) {
    let text = carry + (typeof chunk === 'string' ? chunk : utf8.write(toBuffer(chunk)));
    carry = '';
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    const last = text.charCodeAt(text.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) {
      carry = text.slice(-1);
      text = text.slice(0, -1);
    }
    if (text) yield text;
  }
  const rest = carry + utf8.end();
  if (rest) yield first && rest.charCodeAt(0) === 0xfeff ? rest.slice(1) : rest;
}

function toBuffer(chunk: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  throw new TypeError('expected a stream of text');
}
