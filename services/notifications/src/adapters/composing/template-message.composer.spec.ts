import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CaseFacts, CreditorIdentity, Delivery } from '../../application/ports/delivery.ports';
import { belgianStructuredReferenceForCase } from '../../domain/letters';
import { mandatoryMentions, mentionText } from '../../domain/templates';
import { LETTER_LABELS } from './agency';
import { TemplateMessageComposer } from './template-message.composer';

const CASE = '6f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f';
const CREDITOR = '0c1d2e3f-4a5b-4c6d-8e7f-9a8b7c6d5e4f';
const money = (amountMinor: string) => ({ amountMinor, currency: 'EUR' });
const facts = new Map<string, CaseFacts>([[CASE, { creditorId: CREDITOR, creditorName: '', creditorReference: 'INV-2026-0042', debtorName: 'Hélène Dubois', debtorKind: 'person', country: 'BE', invoices: [{ number: 'F-1001', issueDate: '2026-08-01', dueDate: '2026-09-01', amountMinor: '123456', currency: 'EUR' }] }]]);
const creditors = new Map<string, CreditorIdentity>([[CREDITOR, { name: 'Brasserie Lambic SA', enterpriseNumber: 'BE 0403.170.701', address: { lines: ['Rue du Lombard 10'], postalCode: '1000', locality: 'Bruxelles', country: 'BE' } }]]);

const formalNotice = (language: string): Delivery => ({
  id: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d', requestKey: 'action:1', caseId: CASE, actionId: 'a-1', audience: 'debtor', channel: 'letter', recipient: 'Rue Haute 5, 1000 Bruxelles, BE',
  templateKey: 'be.b2c.formal-notice', language, attempts: 0,
  details: { address: { lines: ['Rue Haute 5'], postalCode: '1000', locality: 'Bruxelles', country: 'BE' }, balance: { principal: money('123456'), interest: money('1250'), costs: money('0'), charges: money('6500') }, respondBy: '2026-12-15', mergedCases: [] },
});

describe('TemplateMessageComposer: a Belgian formal notice as PDF', () => {
  const dir = mkdtempSync(join(tmpdir(), 'formal-notice-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(['fr', 'nl'])('in %s carries every mandatory mention, the balance, the structured reference and the instalment form', async (language) => {
    const composed = await new TemplateMessageComposer().compose(formalNotice(language), facts, creditors, new Date('2026-11-23T09:00:00Z'));
    const file = join(dir, `${language}.pdf`);
    writeFileSync(file, composed.pdf!);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

    for (const key of mandatoryMentions('FORMAL_NOTICE', 'BE')) expect(text).toContain(mentionText(key, language as 'fr').replace(/\s+/g, ' '));
    expect(text).toContain(belgianStructuredReferenceForCase(CASE));
    expect(text).toMatch(language === 'fr' ? /1\s?312,06\s?€/ : /€\s?1\.312,06/);
    expect(text).toContain('Hélène Dubois');
    expect(text).toContain('Brasserie Lambic SA');
    expect(text).toContain(LETTER_LABELS[language as 'fr'].form.title);
  });

  it('sends the letter of a represented debtor in care of the representative, at their address', async () => {
    const toLawyer: Delivery = { ...formalNotice('fr'), details: { ...formalNotice('fr').details, address: { lines: ['Avenue Louise 54'], postalCode: '1050', locality: 'Ixelles', country: 'BE' }, representative: { name: 'Me Claire Janssens' } } };
    const composed = await new TemplateMessageComposer().compose(toLawyer, facts, creditors, new Date('2026-11-23T09:00:00Z'));
    const file = join(dir, 'represented.pdf');
    writeFileSync(file, composed.pdf!);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

    expect(text).toMatch(/Hélène Dubois c\/o Me Claire Janssens Avenue Louise 54 1050 Ixelles/);
    expect(text).not.toContain('Rue Haute 5');
  });

  it('refuses to word a letter whose creditor the agency has not registered, rather than send it without the identity the law asks for', async () => {
    await expect(new TemplateMessageComposer().compose(formalNotice('fr'), facts, new Map(), new Date('2026-11-23T09:00:00Z'))).rejects.toThrow(/creditor/);
  });
});
