import { Readable } from 'node:stream';
import { decodeUpload, SNIFF_BYTES, UnsupportedCharsetError, UploadTooLargeError } from './decode-upload';

const bytes = (...parts: (string | number[])[]): Buffer =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

/** A byte stream in chunks of `size` bytes, to cross every boundary the decoder must handle. */
const chunked = (data: Buffer, size = data.length): Readable => {
  const chunks: Buffer[] = [];
  for (let i = 0; i < data.length; i += size) chunks.push(data.subarray(i, i + size));
  return Readable.from(chunks);
};

async function text(stream: Readable): Promise<string> {
  let out = '';
  for await (const chunk of stream) {
    expect(typeof chunk).toBe('string');
    out += chunk;
  }
  return out;
}

describe('decodeUpload', () => {
  it('passes UTF-8 through, keeping characters whose bytes are split between chunks', async () => {
    await expect(text(decodeUpload(chunked(bytes('Café Müller – €5'), 1)))).resolves.toBe('Café Müller – €5');
  });

  it('drops a UTF-8 byte-order mark, even one split over chunks', async () => {
    await expect(text(decodeUpload(chunked(bytes([0xef, 0xbb, 0xbf], 'a;b'), 1)))).resolves.toBe('a;b');
  });

  it('lets a byte-order mark win over a declared windows-1252', async () => {
    await expect(text(decodeUpload(chunked(bytes([0xef, 0xbb, 0xbf], 'é')), { charset: 'windows-1252' }))).resolves.toBe('é');
  });

  it.each(['windows-1252', 'cp1252', 'latin1', 'ISO-8859-1', '"Windows-1252"'])('decodes windows-1252 bytes when %s is declared', async (charset) => {
    const latin = bytes('Caf', [0xe9], ' ', [0x80], '5 Stra', [0xdf], 'e');
    await expect(text(decodeUpload(chunked(latin, 3), { charset }))).resolves.toBe('Café €5 Straße');
  });

  it('detects windows-1252 when no charset is declared and the start is not valid UTF-8', async () => {
    const latin = bytes('name\nJos', [0xe9], ' Garc', [0xed], 'a\n');
    await expect(text(decodeUpload(chunked(latin, 4)))).resolves.toBe('name\nJosé García\n');
  });

  it('keeps UTF-8 when a character straddles the end of the sniffing window', async () => {
    const data = bytes('a'.repeat(SNIFF_BYTES - 1), 'é', 'à la fin');
    const decoded = await text(decodeUpload(chunked(data, 4096)));
    expect(decoded.slice(SNIFF_BYTES - 1)).toBe('éà la fin');
  });

  it('decides on the first 64 KiB: invalid bytes later become U+FFFD, to be reported by the reader', async () => {
    const data = bytes('a'.repeat(SNIFF_BYTES), [0xe9], 'z');
    const decoded = await text(decodeUpload(chunked(data, 1000)));
    expect(decoded.slice(SNIFF_BYTES)).toBe('\uFFFDz');
  });

  it('replaces invalid bytes with U+FFFD when UTF-8 is declared', async () => {
    await expect(text(decodeUpload(chunked(bytes('Jos', [0xe9])), { charset: 'utf-8' }))).resolves.toBe('Jos\uFFFD');
  });

  it('treats a truncated sequence at the very end of a small upload as not UTF-8', async () => {
    await expect(text(decodeUpload(chunked(bytes('ok', [0xc3]))))).resolves.toBe('okÃ');
  });

  it('fails with UploadTooLargeError once more than maxBytes were read, without reading the rest', async () => {
    let produced = 0;
    const endless = new Readable({
      read() {
        produced += 1;
        this.push(Buffer.alloc(1024, 0x61));
      },
    });
    const failure = text(decodeUpload(endless, { maxBytes: 10_000 }));
    await expect(failure).rejects.toBeInstanceOf(UploadTooLargeError);
    await expect(failure).rejects.toMatchObject({ limitBytes: 10_000, status: 413 });
    expect(produced).toBeLessThan(20);
    expect(endless.destroyed).toBe(true);
  });

  it('accepts an upload of exactly maxBytes', async () => {
    await expect(text(decodeUpload(chunked(bytes('0123456789'), 3), { maxBytes: 10 }))).resolves.toBe('0123456789');
  });

  it('refuses a declared charset it cannot decode', () => {
    expect(() => decodeUpload(Readable.from([]), { charset: 'utf-16le' })).toThrow(UnsupportedCharsetError);
  });

  it('passes an error of the source on', async () => {
    const broken = new Readable({ read() { this.destroy(new Error('connection reset')); } });
    await expect(text(decodeUpload(broken))).rejects.toThrow('connection reset');
  });
});
