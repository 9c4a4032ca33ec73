import { ATTACHMENT_MAX_BYTES, checkMessage, fileNameProblem, MESSAGE_BODY_MAX_CHARS } from './case-message';

const pdf = (size = 32) => Uint8Array.from([...Buffer.from('%PDF-1.7\n'), ...new Uint8Array(Math.max(0, size - 9))]);
const text = (value: string) => new Uint8Array(Buffer.from(value, 'utf8'));

describe('checkMessage', () => {
  it('accepts a body with PDF and UTF-8 text attachments', () => {
    expect(checkMessage({ body: 'Please call the debtor', attachments: [{ fileName: 'contract.pdf', declaredType: 'application/pdf', content: pdf() }, { fileName: 'notes é.txt', declaredType: 'text/plain', content: text('Débiteur joint le 3/3') }] })).toEqual([]);
  });

  it('names each problem by field', () => {
    const problems = checkMessage({
      body: '   ',
      attachments: [
        { fileName: '../etc/passwd', declaredType: 'application/pdf', content: pdf() },
        { fileName: 'virus.exe', declaredType: 'application/x-msdownload', content: pdf() },
        { fileName: 'fake.png', declaredType: 'image/png', content: pdf() },
        { fileName: 'big.pdf', declaredType: 'application/pdf', content: pdf(ATTACHMENT_MAX_BYTES + 1) },
        { fileName: 'latin1.csv', declaredType: 'text/csv', content: Uint8Array.from([0x64, 0xe9, 0x62]) },
      ],
    });
    expect(problems.map((p) => `${p.field}:${p.code}`)).toEqual([
      'body:EMPTY',
      'attachments[0].fileName:INVALID_FILE_NAME',
      'attachments[1].contentType:UNSUPPORTED_TYPE',
      'attachments[2].content:TYPE_MISMATCH',
      'attachments[3].content:TOO_LARGE',
      'attachments[4].content:TYPE_MISMATCH',
    ]);
  });

  it('refuses a body over the limit and too many files', () => {
    const attachments = Array.from({ length: 6 }, (_, i) => ({ fileName: `f${i}.pdf`, declaredType: 'application/pdf', content: pdf() }));
    expect(checkMessage({ body: 'x'.repeat(MESSAGE_BODY_MAX_CHARS + 1), attachments }).map((p) => p.code)).toEqual(['TOO_LONG', 'TOO_MANY']);
  });

  it('keeps markup in a body as it is: escaping is the reader’s job, the text is the creditor’s', () => {
    expect(checkMessage({ body: '<script>alert(1)</script>', attachments: [] })).toEqual([]);
  });
});

describe('fileNameProblem', () => {
  it.each([['a\u0000b.pdf'], ['dir\\x.pdf'], [''], ['..'], ['x'.repeat(201)]])('refuses %j', (name) => {
    expect(fileNameProblem(name)).toBeDefined();
  });
  it('accepts names with spaces, accents and quotes', () => {
    expect(fileNameProblem('Relevé "mars" 2026.pdf')).toBeUndefined();
  });
});
