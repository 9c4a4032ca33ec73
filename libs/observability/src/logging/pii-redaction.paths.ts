/**
 * Keys that hold debtor personal data in our payloads. Logs carry ids, never these values
 * (DESIGN.md §4), but a DTO or an error object logged whole would otherwise leak them.
 * camelCase as used in TypeScript, snake_case as found in rows and third-party payloads.
 */
export const PII_KEYS: readonly string[] = [
  'name',
  'firstName',
  'first_name',
  'lastName',
  'last_name',
  'fullName',
  'full_name',
  'address',
  'addresses',
  'street',
  'postcode',
  'postalCode',
  'postal_code',
  'phone',
  'phones',
  'phoneNumber',
  'phone_number',
  'email',
  'emails',
  'emailAddress',
  'email_address',
  'iban',
  'birthDate',
  'birth_date',
  'dateOfBirth',
  'date_of_birth',
  'nationalId',
  'national_id',
  'companyNumber',
  'company_number',
];

/** Redact a key at the top level and nested up to this many objects deep. */
export const PII_REDACTION_DEPTH = 3;

export const REDACTED = '[redacted]';

/**
 * pino redaction paths for every PII key at depth 0..PII_REDACTION_DEPTH (`email`, `*.email`,
 * `*.*.email`, `*.*.*.email`). pino cannot express "any depth", and each extra level costs on
 * every log call, so depth is bounded.
 */
export function piiRedactionPaths(keys: readonly string[] = PII_KEYS, depth = PII_REDACTION_DEPTH): string[] {
  const paths: string[] = [];
  for (let level = 0; level <= depth; level += 1) {
    const prefix = '*.'.repeat(level);
    for (const key of keys) paths.push(`${prefix}${key}`);
  }
  return paths;
}
