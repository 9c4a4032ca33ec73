import type { RegisterEntry } from '../../../domain/registers/register-entry';
import { contentHash } from './import-register';

const full: RegisterEntry = {
  entryId: 'E-1',
  action: 'upsert',
  subject: { kind: 'person', country: 'BE', nationalId: '85073003328', companyNumber: '0403170701', givenNames: 'Marie', familyName: 'Dubois', legalName: 'x', birthDate: '1985-07-30', street: 'Rue Haute 5', postalCode: '1000', locality: 'Bruxelles' },
  situation: 'DECEASED',
  legalForm: 'SRL',
  status: 'deceased',
  effectiveFrom: '2025-01-01',
  effectiveTo: '2026-01-01',
  reference: 'RG 2025/123',
  heirsKnown: true,
  contact: 'Me Dumont',
};

/** Every leaf of an entry, as a path and a changed value of the same type. */
function variants(entry: RegisterEntry): Array<[string, RegisterEntry]> {
  const out: Array<[string, RegisterEntry]> = [];
  for (const [key, value] of Object.entries(entry)) {
    if (key === 'action') continue;
    if (key === 'subject') {
      for (const [field, inner] of Object.entries(entry.subject)) out.push([`subject.${field}`, { ...entry, subject: { ...entry.subject, [field]: field === 'kind' ? 'company' : `${inner}-changed` } }]);
    } else {
      out.push([key, { ...entry, [key]: typeof value === 'boolean' ? !value : `${value as string}-changed` }]);
    }
  }
  return out;
}

describe('contentHash', () => {
  it.each(variants(full))('changes when %s changes, so a changed row is never taken for a repeat', (_field, changed) => {
    expect(contentHash(changed)).not.toBe(contentHash(full));
  });

  it('ignores the action and the order the fields were set in', () => {
    const { subject, ...rest } = full;
    const reordered = { ...rest, action: 'remove' as const, subject: Object.fromEntries(Object.entries(subject).reverse()) as unknown as RegisterEntry['subject'] };

    expect(contentHash(reordered)).toBe(contentHash(full));
  });

  it('tells an absent value from an empty one', () => {
    expect(contentHash({ ...full, contact: undefined })).not.toBe(contentHash({ ...full, contact: '' }));
  });
});
