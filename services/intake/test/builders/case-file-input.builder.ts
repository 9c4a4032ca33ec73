import type { CaseFileInput } from '../../src/domain/case-file/case-file.input';

/**
 * A complete, valid B2C case against a Belgian person, overdue on 2026-11-22 (the date the
 * specs check against). Each spec changes only what it is about.
 */
export function aCaseFileInput(overrides: Partial<CaseFileInput> = {}): CaseFileInput {
  return {
    creditorReference: 'ACME-2026-000123',
    category: 'B2C',
    currency: 'EUR',
    debtor: {
      kind: 'person',
      givenNames: 'Marie',
      familyName: 'Dubois',
      birthDate: '1985-07-30',
      nationalId: '85.07.30-033.28',
      addresses: [{ lines: ['Rue de la Loi 16'], postalCode: '1000', locality: 'Bruxelles', country: 'BE' }],
      phones: ['+32 470 12 34 56'],
      emails: ['marie.dubois@example.be'],
      language: 'fr-BE',
      country: 'BE',
    },
    invoices: [
      { number: 'INV-1', issueDate: '2026-07-01', dueDate: '2026-07-31', principalMinor: 125_000, currency: 'EUR' },
      { number: 'INV-2', issueDate: '2026-08-01', dueDate: '2026-08-31', principalMinor: 40_050, currency: 'EUR' },
    ],
    interestRateBp: 800,
    interestMinor: 1_520,
    costsMinor: 4_000,
    partialPayments: [{ paidOn: '2026-09-15', amountMinor: 20_000, currency: 'EUR', reference: 'PAY-77' }],
    ...overrides,
  };
}

/** A valid B2B case against a Belgian company. */
export function aCompanyCaseFileInput(overrides: Partial<CaseFileInput> = {}): CaseFileInput {
  return aCaseFileInput({
    creditorReference: 'ACME-2026-B2B-1',
    category: 'B2B',
    debtor: {
      kind: 'company',
      legalName: 'Brasserie Dubois SRL',
      companyNumber: '0403.170.701',
      vatNumber: 'BE 0403.170.701',
      addresses: [{ lines: ['Chaussée de Wavre 100'], postalCode: '1050', locality: 'Ixelles', country: 'BE' }],
      phones: ['+3225551234'],
      emails: ['compta@brasserie-dubois.example'],
      language: 'fr',
      country: 'BE',
    },
    ...overrides,
  });
}

export const TODAY = '2026-11-22';
