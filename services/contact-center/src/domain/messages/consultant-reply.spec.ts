import { checkReply, REPLY_BODY_MAX_CHARS } from './consultant-reply';

const pdf = Buffer.from('%PDF-1.7\n…');

describe('checkReply', () => {
  it('accepts text with a PDF', () => {
    expect(checkReply({ body: 'Plan proposed for 6 months.', attachments: [{ fileName: 'plan.pdf', declaredType: 'application/pdf', content: pdf }] })).toEqual([]);
  });

  it('names the body and each attachment by field', () => {
    expect(checkReply({ body: ' ', attachments: [{ fileName: 'x.png', declaredType: 'image/png', content: pdf }] }).map((p) => `${p.field}:${p.code}`)).toEqual(['body:EMPTY', 'attachments[0].mediaType:TYPE_MISMATCH']);
    expect(checkReply({ body: 'x'.repeat(REPLY_BODY_MAX_CHARS + 1), attachments: [] }).map((p) => p.code)).toEqual(['TOO_LONG']);
  });
});
