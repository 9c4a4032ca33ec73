import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { formalNoticeFixture } from './formal-notice.fixture';
import type { LetterDocument } from './letter-document';
import { LetterContentInvalidError } from './letter-errors';
import { LETTER_GEOMETRY as G, contains, ptToMm } from './letter-layout';
import { type RenderedLetter, renderLetter, renderLetterPdf } from './render-letter';

// Reads the PDFs back with poppler-utils (pdftotext, pdftoppm), which tools/platform.sh installs.
const run = promisify(execFile);
const ARTIFACTS = resolve(__dirname, '../../../test/artifacts');

interface Word {
  page: number;
  text: string;
  /** mm from the top-left corner */
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

let workDir: string;
beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'letters-'));
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

async function writePdf(name: string, pdf: Buffer): Promise<string> {
  const path = join(workDir, `${name}.pdf`);
  await writeFile(path, pdf);
  return path;
}

/** `pdftotext -layout`, one string per page, no-break spaces as spaces. */
async function pagesOf(pdfPath: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', pdfPath, '-']);
  return stdout.replace(/\u00a0/g, ' ').split('\f').slice(0, -1);
}

/** Every word with its glyph box, from `pdftotext -bbox`, in mm. */
async function wordsOf(pdfPath: string): Promise<Word[]> {
  const { stdout } = await run('pdftotext', ['-bbox', '-enc', 'UTF-8', pdfPath, '-']);
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };
  return stdout.split(/<page /).slice(1).flatMap((page, index) =>
    [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      page: index + 1,
      text: m[5].replace(/&(amp|lt|gt|quot|apos|#39);/g, (_, name: string) => entities[name]),
      xMin: ptToMm(Number(m[1])),
      yMin: ptToMm(Number(m[2])),
      xMax: ptToMm(Number(m[3])),
      yMax: ptToMm(Number(m[4])),
    })),
  );
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('a merged formal notice with the instalment request form, read back with poppler', () => {
  const letter = formalNoticeFixture();
  let rendered: RenderedLetter;
  let pdfPath: string;
  let pages: string[];
  let text: string;

  beforeAll(async () => {
    rendered = await renderLetter(letter);
    pdfPath = await writePdf('formal-notice', rendered.pdf);
    pages = await pagesOf(pdfPath);
    text = flat(pages.join('\n'));
  });

  it('is a PDF whose text has no character the fonts could not print', () => {
    expect(rendered.pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(rendered.unrepresentable).toEqual([]);
  });

  it('prints the subject, the key phrases of every paragraph and the closing', () => {
    expect(text).toContain('Mise en demeure – recouvrement amiable de deux créances');
    for (const phrase of [
      'Madame,',
      'société de recouvrement amiable',
      'Électricité Wallonne SA et Hôpital Saint-Léon ASBL',
      'Il s’agit d’un recouvrement amiable et non d’une procédure judiciaire',
      'délai de quinze jours',
      'déclaration de vos revenus et de vos charges',
      'communication structurée indiquée',
      'Nous vous prions d’agréer',
      'Sophie Verhaegen',
    ]) {
      expect(text).toContain(phrase);
    }
  });

  it('prints each statement with its rows, its total and its own payment reference, then the bank details', () => {
    expect(text).toMatch(/Électricité Wallonne SA – contrat 7731-55 .*Solde à payer 418,40 € Communication structurée : \+\+\+010\/8068\/17183\+\+\+/);
    expect(text).toMatch(/Hôpital Saint-Léon ASBL – séjour du 4 août 2025 .*Solde à payer 1 369,32 € Communication structurée : \+\+\+120\/0786\/55379\+\+\+/);
    expect(text).toContain('Paiements reçus -50,00 €');
    expect(text).toMatch(/Bénéficiaire Créances & Conseil SRL – compte de tiers IBAN BE71 0961 2345 6769 BIC GKCCBEBB/);
  });

  it('right-aligns the amounts on the right margin', async () => {
    const euros = (await wordsOf(pdfPath)).filter((word) => word.page === 1 && word.text === '€' && word.yMin > G.firstPageBodyTop);
    expect(euros.length).toBeGreaterThanOrEqual(9);
    for (const euro of euros) expect(euro.xMax).toBeCloseTo(G.text.right, 0);
  });

  it('prints the letterhead, date, reference and the recipient address with its accents intact', () => {
    const first = flat(pages[0]);
    for (const line of ['Créances & Conseil SRL', 'Bruxelles, le 3 mars 2026', 'Notre référence : MD-2026-000417', 'BCE 0123.456.749']) {
      expect(first).toContain(line);
    }
    const lines = pages[0].split('\n').map((line) => line.trim());
    expect(lines).toEqual(expect.arrayContaining(['Madame Françoise Dübois-Müller', "Rue de l'Église 12 boîte 3", '4000 Liège']));
    for (const word of ['échéance', 'Intérêts', 'reçus', 'Hôpital', 'août', 'Économie', '« lu et approuvé »', 'Énergie', 'téléphone']) {
      expect(text).toContain(word);
    }
  });

  it('puts the form on its own last page, after the letter', () => {
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(rendered.layout.pageCount).toBe(pages.length);
    expect(rendered.layout.formPage).toBe(pages.length);
    const title = 'Demande de plan de paiement et déclaration de revenus et de charges';
    expect(flat(pages[pages.length - 1])).toContain(title);
    expect(flat(pages[pages.length - 1])).toContain('Montant mensuel que je propose de payer');
    expect(flat(pages[pages.length - 1])).toContain('Notre référence : MD-2026-000417 · Madame Françoise Dübois-Müller');
    pages.slice(0, -1).forEach((page) => expect(flat(page)).not.toContain(title));
  });

  it('numbers the pages "Page x / y" and repeats the footer on each', () => {
    pages.forEach((page, index) => {
      expect(page).toContain(`Page ${index + 1} / ${pages.length}`);
      expect(flat(page)).toContain('Ceci est un recouvrement amiable, pas une procédure judiciaire.');
    });
  });

  it('sets the sender line and the address inside the envelope window, as computed and as printed', async () => {
    const { window } = rendered.layout;
    expect(window.window).toEqual({ x: 20, y: 45, width: 85, height: 45 });
    expect(contains(window.window, window.senderLine.box)).toBe(true);
    expect(contains(window.window, window.recipient.box)).toBe(true);
    expect(window.senderLine.box.y + window.senderLine.box.height).toBeLessThanOrEqual(window.recipient.box.y);
    expect(window.recipient.box.y).toBeCloseTo(62.7, 5);
    const firstPage = (await wordsOf(pdfPath)).filter((word) => word.page === 1);
    const addressWords = ['Françoise', 'Dübois-Müller', "l'Église", 'boîte', '4000', 'Liège', 'C&C', '1050'].map((needle) => {
      const found = firstPage.find((word) => word.text === needle && word.yMin > G.addressWindow.y);
      if (!found) throw new Error(`${needle} not printed in the window region`);
      return found;
    });
    for (const word of addressWords) {
      expect(contains(G.addressWindow, { x: word.xMin, y: word.yMin, width: word.xMax - word.xMin, height: word.yMax - word.yMin })).toBe(true);
    }
  });

  it('pictures the first page as an A4 PNG in test/artifacts', async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    const root = join(ARTIFACTS, 'formal-notice-page1');
    await run('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', '-singlefile', pdfPath, root]);
    const png = await readFile(`${root}.png`);
    expect((await stat(`${root}.png`)).size).toBeGreaterThan(10 * 1024);
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(height / width).toBeCloseTo(297 / 210, 2);
  });
});

describe('a long letter', () => {
  const long = (): LetterDocument => {
    const base = formalNoticeFixture();
    return {
      ...base,
      paragraphs: Array.from({ length: 24 }, (_, i) => `Paragraphe ${i + 1}. ${base.paragraphs[1 + (i % 4)]}`),
      statements: Array.from({ length: 6 }, (_, i) => ({
        ...base.statements[i % 2],
        title: `Dossier ${i + 1} – ${base.statements[i % 2].title}`,
        rows: Array.from({ length: 8 }, (_, r) => ({ label: `Facture ${i + 1}-${r + 1} échue`, amount: `${100 + r},00 €` })),
      })),
    };
  };

  it('flows onto further pages without any text reaching into the footer', async () => {
    const rendered = await renderLetter(long());
    const pdfPath = await writePdf('long', rendered.pdf);
    const pages = await pagesOf(pdfPath);
    expect(pages.length).toBeGreaterThan(4);
    for (const section of rendered.layout.sections) expect(section.bottom).toBeLessThanOrEqual(G.bodyBottom + 1e-6);
    for (const section of rendered.layout.sections.filter((s) => s.kind === 'statement')) expect(section.endPage).toBe(section.startPage);
    const words = await wordsOf(pdfPath);
    const inTheGap = words.filter((word) => word.yMax > G.bodyBottom && word.yMin < G.footer.y);
    expect(inTheGap).toEqual([]);
    pages.forEach((page, index) => expect(page).toContain(`Page ${index + 1} / ${pages.length}`));
    expect(flat(pages.join(' '))).toContain('Paragraphe 24.');
    expect(flat(pages.join(' '))).toContain('Dossier 6 –');
  });
});

describe('a statement longer than a page', () => {
  it('breaks between rows, repeats its title on the next page and keeps every row', async () => {
    const base = formalNoticeFixture();
    const rows = Array.from({ length: 70 }, (_, r) => ({ label: `Facture mensuelle n° ${r + 1}`, amount: `${10 + r},00 €` }));
    const rendered = await renderLetter({ ...base, statements: [{ ...base.statements[0], title: 'Relevé détaillé', rows }] });
    const pdfPath = await writePdf('long-statement', rendered.pdf);
    const text = flat((await pagesOf(pdfPath)).join(' '));
    const statement = rendered.layout.sections.find((section) => section.kind === 'statement')!;
    expect(statement.endPage).toBeGreaterThan(statement.startPage);
    expect(text.match(/Relevé détaillé/g)).toHaveLength(statement.endPage - statement.startPage + 1);
    for (const row of rows) expect(text).toContain(`${row.label} ${row.amount}`);
    expect((await wordsOf(pdfPath)).filter((word) => word.yMax > G.bodyBottom && word.yMin < G.footer.y)).toEqual([]);
  });
});

describe('characters', () => {
  const withParagraphs = (paragraphs: string[]): LetterDocument => ({ ...formalNoticeFixture(), paragraphs, instalmentRequestForm: undefined });

  it('round-trips the accented letters of fr, nl, de, es and sv through the standard fonts', async () => {
    const words = {
      fr: ['créancier', 'échéance', 'à', 'très', 'forêt', 'Noël', 'reçu', 'hôtel', 'où', 'cœur'],
      nl: ['geïnd', 'één', 'financiële', 'geërfd', 'café'],
      de: ['Überweisung', 'Gebühren', 'Straße', 'Zahlungsfähigkeit', 'Mahnbescheid', 'Ölheizung', '„Mahnung“'],
      es: ['señora', 'Núñez', 'año', 'información', 'gestión', '¿pagará?', '¡gracias!'],
      sv: ['Påminnelse', 'förfallodag', 'Räntelagen', 'Ångström', 'Øresund', 'kräver'],
    };
    const rendered = await renderLetter(withParagraphs(Object.values(words).map((list) => list.join(' '))));
    expect(rendered.unrepresentable).toEqual([]);
    const text = flat((await pagesOf(await writePdf('accents', rendered.pdf))).join(' '));
    for (const word of Object.values(words).flat()) expect(text).toContain(word);
  });

  it('prints characters outside WinAnsi as ? and reports them, instead of failing or printing garbage', async () => {
    const rendered = await renderLetter(withParagraphs(['Łódź, Kőszeg, Timișoara: ok. Ελλάδα 😀 Москва: no.', 'Tab\there, minus \u2212 5 and 1\u202f234,56\u00a0€.']));
    expect(rendered.unrepresentable).toEqual(['Ε', 'λ', 'ά', 'δ', 'α', '😀', 'М', 'о', 'с', 'к', 'в', 'а']);
    const text = flat((await pagesOf(await writePdf('outside-win-ansi', rendered.pdf))).join(' '));
    expect(text).toContain('Lódz, Koszeg, Timisoara: ok. ?????? ? ??????: no.');
    expect(text).toContain('Tab here, minus - 5 and 1 234,56 €.');
  });
});

describe('determinism', () => {
  afterEach(() => jest.useRealTimers());

  it('renders the same letter issued at the same instant to the same bytes, whatever the time of rendering', async () => {
    // Dates are made after faking the clock: pdfkit recognises a date with `instanceof Date`, the faked class.
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'], now: new Date('2026-03-03T10:00:00Z') });
    const issued = () => ({ ...formalNoticeFixture(), createdAt: new Date('2026-03-03T09:00:00Z') });
    const first = await renderLetterPdf(issued());
    const undated = await renderLetterPdf(formalNoticeFixture());
    jest.setSystemTime(new Date('2026-03-04T10:00:00Z'));
    const second = await renderLetterPdf(issued());
    const undatedLater = await renderLetterPdf(formalNoticeFixture());
    expect(first.equals(second)).toBe(true);
    expect(undated.equals(undatedLater)).toBe(false); // pdfkit's own stamp: the reason createdAt exists
  });
});

describe('refusals', () => {
  it('refuses an address that cannot show whole through the window', async () => {
    const letter = formalNoticeFixture();
    letter.recipient.lines = ['Bâtiment A', 'Escalier 2', '3e étage', 'Appartement 32', 'Résidence du Parc', 'Allée des Tilleuls 5', 'Lieu-dit Les Prés'];
    await expect(renderLetterPdf(letter)).rejects.toBeInstanceOf(LetterContentInvalidError);
  });
});
