import { checkEvidence, EVIDENCE_MAX_BYTES } from './evidence';

const pdf = Buffer.from('%PDF-1.7\n…');
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]);

describe('checkEvidence', () => {
  it('accepts PDFs and pictures whose content is what they claim', () => {
    expect(checkEvidence([{ fileName: 'receipt.pdf', declaredType: 'application/pdf', content: pdf }, { fileName: 'photo.png', declaredType: 'image/png', content: png }])).toEqual([]);
  });

  it('names the file and the reason: another type, a disguised file, empty, too large, too many', () => {
    const problems = checkEvidence([
      { fileName: 'macro.docm', declaredType: 'application/pdf', content: Buffer.from('PK\u0003\u0004') },
      { fileName: 'photo.pdf', declaredType: 'application/pdf', content: png },
      { fileName: 'empty.pdf', declaredType: 'application/pdf', content: Buffer.alloc(0) },
      { fileName: 'huge.pdf', declaredType: 'application/pdf', content: Buffer.concat([pdf, Buffer.alloc(EVIDENCE_MAX_BYTES)]) },
      { fileName: 'a.pdf', declaredType: 'application/pdf', content: pdf },
      { fileName: 'b.pdf', declaredType: 'application/pdf', content: pdf },
    ]);
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      ['documents', 'TOO_MANY_FILES'],
      ['documents[0].content', 'UNSUPPORTED_TYPE'],
      ['documents[1].mediaType', 'TYPE_MISMATCH'],
      ['documents[2].content', 'EMPTY'],
      ['documents[2].content', 'UNSUPPORTED_TYPE'],
      ['documents[3].content', 'TOO_LARGE'],
    ]);
    expect(problems[2]!.message).toBe('photo.pdf is image/png, not application/pdf');
  });
});
