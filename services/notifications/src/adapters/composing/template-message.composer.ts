import { Injectable } from '@nestjs/common';
import { MessageComposer, TemplateMissingError } from '../../application/commands/deliver-due';
import type { Composed } from '../../application/ports/channel.ports';
import type { CaseFacts, CreditorIdentity, Delivery } from '../../application/ports/delivery.ports';
import { belgianStructuredReferenceForCase, creditorReferenceForCase, formatCreditorReference, renderLetterPdf, type LetterDocument } from '../../domain/letters';
import { LANGUAGES, type CaseStatement, type Language, type MessageContext, type MessageKind, type Money } from '../../domain/message';
import {
  composeDigest, createTemplateCatalogue, envelopeSenderLine, REMINDER_PREFIX, formatCalendarDate, formatMoney, localeOf, parseTemplateKey, render, TemplateError, type RenderedMessage, type TemplateCatalogue,
} from '../../domain/templates';
import { sampleContext } from '../../domain/templates/sample-context';
import type { TemplateCountry } from '../../domain/templates/template-wording';
import { AGENCY, LETTER_LABELS } from './agency';

type Balance = { principal: StoredMoney; interest: StoredMoney; costs: StoredMoney; charges: StoredMoney };
type StoredMoney = { amountMinor: string; currency: string };

const toMoney = (stored: StoredMoney | undefined, currency: string): Money => ({ amountMinor: BigInt(stored?.amountMinor ?? '0'), currency: stored?.currency || currency });
const sum = (values: Money[], currency: string): Money => ({ amountMinor: values.reduce((total, value) => total + value.amountMinor, 0n), currency });

/**
 * Words a delivery with the templates (its template key gives the kind, country and channel) and,
 * for letters and e-mails to a debtor, lays the statement out as a PDF: one statement and one
 * payment reference per case, a merged letter carrying several. The catalogue is compiled at
 * start-up: a missing translation stops the service instead of sending a blank letter.
 */
@Injectable()
export class TemplateMessageComposer extends MessageComposer {
  private readonly catalogue: TemplateCatalogue = createTemplateCatalogue();

  async compose(delivery: Delivery, facts: Map<string, CaseFacts>, creditors: Map<string, CreditorIdentity>, now: Date): Promise<Composed> {
    if (delivery.audience === 'creditor') return this.composeForCreditor(delivery, facts, creditors, now);
    try {
      const { kind, country, channel } = parseTemplateKey(delivery.templateKey);
      const language = languageOf(delivery.language);
      const creditorId = facts.get(delivery.caseId)?.creditorId;
      if (delivery.audience === 'debtor' && (!creditorId || !creditors.has(creditorId))) {
        throw new TemplateMissingError(`no identity registered for creditor ${creditorId ?? '(case not known yet)'}: letters must name the creditor (PUT /ops/creditors/{id}/identity)`);
      }
      const context = this.contextOf(delivery, facts, creditors, country, now);
      const rendered = render(this.catalogue, { kind, language, country, channel: delivery.channel === 'letter' ? channel : delivery.channel }, context);
      const pdf = delivery.channel === 'sms' ? undefined : await renderLetterPdf(this.letterOf(rendered, context, language, country, kind === 'FORMAL_NOTICE'));
      return { subject: rendered.subject, text: rendered.text, html: rendered.html, ...(rendered.sms ? { sms: rendered.sms } : {}), ...(pdf ? { pdf } : {}) };
    } catch (error) {
      if (error instanceof TemplateError) throw new TemplateMissingError(error.message);
      throw error;
    }
  }

  /** A message to the creditor (`creditor.<KIND>` keys): what is asked or recommended, about the case, by e-mail. */
  private async composeForCreditor(delivery: Delivery, facts: Map<string, CaseFacts>, creditors: Map<string, CreditorIdentity>, now: Date): Promise<Composed> {
    const kind = delivery.templateKey.replace(/^creditor\./, '') as MessageKind;
    const own = facts.get(delivery.caseId);
    const country = own?.country && ['BE', 'FR', 'DE', 'NL', 'ES', 'SE', 'GB', 'US'].includes(own.country) ? own.country : 'BE';
    const currency = own?.invoices[0]?.currency || 'EUR';
    const principal = { amountMinor: (own?.invoices ?? []).reduce((total, invoice) => total + BigInt(invoice.amountMinor), 0n), currency };
    const zero = { amountMinor: 0n, currency };
    const details = delivery.details as { subjectLine?: string; body?: string; respondBy?: string; remittance?: StoredRemittance; reminder?: boolean };
    const context: MessageContext = {
      agency: AGENCY,
      creditor: creditorOf(own ? creditors.get(own.creditorId) : undefined),
      debtor: { name: own?.debtorName ?? '', kind: own?.debtorKind ?? 'person' },
      statements: [{
        caseId: delivery.caseId, creditorReference: own?.creditorReference ?? '', paymentReference: country === 'BE' ? belgianStructuredReferenceForCase(delivery.caseId) : formatCreditorReference(creditorReferenceForCase(delivery.caseId)),
        invoices: [], principal, interest: zero, costs: zero, charges: zero, paid: zero, balance: principal,
      }],
      totalDue: principal,
      ...(details.respondBy ? { respondBy: details.respondBy } : {}),
      today: now.toISOString().slice(0, 10),
      reference: delivery.id,
      ...(details.subjectLine ? { subjectLine: details.subjectLine } : {}),
      body: details.body ?? '',
      ...(details.remittance ? { remittance: remittanceOf(details.remittance, facts) } : {}),
    };
    try {
      const language = languageOf(delivery.language);
      const rendered = render(this.catalogue, { kind, language, country: country as TemplateCountry, channel: 'email' }, context);
      return { subject: details.reminder ? `${REMINDER_PREFIX[language]} ${rendered.subject}` : rendered.subject, text: rendered.text, html: rendered.html };
    } catch (error) {
      if (error instanceof TemplateError) throw new TemplateMissingError(error.message);
      throw error;
    }
  }

  digest(language: string, messages: Composed[]): Composed {
    return composeDigest(languageOf(language), AGENCY.name, messages);
  }

  /** Any template for a sample case, as an operator previews it (HTML, and the letter as PDF). */
  async preview(request: { kind: MessageKind; language: Language; country: TemplateCountry; channel: 'letter' | 'email' | 'sms' }): Promise<{ rendered: RenderedMessage; pdf?: Buffer }> {
    const context = sampleContext({ country: request.country, cases: 2 });
    const rendered = render(this.catalogue, request, context);
    const pdf = request.channel === 'sms' ? undefined : await renderLetterPdf(this.letterOf(rendered, context, request.language, request.country, request.kind === 'FORMAL_NOTICE'));
    return { rendered, ...(pdf ? { pdf } : {}) };
  }

  private contextOf(delivery: Delivery, facts: Map<string, CaseFacts>, creditors: Map<string, CreditorIdentity>, country: string, now: Date): MessageContext {
    const own = facts.get(delivery.caseId);
    const currency = (delivery.details['balance'] as Balance | undefined)?.principal.currency || 'EUR';
    const cases = [{ caseId: delivery.caseId, balance: delivery.details['balance'] as Balance | undefined }, ...((delivery.details['mergedCases'] as Array<{ caseId: string; balance: Balance }> | undefined) ?? [])];
    const statements: CaseStatement[] = cases.map(({ caseId, balance }) => {
      const caseFacts = facts.get(caseId);
      const parts = [toMoney(balance?.principal, currency), toMoney(balance?.interest, currency), toMoney(balance?.costs, currency), toMoney(balance?.charges, currency)];
      return {
        caseId,
        creditorReference: caseFacts?.creditorReference ?? '',
        paymentReference: country === 'BE' ? belgianStructuredReferenceForCase(caseId) : formatCreditorReference(creditorReferenceForCase(caseId)),
        invoices: (caseFacts?.invoices ?? []).map((invoice) => ({ number: invoice.number, issueDate: invoice.issueDate, dueDate: invoice.dueDate, amount: { amountMinor: BigInt(invoice.amountMinor), currency: invoice.currency } })),
        principal: parts[0]!, interest: parts[1]!, costs: parts[2]!, charges: parts[3]!, paid: { amountMinor: 0n, currency },
        balance: sum(parts, currency),
      };
    });
    const address = delivery.details['address'] as { lines: string[]; postalCode: string; locality: string; country: string } | null | undefined;
    const debtorName = own?.debtorName || 'Madame, Monsieur';
    // A debtor represented by a lawyer, administrator or estate notary: dunning gave the representative's
    // address, so the letter goes to the debtor in care of them (the postal "c/o"), naming both.
    const representative = (delivery.details['representative'] as { name: string } | null | undefined)?.name;
    const respondBy = (delivery.details['respondBy'] as string | undefined) || addDays(now, 14);
    return {
      agency: AGENCY,
      // The creditor's identity as the agency registered it; without it, a letter the law wants it on cannot be worded.
      creditor: creditorOf(own ? creditors.get(own.creditorId) : undefined),
      debtor: { name: debtorName, kind: own?.debtorKind ?? 'person', ...(address ? { address: { name: debtorName, ...address, lines: representative ? [`c/o ${representative}`, ...address.lines] : address.lines } } : {}) },
      statements,
      totalDue: sum(statements.map((statement) => statement.balance), currency),
      respondBy,
      today: now.toISOString().slice(0, 10),
      reference: delivery.actionId || delivery.id,
    };
  }

  private letterOf(rendered: RenderedMessage, context: MessageContext, language: Language, country: string, formalNotice: boolean): LetterDocument {
    const locale = localeOf(language, country as never);
    const labels = LETTER_LABELS[language];
    const recipient = context.debtor.address ?? { name: context.debtor.name, lines: [], postalCode: '', locality: '', country };
    return {
      language,
      locale,
      labels: labels.layout,
      agency: { name: AGENCY.name, addressLines: [...AGENCY.address.lines, `${AGENCY.address.postalCode} ${AGENCY.address.locality}`], phone: AGENCY.phone, email: AGENCY.email, website: AGENCY.website, enterpriseNumber: AGENCY.enterpriseNumber, iban: AGENCY.iban, bic: AGENCY.bic },
      senderLine: envelopeSenderLine(country as never, AGENCY.name, language),
      recipient: { name: recipient.name, lines: recipient.lines, postalCode: recipient.postalCode, locality: recipient.locality, country: recipient.country === country ? '' : recipient.country },
      date: formatCalendarDate(context.today, locale),
      reference: context.reference,
      subject: rendered.subject,
      paragraphs: rendered.paragraphs,
      statements: context.statements.map((statement) => ({
        title: `${context.creditor.name} — ${statement.creditorReference}`,
        rows: [
          { label: labels.principal, amount: formatMoney(statement.principal, locale) },
          { label: labels.interest, amount: formatMoney(statement.interest, locale) },
          { label: labels.costs, amount: formatMoney(statement.costs, locale) },
          { label: labels.charges, amount: formatMoney(statement.charges, locale) },
        ],
        total: { label: labels.total, amount: formatMoney(statement.balance, locale) },
        paymentReference: statement.paymentReference,
      })),
      paymentInstructions: { iban: AGENCY.iban, bic: AGENCY.bic, beneficiary: AGENCY.name, lines: [labels.payWith] },
      closing: [labels.closing, AGENCY.name],
      ...(formalNotice ? { instalmentRequestForm: labels.form } : {}),
      footer: `${AGENCY.name} · ${AGENCY.enterpriseNumber} · ${AGENCY.website}`,
      createdAt: new Date(`${context.today}T00:00:00Z`),
    } as LetterDocument;
  }
}

type StoredRemittanceLine = { caseId: string; collected: StoredMoney; commission: StoredMoney; costs: StoredMoney; paidOut: StoredMoney };
type StoredRemittance = { remittanceId: string; paidOn: string; lines: StoredRemittanceLine[]; collected: StoredMoney; commission: StoredMoney; costs: StoredMoney; paidOut: StoredMoney };

function remittanceOf(stored: StoredRemittance, facts: Map<string, CaseFacts>): NonNullable<MessageContext['remittance']> {
  const currency = stored.paidOut.currency;
  return {
    remittanceId: stored.remittanceId,
    paidOn: stored.paidOn,
    lines: stored.lines.map((line) => ({
      caseId: line.caseId, creditorReference: facts.get(line.caseId)?.creditorReference ?? '',
      collected: toMoney(line.collected, currency), commission: toMoney(line.commission, currency), costs: toMoney(line.costs, currency), paidOut: toMoney(line.paidOut, currency),
    })),
    collected: toMoney(stored.collected, currency), commission: toMoney(stored.commission, currency), costs: toMoney(stored.costs, currency), paidOut: toMoney(stored.paidOut, currency),
  };
}

function creditorOf(identity: CreditorIdentity | undefined): MessageContext['creditor'] {
  if (!identity) return { name: '' };
  return { name: identity.name, enterpriseNumber: identity.enterpriseNumber, address: { name: identity.name, ...identity.address } };
}

function languageOf(tag: string): Language {
  const base = tag.slice(0, 2).toLowerCase();
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : 'en';
}

const addDays = (now: Date, days: number) => new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
