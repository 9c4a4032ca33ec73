import { isValidPhoneNumber, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { drawBehaviour, type Behaviour } from './behaviour';
import { companyIdentityFor, nationalIdFor } from './identifiers';
import { COUNTRY_CALLING_CODES, COUNTRY_PROFILES, DEMO_COUNTRIES, primaryLanguage, type DemoCountry, type Town } from './reference-data';
import { SeededRandom } from './seeded-random';

/**
 * The demo portfolio: creditors (with portal users, payout terms, letterhead identity), the agency's
 * consultants and agents, a few hundred cases across the eight countries with a behaviour for each
 * debtor, and the insolvency register rows that screening will find. Everything follows from the
 * seed and the start date, so two runs with the same flags place the same cases.
 */
export interface PortfolioOptions {
  seed: number | string;
  cases: number;
  /** Length of the simulated run, for behaviours that happen on a given day. */
  days: number;
  /** The platform's date when the demo starts (YYYY-MM-DD): every invoice is overdue by then. */
  startDate: string;
}

export interface DemoAddress {
  lines: string[];
  postalCode: string;
  locality: string;
  region?: string;
  country: string;
}

export interface DemoPortalUser {
  email: string;
  name: string;
  role: 'manager' | 'viewer';
  language: string;
  password: string;
}

export interface DemoCreditor {
  key: string;
  name: string;
  sector: string;
  country: DemoCountry;
  language: string;
  enterpriseNumber: string;
  address: DemoAddress;
  email: string;
  iban: string;
  bic: string;
  /** Commission in basis points up to 5,000 (in the case currency) and above. */
  commissionBp: [number, number];
  /** Share of consumer (B2C) cases. */
  consumerShare: number;
  countries: Partial<Record<DemoCountry, number>>;
  /** Share of all cases placed by this creditor (relative weight). */
  weight: number;
  users: DemoPortalUser[];
}

export interface DemoStaffMember {
  name: string;
  email: string;
  countries: DemoCountry[];
  languages: string[];
}

/** A case as POST /v1/cases takes it (services/intake/src/domain/case-file/case-file.input.ts). */
export interface DemoCaseSubmission {
  creditorReference: string;
  category: 'B2C' | 'B2B';
  currency: string;
  debtor: {
    kind: 'person' | 'company';
    givenNames?: string;
    familyName?: string;
    birthDate?: string;
    nationalId?: string;
    legalName?: string;
    companyNumber?: string;
    vatNumber?: string;
    addresses: DemoAddress[];
    phones: string[];
    emails: string[];
    language: string;
    country: DemoCountry;
  };
  invoices: Array<{ number: string; issueDate: string; dueDate: string; principalMinor: number; currency: string }>;
  interestRateBp?: number;
  costsMinor?: number;
}

export interface DemoCase {
  /** 0-based position in the portfolio. */
  index: number;
  creditorKey: string;
  country: DemoCountry;
  /** The demo day the creditor places it (0: before the first clock step). */
  placedOnDay: number;
  submission: DemoCaseSubmission;
  /** Sum of the invoices, in minor units of the case currency. */
  principalMinor: number;
  behaviour: Behaviour;
}

/** One row of a situations register file (services/debtor-screening/src/adapters/register-files/README.md). */
export interface DemoRegisterRow {
  entry_id: string;
  subject_type: 'person' | 'company';
  country: string;
  national_id?: string;
  company_number?: string;
  given_names?: string;
  family_name?: string;
  legal_name?: string;
  birth_date?: string;
  street?: string;
  postal_code?: string;
  locality?: string;
  situation: string;
  effective_from: string;
  reference: string;
  contact?: string;
}

export interface DemoRegisterImport {
  /** The demo day the import runs (0: before any case is placed). */
  day: number;
  source: string;
  rows: DemoRegisterRow[];
}

export interface DemoPortfolio {
  options: PortfolioOptions;
  creditors: DemoCreditor[];
  consultants: DemoStaffMember[];
  agents: DemoStaffMember[];
  cases: DemoCase[];
  registerImports: DemoRegisterImport[];
  /** EUR per unit of each other currency, for contact-center's EUR 50,000 authority limit. */
  eurPer: Record<string, string>;
}

export const CURRENCY_OF: Readonly<Record<DemoCountry, string>> = Object.fromEntries(
  DEMO_COUNTRIES.map((country) => [country, COUNTRY_PROFILES[country].currency]),
) as Record<DemoCountry, string>;

export function generatePortfolio(options: PortfolioOptions): DemoPortfolio {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.startDate)) throw new RangeError(`startDate must be YYYY-MM-DD (got ${options.startDate})`);
  if (!Number.isInteger(options.cases) || options.cases < 1) throw new RangeError(`cases must be a positive whole number (got ${options.cases})`);
  const random = new SeededRandom(`collections-demo:${options.seed}`);
  const creditors = demoCreditors();
  const cases: DemoCase[] = [];
  const usedReferences = new Set<string>();
  for (let index = 0; index < options.cases; index += 1) {
    // The first cases go round every country, so even a tiny demo shows all eight.
    const country = index < DEMO_COUNTRIES.length ? DEMO_COUNTRIES[index]! : undefined;
    const creditor = country
      ? random.pick(creditors.filter((c) => c.countries[country]))
      : creditors[pickIndex(random, creditors.map((c) => c.weight))]!;
    const debtorCountry = country ?? (random.weighted(creditor.countries as Record<DemoCountry, number>) as DemoCountry);
    cases.push(generateCase(random, creditor, debtorCountry, index, options, usedReferences));
  }
  return {
    options,
    creditors,
    consultants: staff('consultant'),
    agents: staff('agent'),
    cases,
    registerImports: registerImports(cases, options),
    eurPer: { SEK: '0.0871', GBP: '1.1650', USD: '0.9210' },
  };
}

function pickIndex(random: SeededRandom, weights: number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let roll = random.next() * total;
  for (let i = 0; i < weights.length; i += 1) {
    roll -= weights[i]!;
    if (roll < 0) return i;
  }
  return weights.length - 1;
}

// ---------------------------------------------------------------------------------------------
// Creditors and staff

function demoCreditors(): DemoCreditor[] {
  const user = (email: string, name: string, role: 'manager' | 'viewer', language: string, password: string): DemoPortalUser => ({ email, name, role, language, password });
  return [
    {
      key: 'nordlicht',
      name: 'Nordlicht Energie GmbH',
      sector: 'energy supply',
      country: 'DE',
      language: 'de',
      enterpriseNumber: 'HRB 187254',
      address: { lines: ['Friedrichstraße 68'], postalCode: '10117', locality: 'Berlin', country: 'DE' },
      email: 'forderungen@nordlicht-energie.de',
      iban: 'DE89370400440532013000',
      bic: 'COBADEFFXXX',
      commissionBp: [1500, 1000],
      consumerShare: 0.9,
      countries: { DE: 45, NL: 20, BE: 20, FR: 15 },
      weight: 20,
      users: [
        user('katrin.vogel@nordlicht-energie.de', 'Katrin Vogel', 'manager', 'de', 'Nordlicht-Demo-2026'),
        user('tim.hansen@nordlicht-energie.de', 'Tim Hansen', 'viewer', 'en', 'Nordlicht-View-2026'),
      ],
    },
    {
      key: 'atlantis',
      name: 'Atlantis Télécom SA',
      sector: 'telecommunications',
      country: 'FR',
      language: 'fr',
      enterpriseNumber: '552 100 554',
      address: { lines: ['18 avenue de Wagram'], postalCode: '75008', locality: 'Paris', country: 'FR' },
      email: 'recouvrement@atlantis-telecom.fr',
      iban: 'FR1420041010050500013M02606',
      bic: 'PSSTFRPPPAR',
      commissionBp: [1800, 1200],
      consumerShare: 0.85,
      countries: { FR: 45, BE: 25, ES: 30 },
      weight: 20,
      users: [user('claire.rousseau@atlantis-telecom.fr', 'Claire Rousseau', 'manager', 'fr', 'Atlantis-Demo-2026')],
    },
    {
      key: 'brabant-labs',
      name: 'Brabant Medical Labs NV',
      sector: 'medical laboratory',
      country: 'BE',
      language: 'nl',
      enterpriseNumber: '0403.170.701',
      address: { lines: ['Tiensevest 120'], postalCode: '3000', locality: 'Leuven', country: 'BE' },
      email: 'facturatie@brabant-labs.be',
      iban: 'BE68539007547034',
      bic: 'GKCCBEBB',
      commissionBp: [1200, 900],
      consumerShare: 0.7,
      countries: { BE: 80, NL: 20 },
      weight: 15,
      users: [user('an.verstraeten@brabant-labs.be', 'An Verstraeten', 'manager', 'nl', 'Brabant-Demo-2026')],
    },
    {
      key: 'iberia-foods',
      name: 'Iberia Wholesale Foods S.L.',
      sector: 'food wholesale',
      country: 'ES',
      language: 'es',
      enterpriseNumber: 'B86561412',
      address: { lines: ['Calle de Serrano 41'], postalCode: '28001', locality: 'Madrid', region: 'Madrid', country: 'ES' },
      email: 'cobros@iberia-foods.es',
      iban: 'ES9121000418450200051332',
      bic: 'CAIXESBBXXX',
      commissionBp: [1000, 600],
      consumerShare: 0,
      countries: { ES: 50, FR: 25, DE: 15, BE: 10 },
      weight: 15,
      users: [user('ana.lopez@iberia-foods.es', 'Ana López', 'manager', 'es', 'Iberia-Demo-2026')],
    },
    {
      key: 'norrsken',
      name: 'Norrsken Fastigheter AB',
      sector: 'residential letting',
      country: 'SE',
      language: 'sv',
      enterpriseNumber: '556677-8891',
      address: { lines: ['Sveavägen 44'], postalCode: '111 34', locality: 'Stockholm', country: 'SE' },
      email: 'inkasso@norrsken-fastigheter.se',
      iban: 'SE4550000000058398257466',
      bic: 'ESSESESS',
      commissionBp: [1500, 1000],
      consumerShare: 0.75,
      countries: { SE: 100 },
      weight: 12,
      users: [user('karin.lund@norrsken-fastigheter.se', 'Karin Lund', 'manager', 'sv', 'Norrsken-Demo-2026')],
    },
    {
      key: 'harbour-finch',
      name: 'Harbour & Finch Office Supplies Ltd',
      sector: 'office supplies',
      country: 'GB',
      language: 'en',
      enterpriseNumber: '08123456',
      address: { lines: ['12 Finsbury Square'], postalCode: 'EC2A 1AS', locality: 'London', country: 'GB' },
      email: 'credit.control@harbourfinch.co.uk',
      iban: 'GB29NWBK60161331926819',
      bic: 'NWBKGB2L',
      commissionBp: [1400, 900],
      consumerShare: 0.2,
      countries: { GB: 45, US: 35, NL: 10, SE: 10 },
      weight: 18,
      users: [user('james.whitfield@harbourfinch.co.uk', 'James Whitfield', 'manager', 'en', 'Harbour-Demo-2026')],
    },
  ];
}

/** Consultants (intake) and agents (contact-center): one per country and language, two for Belgium. */
function staff(role: 'consultant' | 'agent'): DemoStaffMember[] {
  const people: Array<[string, DemoCountry, string]> =
    role === 'consultant'
      ? [
          ['Claire Lambert', 'BE', 'fr'],
          ['Pieter Claes', 'BE', 'nl'],
          ['Julien Moreau', 'FR', 'fr'],
          ['Sanne de Vries', 'NL', 'nl'],
          ['Jonas Becker', 'DE', 'de'],
          ['Lucía Navarro', 'ES', 'es'],
          ['Elin Berg', 'SE', 'sv'],
          ['Grace Walker', 'GB', 'en'],
          ['Megan Carter', 'US', 'en'],
        ]
      : [
          ['Sofie Peeters', 'BE', 'nl'],
          ['Nathalie Renard', 'BE', 'fr'],
          ['Hugo Petit', 'FR', 'fr'],
          ['Bas Visser', 'NL', 'nl'],
          ['Lena Koch', 'DE', 'de'],
          ['Pablo Ruiz', 'ES', 'es'],
          ['Oskar Nilsson', 'SE', 'sv'],
          ['Harry Evans', 'GB', 'en'],
          ['Daniel Brooks', 'US', 'en'],
        ];
  return people.map(([name, country, language]) => ({
    name,
    email: `${ascii(name).toLowerCase().replace(/[^a-z]+/g, '.')}@agency.demo-collections.eu`,
    countries: [country],
    languages: [language],
  }));
}

// ---------------------------------------------------------------------------------------------
// Cases

function generateCase(random: SeededRandom, creditor: DemoCreditor, country: DemoCountry, index: number, options: PortfolioOptions, usedReferences: Set<string>): DemoCase {
  const profile = COUNTRY_PROFILES[country];
  const consumer = random.chance(creditor.consumerShare);
  const kind = consumer ? 'person' : 'company';
  const town = random.pick(profile.towns);
  const language = town.language ?? profile.language;
  const lang = primaryLanguage(language);
  const street = fill(random.pick(profile.streets[lang]!), { n: String(random.int(1, 180)) });
  const address: DemoAddress = { lines: [street], postalCode: town.postalCode, locality: town.locality, ...(town.region ? { region: town.region } : {}), country };

  let debtor: DemoCaseSubmission['debtor'];
  if (kind === 'person') {
    const sex = random.chance(0.5) ? 'F' : 'M';
    const givenNames = random.pick(profile.givenNames[lang]!);
    const familyName = random.pick(profile.familyNames[lang]!);
    const birthDate = isoDate(random.int(1950, 2003), random.int(1, 12), random.int(1, 28));
    const nationalId = random.chance(0.85) ? nationalIdFor(country, birthDate, sex, random) : undefined;
    const emails = random.chance(0.75) ? [personalEmail(random, givenNames, familyName, profile.emailProviders)] : [];
    const phones = random.chance(0.85) ? [phoneNumber(random, country, 'mobile')] : [];
    debtor = {
      kind,
      givenNames,
      familyName,
      birthDate,
      ...(nationalId ? { nationalId } : {}),
      addresses: [address],
      phones,
      emails,
      language,
      country,
    };
  } else {
    const family = random.pick(profile.familyNames[lang]!).split(' ')[0]!;
    const trade = fill(random.pick(profile.trades[lang]!), { family, town: town.locality });
    const legalName = `${trade} ${random.pick(profile.legalForms[lang]!)}`;
    const identity = companyIdentityFor(country, random);
    const domain = `${slug(trade)}.${profile.tld}`;
    debtor = {
      kind,
      legalName,
      companyNumber: identity.companyNumber,
      ...(identity.vatNumber ? { vatNumber: identity.vatNumber } : {}),
      addresses: [address],
      phones: random.chance(0.9) ? [phoneNumber(random, country, 'landline')] : [],
      emails: random.chance(0.85) ? [`${random.pick(['accounts', 'finance', 'info', 'admin'])}@${domain}`] : [],
      language,
      country,
    };
  }

  const currency = profile.currency;
  const invoices = generateInvoices(random, consumer, currency, profile.perEuro, options.startDate, creditor.key, index);
  const principalMinor = invoices.reduce((sum, invoice) => sum + invoice.principalMinor, 0);
  let creditorReference: string;
  do creditorReference = `${creditor.key.slice(0, 3).toUpperCase()}-${options.startDate.slice(0, 4)}-${random.digits(6)}`;
  while (usedReferences.has(creditorReference));
  usedReferences.add(creditorReference);
  const submission: DemoCaseSubmission = {
    creditorReference,
    category: consumer ? 'B2C' : 'B2B',
    currency,
    debtor,
    invoices,
    ...(consumer ? {} : random.chance(0.5) ? { interestRateBp: 1050 } : {}),
  };
  // Most cases are placed before the first day; the rest trickle in over the first weeks.
  const placedOnDay = index < DEMO_COUNTRIES.length || random.chance(0.7) ? 0 : random.int(1, Math.max(1, Math.floor(options.days / 4)));
  const behaviour = drawBehaviour(random, { kind, country }, options.days);
  if (behaviour.insolventFromDay !== undefined && behaviour.insolventFromDay > 0) behaviour.insolventFromDay = Math.max(behaviour.insolventFromDay, placedOnDay + 3);
  return { index, creditorKey: creditor.key, country, placedOnDay, submission, principalMinor, behaviour };
}

function generateInvoices(random: SeededRandom, consumer: boolean, currency: string, perEuro: number, startDate: string, creditorKey: string, index: number): DemoCaseSubmission['invoices'] {
  // Total in EUR: consumers mostly 60–6,000, a few up to 25,000; businesses 400–40,000, one in eight above 50,000.
  const totalEur = consumer
    ? random.chance(0.04) ? random.logUniform(6_000, 25_000) : random.logUniform(60, 6_000)
    : random.chance(0.12) ? random.logUniform(50_500, 180_000) : random.logUniform(400, 40_000);
  const count = consumer ? random.int(1, 3) : random.int(1, 5);
  const shares = Array.from({ length: count }, () => 0.5 + random.next());
  const sum = shares.reduce((a, b) => a + b, 0);
  const prefix = `${creditorKey.slice(0, 2).toUpperCase()}${String(index + 1).padStart(5, '0')}`;
  let due = addDays(startDate, -random.int(20, 90));
  const invoices: DemoCaseSubmission['invoices'] = [];
  for (let i = count - 1; i >= 0; i -= 1) {
    const minor = Math.max(500, Math.round(((totalEur * shares[i]!) / sum) * perEuro * 100));
    invoices.unshift({ number: `${prefix}-${i + 1}`, issueDate: addDays(due, -30), dueDate: due, principalMinor: minor, currency });
    due = addDays(due, -random.int(25, 35));
  }
  return invoices;
}

// ---------------------------------------------------------------------------------------------
// Register rows for the insolvent debtors

const SITUATION_SOURCES: Readonly<Record<DemoCountry, string>> = {
  BE: 'BE.central-individual-debt-register',
  FR: 'FR.banque-de-france-surendettement',
  NL: 'NL.wsnp-register',
  DE: 'DE.insolvenzbekanntmachungen',
  ES: 'ES.registro-publico-concursal',
  SE: 'SE.kronofogden-skuldsanering',
  GB: 'GB.individual-insolvency-register',
  US: 'US.pacer-bankruptcy',
};

function registerImports(cases: DemoCase[], options: PortfolioOptions): DemoRegisterImport[] {
  const byDayAndSource = new Map<string, DemoRegisterImport>();
  for (const demoCase of cases) {
    const { behaviour, submission, country } = demoCase;
    if (behaviour.kind !== 'INSOLVENT') continue;
    const day = behaviour.insolventFromDay ?? 0;
    const source = SITUATION_SOURCES[country];
    const key = `${day}|${source}`;
    const target = byDayAndSource.get(key) ?? { day, source, rows: [] };
    byDayAndSource.set(key, target);
    const debtor = submission.debtor;
    const address = debtor.addresses[0]!;
    const effectiveFrom = day === 0 ? addDays(options.startDate, -40 - (demoCase.index % 200)) : addDays(options.startDate, day);
    const base = {
      entry_id: `${country}-${options.startDate.replace(/-/g, '')}-${String(demoCase.index + 1).padStart(5, '0')}`,
      country,
      street: address.lines[0],
      postal_code: address.postalCode,
      locality: address.locality,
      situation: behaviour.situation!,
      effective_from: effectiveFrom,
      reference: `${behaviour.situation === 'BANKRUPTCY' ? 'Court docket' : 'Register file'} ${effectiveFrom.slice(0, 4)}/${String(1000 + demoCase.index)}`,
    };
    target.rows.push(
      debtor.kind === 'person'
        ? {
            ...base,
            subject_type: 'person',
            given_names: debtor.givenNames,
            family_name: debtor.familyName,
            birth_date: debtor.birthDate,
            ...(debtor.nationalId ? { national_id: debtor.nationalId } : {}),
            ...(behaviour.situation === 'COLLECTIVE_DEBT_SETTLEMENT' ? { contact: 'the debt mediator named by the court' } : {}),
          }
        : { ...base, subject_type: 'company', legal_name: debtor.legalName, company_number: debtor.companyNumber, contact: 'the trustee named by the court' },
    );
  }
  return [...byDayAndSource.values()].sort((a, b) => a.day - b.day || a.source.localeCompare(b.source));
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function fill(pattern: string, values: Record<string, string>): string {
  return pattern.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}

/** Letters a-z only: accents dropped, ß → ss, ø → o (for e-mail local parts and domains). */
export function ascii(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/[øØ]/g, 'o').replace(/[æÆ]/g, 'ae');
}

const slug = (text: string): string => ascii(text).toLowerCase().replace(/&/g, 'and').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function personalEmail(random: SeededRandom, given: string, family: string, providers: string[]): string {
  const first = slug(given).replace(/-/g, '');
  const last = slug(family.split(' ')[0]!).replace(/-/g, '');
  const local = random.pick([`${first}.${last}`, `${first}${last}`, `${first[0]}.${last}`, `${first}.${last}${random.int(1, 99)}`]);
  return `${local}@${random.pick(providers)}`;
}

/** A number libphonenumber's full metadata accepts for the country, written in international format. */
export function phoneNumber(random: SeededRandom, country: DemoCountry, type: 'mobile' | 'landline'): string {
  const profile = COUNTRY_PROFILES[country];
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const pattern = random.pick(type === 'mobile' ? profile.mobiles : profile.landlines);
    const national = pattern.replace(/#/g, () => String(random.int(0, 9)));
    const e164 = `+${COUNTRY_CALLING_CODES[country]}${national.replace(/\s/g, '')}`;
    if (isValidPhoneNumber(e164, country as CountryCode)) return parsePhoneNumberFromString(e164)!.formatInternational();
  }
  throw new Error(`no valid ${type} number found for ${country}: check its patterns in reference-data.ts`);
}

const isoDate = (year: number, month: number, day: number): string => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

export function addDays(date: string, days: number): string {
  const time = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

export type { Town };
