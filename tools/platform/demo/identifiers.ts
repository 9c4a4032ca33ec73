import type { SeededRandom } from './seeded-random';
import type { DemoCountry } from './reference-data';

/**
 * Valid-looking national and company identifiers for the demo's debtors: where intake checks check
 * digits (BE, FR, ES, NL, SE), the numbers pass those checks; elsewhere they have the usual shape.
 * The arithmetic is written here from the published rules, not imported from intake: the demo only
 * drives the platform through its public edges (the specs check the results with intake's own rules).
 */

const mod97 = (digits: string): number => Number(BigInt(digits) % 97n);

/** Luhn check digit to append to `payload`. */
export function luhnDigit(payload: string): number {
  let sum = 0;
  let double = true;
  for (let i = payload.length - 1; i >= 0; i -= 1) {
    let digit = Number(payload[i]) * (double ? 2 : 1);
    if (digit > 9) digit -= 9;
    sum += digit;
    double = !double;
  }
  return (10 - (sum % 10)) % 10;
}

const pad = (value: number, length: number): string => String(value).padStart(length, '0');

export interface PersonIdentity {
  /** YYYY-MM-DD. */
  birthDate: string;
  /** Written the way people write it in that country; absent where no such number is usually given. */
  nationalId?: string;
}

/** A national identifier for a person born on `birthDate` (YYYY-MM-DD) of `sex`. */
export function nationalIdFor(country: DemoCountry, birthDate: string, sex: 'F' | 'M', random: SeededRandom): string | undefined {
  const [year, month, day] = birthDate.split('-').map(Number) as [number, number, number];
  const yy = pad(year % 100, 2);
  const mm = pad(month, 2);
  const dd = pad(day, 2);
  switch (country) {
    case 'BE': {
      // YYMMDD, a serial odd for men and even for women, 97 - (payload mod 97); '2' before the payload from 2000 on.
      let serial = random.int(1, 498) * 2 - (sex === 'M' ? 1 : 0);
      if (serial < 1) serial = 2;
      const payload = `${yy}${mm}${dd}${pad(serial, 3)}`;
      const check = 97 - mod97(year >= 2000 ? `2${payload}` : payload);
      return `${yy}.${mm}.${dd}-${pad(serial, 3)}.${pad(check, 2)}`;
    }
    case 'FR': {
      // NIR: sex, YY, MM, department (01–95 without 20), commune, order, key = 97 - (13 digits mod 97).
      let department = random.int(1, 95);
      if (department === 20) department = 21;
      const body = `${sex === 'M' ? 1 : 2}${yy}${mm}${pad(department, 2)}${pad(random.int(1, 990), 3)}${pad(random.int(1, 999), 3)}`;
      const key = 97 - mod97(body);
      return `${body[0]} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10, 13)} ${pad(key, 2)}`;
    }
    case 'ES': {
      // DNI: 8 digits and 'TRWAGMYFPDXBNJZSQVHLCKE'[n mod 23].
      const number = random.int(10_000_000, 79_999_999);
      return `${number}${'TRWAGMYFPDXBNJZSQVHLCKE'[number % 23]}`;
    }
    case 'NL': {
      // BSN: 9·d1 + 8·d2 + … + 2·d8 − d9 divisible by 11.
      for (;;) {
        const head = `${random.int(1, 6)}${random.digits(7)}`;
        let sum = 0;
        for (let i = 0; i < 8; i += 1) sum += (9 - i) * Number(head[i]);
        const last = sum % 11;
        if (last <= 9) return `${head}${last}`;
      }
    }
    case 'SE': {
      // Personnummer YYMMDD-NNNC: C the Luhn digit of YYMMDDNNN; the third N odd for men, even for women.
      const serial = `${random.digits(2)}${(random.int(0, 4) * 2 + (sex === 'M' ? 1 : 0)) % 10}`;
      const payload = `${yy}${mm}${dd}${serial}`;
      return `${yy}${mm}${dd}-${serial}${luhnDigit(payload)}`;
    }
    default:
      // DE, GB, US: creditors rarely hold such a number for a consumer; none is given.
      return undefined;
  }
}

export interface CompanyIdentity {
  companyNumber: string;
  vatNumber?: string;
}

/** A company registration number (and VAT number) for a company registered in `country`. */
export function companyIdentityFor(country: DemoCountry, random: SeededRandom): CompanyIdentity {
  switch (country) {
    case 'BE': {
      // Enterprise number 0NNN.NNN.NCC: the last two = 97 - (first eight mod 97).
      const head = `0${random.int(200, 899)}${random.digits(4)}`;
      const number = `${head}${pad(97 - mod97(head), 2)}`;
      return { companyNumber: `${number.slice(0, 4)}.${number.slice(4, 7)}.${number.slice(7)}`, vatNumber: `BE${number}` };
    }
    case 'FR': {
      // SIREN: 8 digits and a Luhn digit (never La Poste's 356 000 000); VAT key (12 + 3 × (SIREN mod 97)) mod 97.
      let head = `${random.int(3, 9)}${random.digits(7)}`;
      if (head.startsWith('35600000')) head = '41000000';
      const siren = `${head}${luhnDigit(head)}`;
      const key = (12 + 3 * Number(BigInt(siren) % 97n)) % 97;
      return { companyNumber: `${siren.slice(0, 3)} ${siren.slice(3, 6)} ${siren.slice(6)}`, vatNumber: `FR${pad(key, 2)}${siren}` };
    }
    case 'ES': {
      // CIF of a limited company: 'B', 7 digits, the Luhn digit of the 7 digits as a digit.
      const digits = random.digits(7);
      const cif = `B${digits}${luhnDigit(digits)}`;
      return { companyNumber: cif, vatNumber: `ES${cif}` };
    }
    case 'NL': {
      // KvK-nummer: 8 digits, no check digit.
      const kvk = `${random.int(1, 9)}${random.digits(7)}`;
      return { companyNumber: kvk, vatNumber: `NL${random.digits(9)}B01` };
    }
    case 'SE': {
      // Organisationsnummer 55NNNN-NNNC: third digit at least 2, last digit the Luhn digit of the first nine.
      const head = `55${random.int(6, 9)}${random.digits(6)}`;
      const number = `${head}${luhnDigit(head)}`;
      return { companyNumber: `${number.slice(0, 6)}-${number.slice(6)}`, vatNumber: `SE${number}01` };
    }
    case 'DE':
      return { companyNumber: `HRB ${random.int(10_000, 199_999)}`, vatNumber: `DE${random.int(1, 3)}${random.digits(8)}` };
    case 'GB':
      return { companyNumber: `${pad(random.int(1_000_000, 14_999_999), 8)}`, vatNumber: `GB${random.int(1, 9)}${random.digits(8)}` };
    case 'US':
      return { companyNumber: `${random.int(10, 98)}-${random.digits(7)}` };
  }
}
