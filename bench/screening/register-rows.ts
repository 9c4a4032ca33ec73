/**
 * A deterministic register of special situations and the debtors to screen against it, for the
 * screening benchmark. Names come from the six countries the matching is tuned for; half the
 * persons carry a national number (exact matches), the rest are found by name with the birth date
 * (fuzzy matches, spelled differently by the creditor: accents dropped, case changed, words swapped).
 */
import { Readable } from 'node:stream';

const NAMES: Record<string, { given: string[]; family: string[] }> = {
  FR: { given: ['Hélène', 'Jérôme', 'François', 'Amélie', 'Théo', 'Chloé', 'Benoît', 'Océane'], family: ['Lefèvre', 'Dupont', 'Moreau', 'Girard', 'Rousseau', 'Béranger', 'Fontaine', 'Mercier'] },
  NL: { given: ['Jan', 'Sanne', 'Pieter', 'Femke', 'Daan', 'Lotte', 'Bram', 'Anouk'], family: ['de Vries', 'van den Berg', 'Jansen', 'Bakker', 'Visser', 'Smit', 'de Jong', 'Mulder'] },
  ES: { given: ['José', 'María', 'Álvaro', 'Lucía', 'Sofía', 'Andrés', 'Núria', 'Iñigo'], family: ['García López', 'Martínez Ruiz', 'Fernández', 'Sánchez Gil', 'Pérez', 'Gómez Díaz', 'Muñoz', 'Jiménez'] },
  SE: { given: ['Björn', 'Åsa', 'Linnéa', 'Göran', 'Maja', 'Oskar', 'Saga', 'Elin'], family: ['Andersson', 'Öberg', 'Lindqvist', 'Svensson Lind', 'Nyström', 'Bergström', 'Åkesson', 'Holm'] },
  DE: { given: ['Jürgen', 'Käthe', 'Lukas', 'Jörg', 'Sören', 'Anna', 'Moritz', 'Grete'], family: ['Müller', 'Schröder', 'Weiß', 'Groß', 'Köhler', 'Hoffmann', 'Schäfer', 'Krüger'] },
  GB: { given: ['Oliver', 'Amelia', 'Harry', 'Isla', 'George', 'Ava', 'Jack', 'Emily'], family: ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', "O'Neill", 'Davies'] },
};
export const BENCH_COUNTRIES = Object.keys(NAMES);
const SITUATIONS = ['NOTORIOUS_INSOLVENCY', 'PROVISIONAL_ADMINISTRATION', 'COLLECTIVE_DEBT_SETTLEMENT', 'INCARCERATION', 'DECEASED'] as const;

export const REGISTER_HEADER = 'entry_id,subject_type,country,national_id,given_names,family_name,birth_date,postal_code,locality,situation,effective_from,heirs_known';

/** Small, fast, seeded (mulberry32): the same seed gives the same register. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface RegisterPerson {
  index: number;
  country: string;
  nationalId?: string;
  givenNames: string;
  familyName: string;
  birthDate: string;
  postalCode: string;
  situation: (typeof SITUATIONS)[number];
  heirsKnown: boolean;
}

/** The i-th register entry: pure function of (seed, i), so debtors can be derived from entries without keeping them. */
export function registerPerson(seed: number, index: number): RegisterPerson {
  const next = random(seed ^ Math.imul(index + 1, 0x9e3779b1));
  const country = BENCH_COUNTRIES[Math.floor(next() * BENCH_COUNTRIES.length)]!;
  const names = NAMES[country]!;
  const pick = (list: string[]) => list[Math.floor(next() * list.length)]!;
  const day = Math.floor(next() * 365 * 60);
  const birthDate = new Date(Date.UTC(1940, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
  return {
    index,
    country,
    ...(index % 2 === 0 ? { nationalId: `NID${String(index).padStart(9, '0')}` } : {}),
    givenNames: next() < 0.2 ? `${pick(names.given)} ${pick(names.given)}` : pick(names.given),
    familyName: pick(names.family),
    birthDate,
    postalCode: String(1000 + Math.floor(next() * 8999)),
    situation: SITUATIONS[Math.floor(next() * SITUATIONS.length)]!,
    heirsKnown: next() < 0.5,
  };
}

const cell = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export function registerCsv(seed: number, rows: number): Readable {
  let index = 0;
  return new Readable({
    read() {
      const lines: string[] = index === 0 ? [REGISTER_HEADER] : [];
      const end = Math.min(rows, index + 2_000);
      for (; index < end; index += 1) {
        const p = registerPerson(seed, index);
        lines.push([`E${index}`, 'person', p.country, p.nationalId ?? '', p.givenNames, p.familyName, p.birthDate, p.postalCode, '', p.situation, '2024-01-15', p.heirsKnown ? 'yes' : 'no'].map(cell).join(','));
      }
      this.push(`${lines.join('\n')}\n`);
      if (index >= rows) this.push(null);
    },
  });
}

/** How the creditor spelled a register name: accents dropped, upper case, or given and family swapped. */
export function respell(person: RegisterPerson, variant: number): { givenNames: string; familyName: string } {
  const plain = (value: string) => value.normalize('NFD').replace(/\p{M}/gu, '');
  switch (variant % 3) {
    case 0:
      return { givenNames: plain(person.givenNames), familyName: plain(person.familyName) };
    case 1:
      return { givenNames: person.givenNames.toUpperCase(), familyName: person.familyName.toUpperCase() };
    default:
      return { givenNames: person.familyName, familyName: person.givenNames };
  }
}
