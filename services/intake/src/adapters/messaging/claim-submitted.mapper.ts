import { DebtCategory, type ClaimSubmitted, type Money } from '@collections/contracts';
import type { CaseFileInput, DebtorInput } from '../../domain/case-file/case-file.input';

const CATEGORIES: Partial<Record<DebtCategory, string>> = { [DebtCategory.CONSUMER]: 'B2C', [DebtCategory.COMMERCIAL]: 'B2B' };

/**
 * A ClaimSubmitted read as a case file. The claim has no case currency of its own: the first
 * invoice's currency is the case's, and every other amount must match it (CURRENCY_MISMATCH).
 * An amount without a currency takes the case's, as protobuf leaves an unset message empty.
 */
export function claimToCaseFile(claim: ClaimSubmitted): CaseFileInput {
  const sheet = claim.accountingSheet;
  const currency = sheet?.invoices[0]?.principal?.currency ?? '';
  const amount = (money: Money | undefined) => (money ? String(money.amountMinor) : undefined);
  const party = claim.debtor?.party;
  const debtor: DebtorInput = {
    kind: party?.case ?? '',
    ...(party?.case === 'person' ? { givenNames: party.value.givenNames, familyName: party.value.familyName, birthDate: party.value.birthDate || undefined, nationalId: party.value.nationalId || undefined } : {}),
    ...(party?.case === 'company' ? { legalName: party.value.legalName, companyNumber: party.value.companyNumber || undefined, vatNumber: party.value.vatNumber || undefined } : {}),
    addresses: claim.debtor?.addresses.map((address) => ({ lines: address.lines, postalCode: address.postalCode, locality: address.locality, region: address.region, country: address.country })),
    phones: claim.debtor?.phones,
    emails: claim.debtor?.emails,
    language: claim.debtor?.language ?? '',
    country: claim.debtor?.country ?? '',
  };
  return {
    creditorReference: claim.creditorReference,
    category: CATEGORIES[claim.category] ?? '',
    currency,
    debtor,
    invoices: (sheet?.invoices ?? []).map((invoice) => ({
      number: invoice.number,
      issueDate: invoice.issueDate,
      dueDate: invoice.dueDate,
      principalMinor: amount(invoice.principal) ?? '',
      currency: invoice.principal?.currency || currency,
    })),
    interestRateBp: sheet?.interestRateBp ?? 0,
    interestMinor: amount(sheet?.interest),
    costsMinor: amount(sheet?.costs),
    partialPayments: (sheet?.partialPayments ?? []).map((payment) => ({
      paidOn: payment.paidOn,
      amountMinor: amount(payment.amount) ?? '',
      currency: payment.amount?.currency || currency,
      reference: payment.reference,
    })),
  };
}

const snake = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

const PERSON_FIELDS = new Set(['givenNames', 'familyName', 'birthDate', 'nationalId']);
const COMPANY_FIELDS = new Set(['legalName', 'companyNumber', 'vatNumber']);

/**
 * A case-file path as the claim contract names it, so the channel can find the field in what it
 * sent: `invoices[2].dueDate` → `accounting_sheet.invoices[2].due_date`,
 * `debtor.nationalId` → `debtor.person.national_id`.
 */
export function claimFieldPath(path: string): string {
  const debtorField = /^debtor\.(\w+)$/.exec(path)?.[1];
  if (debtorField && PERSON_FIELDS.has(debtorField)) return `debtor.person.${snake(debtorField)}`;
  if (debtorField && COMPANY_FIELDS.has(debtorField)) return `debtor.company.${snake(debtorField)}`;
  if (path === 'debtor.kind') return 'debtor.party';
  if (path === 'currency') return 'accounting_sheet.invoices[0].principal.currency';
  const sheet = path
    .replace(/^invoices(\[\d+\])\.principalMinor$/, 'invoices$1.principal.amount_minor')
    .replace(/^invoices(\[\d+\])\.currency$/, 'invoices$1.principal.currency')
    .replace(/^partialPayments(\[\d+\])\.amountMinor$/, 'partialPayments$1.amount.amount_minor')
    .replace(/^partialPayments(\[\d+\])\.currency$/, 'partialPayments$1.amount.currency')
    .replace(/^interestMinor$/, 'interest.amount_minor')
    .replace(/^costsMinor$/, 'costs.amount_minor')
    .replace(/^interestRateBp$/, 'interest_rate_bp');
  const inSheet = /^(invoices|partialPayments|interest|costs|interest_rate_bp)/.test(sheet);
  const snaked = sheet.split('.').map((part) => part.replace(/^(\w+)/, (name) => snake(name))).join('.');
  return inSheet ? `accounting_sheet.${snaked}` : snaked;
}
