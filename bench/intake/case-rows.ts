/**
 * Deterministic, lazily generated case-import CSV (layout: services/intake/docs/case-import-csv.md)
 * for the intake import benchmark. Every case is valid under intake's rules: valid national and
 * company identifiers where intake checks them (BE, ES, FR, NL, SE), phone numbers in ranges
 * libphonenumber accepts for the country, past due dates, unique references, 1-4 invoices per
 * case with distinct numbers, and partial payments that never cover the claim. Nothing is held:
 * rows are produced one at a time from a seeded PRNG, so the same seed gives the same bytes.
 */
import { Readable } from 'node:stream';
import { CSV_COLUMNS } from '../../services/intake/src/adapters/bulk/csv-columns';

/** The documented layout, from the service itself, so the generated file cannot drift from what intake reads. */
export const CSV_HEADER = CSV_COLUMNS;

export type Country = 'BE' | 'FR' | 'ES' | 'NL' | 'DE' | 'SE' | 'GB' | 'US';

interface CountryProfile {
  weight: number;
  currency: string;
  languages: Array<[tag: string, weight: number]>;
  givenNames: string[];
  familyNames: string[];
  streets: string[];
  localities: Array<[locality: string, postalPrefix: string, region: string]>;
  companySuffix: string;
  emailDomain: string;
  /** A national-format or E.164 phone number in a range intake accepts for the country. */
  phone(rng: Rng): string;
  /** A valid national identifier for a person born on `birth`, or '' where we give none. */
  nationalId(rng: Rng, birth: [number, number, number]): string;
  companyNumber(rng: Rng): { number: string; vat: string };
  postalCode(rng: Rng, prefix: string): string;
  street(rng: Rng, street: string): string;
}

/** mulberry32: tiny, fast, good enough for test data, and reproducible. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  weighted<T>(items: ReadonlyArray<[T, number]>): T {
    const total = items.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [item, w] of items) if ((r -= w) < 0) return item;
    return items[items.length - 1]![0];
  }
  digits(n: number): string {
    let out = '';
    for (let i = 0; i < n; i++) out += String(this.int(0, 9));
    return out;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function mod97(digits: string): number {
  let r = 0;
  for (let i = 0; i < digits.length; i++) r = (r * 10 + digits.charCodeAt(i) - 48) % 97;
  return r;
}

function luhnCheckDigit(payload: string): number {
  let sum = 0;
  let double = true;
  for (let i = payload.length - 1; i >= 0; i--) {
    const d = payload.charCodeAt(i) - 48;
    const v = double ? d * 2 : d;
    sum += v > 9 ? v - 9 : v;
    double = !double;
  }
  return (10 - (sum % 10)) % 10;
}

const spaced = (digits: string, groups: number[]) => {
  const parts: string[] = [];
  let at = 0;
  for (const g of groups) {
    parts.push(digits.slice(at, at + g));
    at += g;
  }
  return parts.join(' ');
};

const COUNTRIES: Record<Country, CountryProfile> = {
  BE: {
    weight: 22,
    currency: 'EUR',
    languages: [['nl-BE', 6], ['fr-BE', 4]],
    givenNames: ['Jan', 'Sofie', 'Lucas', 'Marie', 'Noah', 'Élise', 'Wout', 'Anaïs', 'Pieter-Jan', 'Inès'],
    familyNames: ['Peeters', 'Janssens', 'Maes', 'Dubois', 'Lambert', 'Van den Broeck', "D'Hondt", 'Claes', 'Goossens', 'Lefèvre'],
    streets: ['Kerkstraat', 'Stationsstraat', 'Rue de la Station', 'Chaussée de Louvain', 'Meir', 'Grote Markt'],
    localities: [['Antwerpen', '20', 'Antwerpen'], ['Gent', '90', 'Oost-Vlaanderen'], ['Liège', '40', 'Liège'], ['Bruxelles', '10', 'Bruxelles-Capitale'], ['Namur', '50', 'Namur']],
    companySuffix: 'BV',
    emailDomain: 'example.be',
    phone: (rng) => (rng.chance(0.5) ? `04${rng.pick(['70', '75', '77', '78', '80', '85', '86', '94', '95', '96', '97', '98'])} ${spaced(rng.digits(6), [2, 2, 2])}` : `+32 4${rng.pick(['70', '77', '85', '96'])} ${spaced(rng.digits(6), [2, 2, 2])}`),
    nationalId: (rng, [y, m, d]) => {
      // Born 1950-1999: check digits 97 - (YYMMDDSSS mod 97).
      const payload = `${pad(y % 100)}${pad(m)}${pad(d)}${pad(rng.int(1, 997), 3)}`;
      const check = pad(97 - mod97(payload));
      return `${payload.slice(0, 2)}.${payload.slice(2, 4)}.${payload.slice(4, 6)}-${payload.slice(6, 9)}.${check}`;
    },
    companyNumber: (rng) => {
      const head = `0${rng.int(2, 9)}${rng.digits(6)}`;
      const number = `${head}${pad(97 - mod97(head))}`;
      return { number: `${number.slice(0, 4)}.${number.slice(4, 7)}.${number.slice(7)}`, vat: `BE${number}` };
    },
    postalCode: (rng, prefix) => `${prefix}${rng.digits(2)}`,
    street: (rng, street) => (street.startsWith('Rue') || street.startsWith('Chaussée') ? `${street} ${rng.int(1, 250)}` : `${street} ${rng.int(1, 250)}`),
  },
  FR: {
    weight: 18,
    currency: 'EUR',
    languages: [['fr-FR', 1]],
    givenNames: ['Camille', 'Léa', 'Hugo', 'Chloé', 'Louis', 'François', 'Zoé', 'Gaëlle', 'Jean-Baptiste', 'Maëlys'],
    familyNames: ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Petit', 'Durand', 'Lefèvre', 'Moreau', 'Girard'],
    streets: ['rue de la République', 'avenue Jean Jaurès', 'boulevard Victor Hugo', 'rue du Moulin', 'place de l\'Église'],
    localities: [['Lyon', '690', 'Auvergne-Rhône-Alpes'], ['Paris', '750', 'Île-de-France'], ['Marseille', '130', 'Provence-Alpes-Côte d\'Azur'], ['Lille', '590', 'Hauts-de-France'], ['Nantes', '440', 'Pays de la Loire']],
    companySuffix: 'SARL',
    emailDomain: 'example.fr',
    phone: (rng) => (rng.chance(0.7) ? `06 ${rng.pick(['12', '20', '45', '60', '71', '82'])} ${spaced(rng.digits(6), [2, 2, 2])}` : `+33 6 ${rng.pick(['12', '20', '45'])} ${spaced(rng.digits(6), [2, 2, 2])}`),
    nationalId: (rng, [y, m]) => {
      // NIR: sex, YY, MM, department, commune, order + key 97 - (13 digits mod 97).
      const payload = `${rng.int(1, 2)}${pad(y % 100)}${pad(m)}${pad(rng.int(1, 95))}${pad(rng.int(1, 999), 3)}${pad(rng.int(1, 999), 3)}`;
      return `${payload.slice(0, 1)} ${payload.slice(1, 3)} ${payload.slice(3, 5)} ${payload.slice(5, 7)} ${payload.slice(7, 10)} ${payload.slice(10)} ${pad(97 - mod97(payload))}`;
    },
    companyNumber: (rng) => {
      const head = `${rng.int(3, 9)}${rng.digits(7)}`;
      const siren = `${head}${luhnCheckDigit(head)}`;
      const key = (12 + 3 * mod97(siren)) % 97;
      return { number: spaced(siren, [3, 3, 3]), vat: `FR${pad(key)}${siren}` };
    },
    postalCode: (rng, prefix) => `${prefix}${rng.int(1, 9)}${rng.int(0, 9)}`.slice(0, 5),
    // French addresses are written "12, rue ...": the comma makes the cell quoted.
    street: (rng, street) => `${rng.int(1, 180)}, ${street}`,
  },
  ES: {
    weight: 12,
    currency: 'EUR',
    languages: [['es-ES', 1]],
    givenNames: ['José', 'María', 'Lucía', 'Javier', 'Sofía', 'Álvaro', 'Carmen', 'Íñigo', 'Martina', 'Pablo'],
    familyNames: ['García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Núñez'],
    streets: ['Calle Mayor', 'Avenida de la Constitución', 'Calle Real', 'Paseo de Gracia', 'Calle del Carmen'],
    localities: [['Madrid', '280', 'Madrid'], ['Barcelona', '080', 'Cataluña'], ['Sevilla', '410', 'Andalucía'], ['Valencia', '460', 'Comunidad Valenciana'], ['Bilbao', '480', 'País Vasco']],
    companySuffix: 'S.L.',
    emailDomain: 'example.es',
    phone: (rng) => `6${rng.pick(['00', '10', '20', '30', '50', '60', '70', '80', '90'])} ${spaced(rng.digits(6), [3, 3])}`,
    nationalId: (rng) => {
      const n = rng.int(10_000_000, 99_999_999);
      return `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`;
    },
    companyNumber: (rng) => {
      const digits = rng.digits(7);
      const number = `B${digits}${luhnCheckDigit(digits)}`;
      return { number, vat: `ES${number}` };
    },
    postalCode: (rng, prefix) => `${prefix}${rng.digits(2)}`,
    street: (rng, street) => `${street} ${rng.int(1, 120)}`,
  },
  NL: {
    weight: 14,
    currency: 'EUR',
    languages: [['nl-NL', 1]],
    givenNames: ['Sanne', 'Daan', 'Emma', 'Sem', 'Julia', 'Bram', 'Fleur', 'Thijs', 'Anouk', 'Joël'],
    familyNames: ['de Vries', 'Jansen', 'van Dijk', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'van den Berg'],
    streets: ['Hoofdstraat', 'Dorpsstraat', 'Kerkweg', 'Molenstraat', 'Prinsengracht'],
    localities: [['Amsterdam', '10', 'Noord-Holland'], ['Rotterdam', '30', 'Zuid-Holland'], ['Utrecht', '35', 'Utrecht'], ['Eindhoven', '56', 'Noord-Brabant'], ['Groningen', '97', 'Groningen']],
    companySuffix: 'B.V.',
    emailDomain: 'example.nl',
    phone: (rng) => (rng.chance(0.7) ? `06 ${rng.int(1, 6)}${rng.digits(7)}` : `+31 6 ${rng.int(1, 6)}${rng.digits(7)}`),
    nationalId: (rng) => {
      // BSN: 9·d1 + … + 2·d8 − d9 divisible by 11.
      for (;;) {
        const head = `${rng.int(1, 9)}${rng.digits(7)}`;
        let sum = 0;
        for (let i = 0; i < 8; i++) sum += (9 - i) * Number(head[i]);
        const last = sum % 11;
        if (last < 10) return `${head}${last}`;
      }
    },
    companyNumber: (rng) => {
      const number = `${rng.int(1, 9)}${rng.digits(7)}`;
      return { number, vat: `NL${rng.digits(9)}B01` };
    },
    postalCode: (rng, prefix) => `${prefix}${rng.digits(2)} ${String.fromCharCode(65 + rng.int(0, 25))}${String.fromCharCode(65 + rng.int(0, 25))}`,
    street: (rng, street) => `${street} ${rng.int(1, 300)}`,
  },
  DE: {
    weight: 14,
    currency: 'EUR',
    languages: [['de-DE', 1]],
    givenNames: ['Lukas', 'Anna', 'Jürgen', 'Lea', 'Felix', 'Jörg', 'Mia', 'Käthe', 'Paul', 'Sören'],
    familyNames: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schäfer', 'Groß'],
    streets: ['Hauptstraße', 'Schulstraße', 'Gartenstraße', 'Bahnhofstraße', 'Lindenweg'],
    localities: [['Berlin', '10', 'Berlin'], ['München', '80', 'Bayern'], ['Köln', '50', 'Nordrhein-Westfalen'], ['Hamburg', '20', 'Hamburg'], ['Düsseldorf', '40', 'Nordrhein-Westfalen']],
    companySuffix: 'GmbH',
    emailDomain: 'example.de',
    phone: (rng) => (rng.chance(0.6) ? `015${rng.pick(['1', '2', '5', '7'])} ${rng.digits(8)}` : `+49 17${rng.pick(['0', '1', '2', '5', '6', '8', '9'])} ${rng.digits(7)}`),
    // No German rule in intake; persons go without, companies carry their Handelsregister number.
    nationalId: () => '',
    companyNumber: (rng) => ({ number: `HRB ${rng.int(1000, 299_999)}`, vat: `DE${rng.digits(9)}` }),
    postalCode: (rng, prefix) => `${prefix}${rng.digits(3)}`,
    street: (rng, street) => `${street} ${rng.int(1, 150)}`,
  },
  SE: {
    weight: 8,
    currency: 'SEK',
    languages: [['sv-SE', 1]],
    givenNames: ['Åsa', 'Erik', 'Björn', 'Maja', 'Linnéa', 'Oskar', 'Märta', 'Nils', 'Ebba', 'Göran'],
    familyNames: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson'],
    streets: ['Storgatan', 'Drottninggatan', 'Kungsgatan', 'Skolvägen', 'Östra Hamngatan'],
    localities: [['Stockholm', '11', 'Stockholms län'], ['Göteborg', '41', 'Västra Götalands län'], ['Malmö', '21', 'Skåne län'], ['Uppsala', '75', 'Uppsala län'], ['Västerås', '72', 'Västmanlands län']],
    companySuffix: 'AB',
    emailDomain: 'example.se',
    phone: (rng) => (rng.chance(0.6) ? `07${rng.pick(['0', '2', '3', '6'])}-${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)}` : `+46 7${rng.pick(['0', '2', '3', '6'])} ${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)}`),
    nationalId: (rng, [y, m, d]) => {
      const payload = `${pad(y % 100)}${pad(m)}${pad(d)}${rng.digits(3)}`;
      return `${payload.slice(0, 6)}-${payload.slice(6)}${luhnCheckDigit(payload)}`;
    },
    companyNumber: (rng) => {
      const head = `55${rng.int(6, 9)}${rng.digits(6)}`;
      const number = `${head}${luhnCheckDigit(head)}`;
      return { number: `${number.slice(0, 6)}-${number.slice(6)}`, vat: `SE${number}01` };
    },
    postalCode: (rng, prefix) => `${prefix}${rng.digits(1)} ${rng.digits(2)}`,
    street: (rng, street) => `${street} ${rng.int(1, 90)}`,
  },
  GB: {
    weight: 7,
    currency: 'GBP',
    languages: [['en-GB', 1]],
    givenNames: ['Oliver', 'Amelia', 'Harry', 'Isla', 'George', 'Ava', 'Siobhán', 'Jack', 'Freya', 'Rhys'],
    familyNames: ['Smith', 'Jones', 'Williams', 'Taylor', 'Brown', 'Davies', "O'Brien", 'Evans', 'Wilson', 'Thomas'],
    streets: ['High Street', 'Station Road', 'Church Lane', 'Victoria Road', 'Green Lane'],
    localities: [['London', 'SW1A', 'Greater London'], ['Manchester', 'M1', 'Greater Manchester'], ['Leeds', 'LS1', 'West Yorkshire'], ['Bristol', 'BS1', 'Bristol'], ['Edinburgh', 'EH1', 'Scotland']],
    companySuffix: 'Ltd',
    emailDomain: 'example.co.uk',
    phone: (rng) => (rng.chance(0.6) ? `07${rng.pick(['400', '500', '800', '900'])} ${rng.digits(6)}` : `+44 7${rng.pick(['400', '500', '800'])} ${rng.digits(6)}`),
    nationalId: () => '',
    companyNumber: (rng) => ({ number: rng.digits(8), vat: `GB${rng.digits(9)}` }),
    postalCode: (rng, prefix) => `${prefix} ${rng.int(1, 9)}${String.fromCharCode(65 + rng.int(0, 25))}${String.fromCharCode(65 + rng.int(0, 25))}`,
    street: (rng, street) => `${rng.int(1, 200)} ${street}`,
  },
  US: {
    weight: 5,
    currency: 'USD',
    languages: [['en-US', 1]],
    givenNames: ['James', 'Olivia', 'Liam', 'Emma', 'Noah', 'Charlotte', 'Elijah', 'Sophia', 'Mateo', 'Harper'],
    familyNames: ['Johnson', 'Miller', 'Davis', 'Garcia', 'Rodriguez', 'Martinez', 'Anderson', 'Jackson', 'White', 'Harris'],
    streets: ['Main Street', 'Oak Avenue', 'Maple Drive', 'Park Avenue', 'Elm Street'],
    localities: [['New York', '100', 'NY'], ['Chicago', '606', 'IL'], ['Austin', '787', 'TX'], ['Seattle', '981', 'WA'], ['Boston', '021', 'MA']],
    companySuffix: 'Inc.',
    emailDomain: 'example.com',
    phone: (rng) => `(${rng.pick(['212', '312', '512', '206', '617'])}) ${rng.int(2, 9)}${rng.digits(2)}-${rng.digits(4)}`,
    nationalId: () => '',
    companyNumber: (rng) => ({ number: `${rng.digits(2)}-${rng.digits(7)}`, vat: '' }),
    postalCode: (rng, prefix) => `${prefix}${rng.digits(2)}`,
    street: (rng, street) => `${rng.int(100, 9999)} ${street}`,
  },
};

export const BENCH_COUNTRIES = Object.keys(COUNTRIES) as Country[];

/** The languages (primary subtags) spoken by a country's debtors: what its consultants must speak. */
export function languagesOf(country: Country): string[] {
  return [...new Set(COUNTRIES[country].languages.map(([tag]) => tag.split('-')[0]!))];
}

const COUNTRY_WEIGHTS: Array<[Country, number]> = BENCH_COUNTRIES.map((c) => [c, COUNTRIES[c].weight]);
const LEGAL_WORDS = ['Bakkerij', 'Boulangerie', 'Transport', 'Bouw', 'Logistics', 'Café', 'Garage', 'Consulting', 'Électricité', 'Tischlerei', 'Hälsa', 'Studio'];

/** An RFC 4180 cell: quoted only when it holds a comma, a quote or a line break. */
function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const isoDate = (epochDay: number) => new Date(epochDay * 86_400_000).toISOString().slice(0, 10);
/** Invoices are dated within these bounds: always in the past for intake (due dates at most 2025-12-31). */
const FIRST_ISSUE_DAY = Date.UTC(2023, 0, 1) / 86_400_000;
const LAST_DUE_DAY = Date.UTC(2025, 11, 31) / 86_400_000;

export interface GeneratedStats {
  rows: number;
  cases: number;
  perCountry: Record<string, number>;
}

/**
 * Data rows (no header), CRLF-terminated CSV lines, exactly `rows` of them: consecutive rows of a
 * case share its reference; the last case is cut short to end on `rows`. `stats` is filled as it goes.
 */
export function* caseRows(rows: number, seed: number, stats: GeneratedStats = { rows: 0, cases: 0, perCountry: {} }): Generator<string> {
  const rng = new Rng(seed);
  let written = 0;
  for (let caseNo = 1; written < rows; caseNo++) {
    const country = rng.weighted(COUNTRY_WEIGHTS);
    const p = COUNTRIES[country];
    const language = rng.weighted(p.languages);
    const isCompany = rng.chance(0.3);
    const reference = `${country}-${caseNo.toString().padStart(8, '0')}`;
    const givenNames = rng.pick(p.givenNames);
    const familyName = rng.pick(p.familyNames);
    const birth: [number, number, number] = [rng.int(1950, 1999), rng.int(1, 12), rng.int(1, 28)];
    let nationalId = '';
    let legalName = '';
    let company = { number: '', vat: '' };
    if (isCompany) {
      const word = rng.pick(LEGAL_WORDS);
      // Some trade names carry quotes, so the cell must be escaped.
      legalName = rng.chance(0.1) ? `${word} "${familyName}" ${p.companySuffix}` : `${word} ${familyName} ${p.companySuffix}`;
      if (rng.chance(0.8)) company = p.companyNumber(rng);
    } else if (rng.chance(0.6)) {
      nationalId = p.nationalId(rng, birth);
    }
    const [locality, postalPrefix, region] = rng.pick(p.localities);
    const hasAddress = rng.chance(0.9);
    const phones: string[] = [];
    if (rng.chance(0.6)) phones.push(p.phone(rng));
    if (rng.chance(0.15)) phones.push(p.phone(rng));
    const hasEmail = rng.chance(0.7) || (!hasAddress && phones.length === 0);
    const email = hasEmail
      ? `${(isCompany ? `billing.${familyName}` : `${givenNames}.${familyName}`).normalize('NFD').replace(/[^A-Za-z.]/g, '').toLowerCase()}.${caseNo}@${p.emailDomain}`
      : '';
    const interestRateBp = rng.chance(0.3) ? String(rng.pick([400, 800, 1000, 1200])) : '';
    const interestMinor = interestRateBp && rng.chance(0.5) ? String(rng.int(100, 20_000)) : '';
    const costsMinor = rng.chance(0.2) ? String(rng.pick([1500, 4000, 7500])) : '';

    const caseCells = [
      reference,
      isCompany ? 'B2B' : 'B2C',
      p.currency,
      isCompany ? 'company' : 'person',
      isCompany ? '' : givenNames,
      isCompany ? '' : familyName,
      isCompany ? '' : `${birth[0]}-${pad(birth[1])}-${pad(birth[2])}`,
      nationalId,
      legalName,
      company.number,
      company.vat,
      hasAddress ? p.street(rng, rng.pick(p.streets)) : '',
      hasAddress && rng.chance(0.1) ? `bus ${rng.int(1, 20)}` : '',
      hasAddress ? p.postalCode(rng, postalPrefix) : '',
      hasAddress ? locality : '',
      hasAddress && rng.chance(0.5) ? region : '',
      hasAddress ? country : '',
      phones.join('|'),
      email,
      language,
      country,
    ].map(cell);
    const caseLine = caseCells.join(',');
    // Later rows of a case leave the case columns empty (as Excel users do) about half the time.
    const emptyCaseLine = `${cell(reference)}${','.repeat(caseCells.length - 1)}`;

    const invoices = Math.min(rng.int(1, 4), rows - written);
    let issueDay = rng.int(FIRST_ISSUE_DAY, LAST_DUE_DAY - 200);
    const repeatCaseColumns = rng.chance(0.5);
    for (let i = 0; i < invoices; i++) {
      const dueDay = issueDay + rng.pick([14, 30, 30, 45, 60]);
      const principal = rng.int(1_500, 250_000);
      // One invoice in ten was paid in part (a quarter of it at most: the claim is never covered).
      const paid = rng.chance(0.1) ? Math.max(1, Math.floor(principal / rng.int(4, 10))) : 0;
      const rowCells = [
        cell(`INV-${caseNo}-${i + 1}`),
        isoDate(issueDay),
        isoDate(dueDay),
        String(principal),
        i === 0 || repeatCaseColumns ? interestRateBp : '',
        i === 0 || repeatCaseColumns ? interestMinor : '',
        i === 0 || repeatCaseColumns ? costsMinor : '',
        paid ? String(paid) : '',
        paid ? isoDate(Math.min(dueDay + rng.int(1, 60), LAST_DUE_DAY + 30)) : '',
        paid && rng.chance(0.5) ? cell(`Transfer ${reference}/${i + 1}`) : '',
      ];
      yield `${i === 0 || repeatCaseColumns ? caseLine : emptyCaseLine},${rowCells.join(',')}\r\n`;
      issueDay += rng.int(5, 40);
    }
    written += invoices;
    stats.rows = written;
    stats.cases += 1;
    stats.perCountry[country] = (stats.perCountry[country] ?? 0) + 1;
  }
}

/** The whole file as a byte stream: header then rows, in ~64 KiB chunks, generated as it is read. */
export function caseCsvStream(rows: number, seed: number, stats?: GeneratedStats, onFirstChunk?: () => void): Readable {
  function* chunks(): Generator<Buffer> {
    let pending = `${CSV_HEADER.join(',')}\r\n`;
    for (const line of caseRows(rows, seed, stats)) {
      pending += line;
      if (pending.length >= 64 * 1024) {
        yield Buffer.from(pending, 'utf8');
        pending = '';
      }
    }
    if (pending) yield Buffer.from(pending, 'utf8');
  }
  let first = true;
  const source = chunks();
  return new Readable({
    read() {
      const next = source.next();
      if (first) {
        first = false;
        onFirstChunk?.();
      }
      this.push(next.done ? null : next.value);
    },
  });
}
