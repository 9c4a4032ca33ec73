import { isCalendarDate } from '../shared/calendar-date';
import { canonicalLanguageTag, isCountryCode } from '../shared/reference-data';
import type { Address, Debtor } from './case-file';
import type { AddressInput, DebtorInput } from './case-file.input';
import { isDiallablePhone, isEmailAddress } from './contact-rules';
import { checkCompanyNumber, checkNationalId, normaliseIdentifier } from './identifiers';
import type { Problems } from './problems';

const MAX_CONTACTS = 10;

/** Checks who the debtor is and how to reach them. Messages never repeat the values: they are personal data. */
export function validateDebtor(input: DebtorInput | undefined, today: string, problems: Problems): Debtor | undefined {
  if (!input || typeof input !== 'object') {
    problems.add('debtor', 'REQUIRED', 'is required');
    return undefined;
  }
  const country = problems.text('debtor.country', input.country, { max: 2 }).toUpperCase();
  if (country && !isCountryCode(country)) problems.add('debtor.country', 'UNKNOWN_COUNTRY', 'must be an ISO 3166-1 alpha-2 country code');
  const languageInput = problems.text('debtor.language', input.language, { max: 35 });
  const language = languageInput ? canonicalLanguageTag(languageInput) : '';
  if (language === undefined) problems.add('debtor.language', 'INVALID_LANGUAGE', 'must be a BCP 47 language tag such as "nl-BE" or "fr"');

  const addresses = (input.addresses ?? []).slice(0, MAX_CONTACTS).map((address, i) => validateAddress(address, `debtor.addresses[${i}]`, problems));
  const phones = list(input.phones, 'debtor.phones', problems);
  phones.forEach((phone, i) => {
    if (phone && !isDiallablePhone(phone, country)) problems.add(`debtor.phones[${i}]`, 'INVALID_PHONE', 'is not a diallable phone number for the debtor country or in E.164');
  });
  const emails = list(input.emails, 'debtor.emails', problems);
  emails.forEach((email, i) => {
    if (email && !isEmailAddress(email)) problems.add(`debtor.emails[${i}]`, 'INVALID_EMAIL', 'is not a valid e-mail address');
  });
  if (addresses.length + phones.length + emails.length === 0) {
    problems.add('debtor', 'NO_CONTACT', 'needs at least one postal address, phone number or e-mail address');
  }
  const contacts = { addresses, phones, emails, language: language ?? '', country };

  if (input.kind === 'person') {
    const birthDate = problems.text('debtor.birthDate', input.birthDate, { required: false, max: 10 });
    if (birthDate && !isCalendarDate(birthDate)) problems.add('debtor.birthDate', 'INVALID_DATE', 'must be a date YYYY-MM-DD');
    else if (birthDate && birthDate >= today) problems.add('debtor.birthDate', 'IN_FUTURE', 'must be in the past');
    const nationalId = problems.text('debtor.nationalId', input.nationalId, { required: false, max: 30 });
    const idProblem = nationalId && country ? checkNationalId(country, nationalId, birthDate || undefined) : null;
    if (idProblem) problems.add('debtor.nationalId', idProblem.code, idProblem.message);
    return {
      kind: 'person',
      givenNames: problems.text('debtor.givenNames', input.givenNames),
      familyName: problems.text('debtor.familyName', input.familyName),
      birthDate,
      nationalId: nationalId && country ? normaliseIdentifier(country, nationalId) : nationalId,
      ...contacts,
    };
  }
  if (input.kind === 'company') {
    const companyNumber = problems.text('debtor.companyNumber', input.companyNumber, { required: false, max: 30 });
    const numberProblem = companyNumber && country ? checkCompanyNumber(country, companyNumber) : null;
    if (numberProblem) problems.add('debtor.companyNumber', numberProblem.code, numberProblem.message);
    return {
      kind: 'company',
      legalName: problems.text('debtor.legalName', input.legalName),
      companyNumber: companyNumber && country ? normaliseIdentifier(country, companyNumber) : companyNumber,
      vatNumber: problems.text('debtor.vatNumber', input.vatNumber, { required: false, max: 30 }).replace(/[\s.-]/g, '').toUpperCase(),
      ...contacts,
    };
  }
  problems.add('debtor.kind', 'INVALID_CHOICE', 'must be "person" or "company"');
  return undefined;
}

function validateAddress(input: AddressInput, path: string, problems: Problems): Address {
  const lines = (Array.isArray(input?.lines) ? input.lines : []).map((line) => (typeof line === 'string' ? line.trim() : '')).filter(Boolean);
  if (lines.length === 0) problems.add(`${path}.lines`, 'REQUIRED', 'needs at least one street line');
  if (lines.length > 4) problems.add(`${path}.lines`, 'TOO_MANY', 'has at most 4 lines');
  const country = problems.text(`${path}.country`, input?.country, { max: 2 }).toUpperCase();
  if (country && !isCountryCode(country)) problems.add(`${path}.country`, 'UNKNOWN_COUNTRY', 'must be an ISO 3166-1 alpha-2 country code');
  return {
    lines,
    postalCode: problems.text(`${path}.postalCode`, input?.postalCode, { max: 16 }),
    locality: problems.text(`${path}.locality`, input?.locality, { max: 100 }),
    region: problems.text(`${path}.region`, input?.region, { required: false, max: 100 }),
    country,
  };
}

function list(values: unknown, path: string, problems: Problems): string[] {
  if (values === undefined || values === null) return [];
  if (!Array.isArray(values)) {
    problems.add(path, 'NOT_A_LIST', 'must be a list');
    return [];
  }
  if (values.length > MAX_CONTACTS) problems.add(path, 'TOO_MANY', `has at most ${MAX_CONTACTS} entries`);
  return values.slice(0, MAX_CONTACTS).map((value, i) => problems.text(`${path}[${i}]`, value, { max: 254 }));
}
