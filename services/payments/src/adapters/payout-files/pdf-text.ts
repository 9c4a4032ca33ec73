/** Text helpers for the PDFs payments writes with pdfkit's standard fonts (statements, invoices). */

/** Cuts with an ellipsis to the column, so a long id cannot run into the next one. */
export function fitted(doc: PDFKit.PDFDocument, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  let cut = text;
  while (cut.length > 0 && doc.widthOfString(`${cut}...`) > width) cut = cut.slice(0, -1);
  return `${cut}...`;
}

/** WinAnsiEncoding's characters above Latin-1 (its 0x80–0x9F row). */
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
/** Letters with no decomposition to strip an accent from. */
const BARE_LETTERS: Readonly<Record<string, string>> = { Ł: 'L', ł: 'l', Đ: 'D', đ: 'd', Ħ: 'H', ħ: 'h', ı: 'i' };

/**
 * The standard fonts print WinAnsi (Latin-1 and a few more) only; pdfkit writes anything else as
 * garbage. Other letters lose their accents (ő → o, Ł → L), anything else becomes '?'.
 */
export function printable(text: string): string {
  return [...text.normalize('NFC')]
    .map((c) => {
      if ((c >= ' ' && c <= '~') || (c >= '\u00a0' && c <= '\u00ff') || WIN_ANSI_EXTRAS.has(c)) return c;
      const bare = BARE_LETTERS[c] ?? c.normalize('NFD').replace(/\p{M}/gu, '');
      return /^[ -~]+$/.test(bare) ? bare : '?';
    })
    .join('');
}

export function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
