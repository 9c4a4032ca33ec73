/**
 * Street-type abbreviations and the words they stand for, per language, and which languages each
 * country's addresses are written in. Expanding them gives one spelling per street, so that the
 * same address typed twice compares equal and letters show the full name.
 */
interface StreetTypeTable {
  /** A whole word (lower-case, with its dot if any) → the full word. */
  readonly words: Readonly<Record<string, string>>;
  /** The end of a compound name (Hauptstr. → Hauptstraße, Kalverstr. → Kalverstraat). */
  readonly endings?: Readonly<Record<string, string>>;
  /** An abbreviation glued to the name (C/Mayor → Calle Mayor). */
  readonly gluedPrefixes?: Readonly<Record<string, string>>;
  /**
   * The type follows the name (English: "High St"). Then "St." before a name is Saint ("St. Mary's
   * Road") and "Dr." is Doctor, so a word is expanded only after a name and not before one.
   */
  readonly typeFollowsName?: boolean;
}

type Language = 'fr' | 'nl' | 'de' | 'de-CH' | 'es' | 'en' | 'sv';

const FRENCH: StreetTypeTable = {
  words: {
    'av': 'avenue', 'av.': 'avenue', 'ave': 'avenue', 'ave.': 'avenue',
    'bd': 'boulevard', 'bd.': 'boulevard', 'bld': 'boulevard', 'bvd': 'boulevard', 'boul.': 'boulevard',
    'r.': 'rue', 'pl.': 'place', 'imp': 'impasse', 'imp.': 'impasse', 'ch.': 'chemin', 'chem.': 'chemin',
    'rte': 'route', 'rte.': 'route', 'all.': 'allée', 'sq': 'square', 'sq.': 'square', 'qu.': 'quai', 'crs': 'cours',
    'fg': 'faubourg', 'fbg': 'faubourg', 'fbg.': 'faubourg', 'prom.': 'promenade', 'pass.': 'passage',
    'res.': 'résidence', 'rés.': 'résidence', 'lot.': 'lotissement',
    // Belgian: "Chée de Waterloo"
    'chée': 'chaussée', 'chsée': 'chaussée', 'chaus.': 'chaussée',
  },
};

const DUTCH: StreetTypeTable = {
  words: { 'str.': 'straat', 'stwg': 'steenweg', 'stwg.': 'steenweg' },
  endings: {
    'str.': 'straat', 'str': 'straat', 'stwg.': 'steenweg', 'stwg': 'steenweg',
    'ln.': 'laan', 'pl.': 'plein', 'gr.': 'gracht', 'kd.': 'kade', 'sngl.': 'singel',
  },
};

const GERMAN: StreetTypeTable = {
  words: { 'str.': 'straße', 'str': 'straße', 'pl.': 'platz' },
  endings: { 'str.': 'straße', 'str': 'straße', 'pl.': 'platz' },
};

// Swiss German has no ß.
const SWISS_GERMAN: StreetTypeTable = {
  words: { 'str.': 'strasse', 'str': 'strasse', 'pl.': 'platz' },
  endings: { 'str.': 'strasse', 'str': 'strasse', 'pl.': 'platz' },
};

const SPANISH: StreetTypeTable = {
  words: {
    'c/': 'calle', 'c.': 'calle', 'cl': 'calle', 'cl.': 'calle', 'cll.': 'calle',
    'av': 'avenida', 'av.': 'avenida', 'avd.': 'avenida', 'avda': 'avenida', 'avda.': 'avenida',
    'pl.': 'plaza', 'pza': 'plaza', 'pza.': 'plaza', 'plza.': 'plaza',
    'pº': 'paseo', 'p.º': 'paseo', 'pso.': 'paseo', 'ctra': 'carretera', 'ctra.': 'carretera',
    'trav.': 'travesía', 'urb.': 'urbanización', 'pje.': 'pasaje', 'rda.': 'ronda', 'glta.': 'glorieta', 'cno.': 'camino',
  },
  gluedPrefixes: { 'c/': 'calle' },
};

const ENGLISH: StreetTypeTable = {
  words: {
    'st': 'street', 'st.': 'street', 'rd': 'road', 'rd.': 'road', 'ave': 'avenue', 'ave.': 'avenue', 'av.': 'avenue',
    'ln': 'lane', 'ln.': 'lane', 'dr': 'drive', 'dr.': 'drive', 'blvd': 'boulevard', 'blvd.': 'boulevard',
    'ct': 'court', 'ct.': 'court', 'pl': 'place', 'pl.': 'place', 'sq': 'square', 'sq.': 'square',
    'cres': 'crescent', 'cres.': 'crescent', 'cl': 'close', 'gdns': 'gardens', 'terr': 'terrace', 'hwy': 'highway', 'pkwy': 'parkway',
  },
  typeFollowsName: true,
};

const SWEDISH: StreetTypeTable = {
  words: {},
  endings: { 'g.': 'gatan', 'v.': 'vägen' },
};

const TABLES: Readonly<Record<Language, StreetTypeTable>> = {
  fr: FRENCH, nl: DUTCH, de: GERMAN, 'de-CH': SWISS_GERMAN, es: SPANISH, en: ENGLISH, sv: SWEDISH,
};

/** The languages street names are written in, per country; the first one wins a clash (BE "pl." is "place"). */
const COUNTRY_LANGUAGES: Readonly<Record<string, readonly Language[]>> = {
  BE: ['fr', 'nl'], FR: ['fr'], MC: ['fr'], LU: ['fr', 'de'], CH: ['de-CH', 'fr'],
  NL: ['nl'], DE: ['de'], AT: ['de'], LI: ['de-CH'],
  ES: ['es'], SE: ['sv'],
  GB: ['en'], IE: ['en'], US: ['en'], CA: ['en'], AU: ['en'], NZ: ['en'],
};

/** Words that may follow an English street type without being a name (unit designators, directions). */
const ENGLISH_AFTER_TYPE = new Set(['apt', 'apt.', 'flat', 'unit', 'suite', 'ste', 'ste.', 'fl', 'floor', 'rm', 'room', 'n', 's', 'e', 'w', 'ne', 'nw', 'se', 'sw', 'north', 'south', 'east', 'west']);

/** A compound's stem must be this long, so that "Mgr." (Monseigneur) is not read as "M-gracht". */
const MIN_STEM = 3;

/** Expands the street-type abbreviations of one address line (whitespace already collapsed). */
export function expandStreetTypes(line: string, country: string): string {
  const tables = (COUNTRY_LANGUAGES[country] ?? []).map((language) => TABLES[language]);
  if (tables.length === 0) return line;
  const tokens = line.split(' ');
  return tokens.map((token, index) => expandToken(token, index, tokens, tables)).join(' ');
}

function expandToken(token: string, index: number, tokens: readonly string[], tables: readonly StreetTypeTable[]): string {
  const [, core, trailing] = /^(.*?)([,;:]*)$/s.exec(token) ?? ['', token, ''];
  const lower = core.toLowerCase();
  for (const table of tables) {
    for (const [prefix, full] of Object.entries(table.gluedPrefixes ?? {})) {
      if (lower.startsWith(prefix) && /^\p{L}{2}/u.test(core.slice(prefix.length))) {
        return `${matchCase(core.slice(0, prefix.length), full)} ${core.slice(prefix.length)}${trailing}`;
      }
    }
    const word = table.words[lower];
    if (word !== undefined && (!table.typeFollowsName || followsName(index, tokens, trailing))) {
      return `${matchCase(core, word)}${trailing}`;
    }
    for (const [ending, full] of Object.entries(table.endings ?? {})) {
      const stem = core.slice(0, core.length - ending.length);
      if (lower.endsWith(ending) && stem.length >= MIN_STEM && /\p{L}$/u.test(stem)) {
        return `${stem}${isUpperCase(core) ? full.toUpperCase() : full}${trailing}`;
      }
    }
  }
  return token;
}

/** English: there is a name before the word, and no name right after it. */
function followsName(index: number, tokens: readonly string[], trailing: string): boolean {
  const nameBefore = tokens.slice(0, index).some((token) => /\p{L}/u.test(token));
  const next = tokens[index + 1];
  const nameAfter = trailing === '' && next !== undefined && /^\p{L}/u.test(next) && !ENGLISH_AFTER_TYPE.has(next.toLowerCase().replace(/,$/, ''));
  return nameBefore && !nameAfter;
}

/** "AV." → "AVENUE", "Av." → "Avenue", "av." → "avenue"; a single capital ("C/") only capitalises. */
function matchCase(source: string, full: string): string {
  // Only letters that have a case count: "Pº" is a capital P and an ordinal sign.
  const letters = [...source].filter((char) => char.toUpperCase() !== char.toLowerCase()).join('');
  if (letters.length >= 2 && isUpperCase(letters)) return full.toUpperCase();
  if (letters !== '' && letters[0] === letters[0].toUpperCase()) return full.charAt(0).toUpperCase() + full.slice(1);
  return full;
}

function isUpperCase(text: string): boolean {
  return text === text.toUpperCase() && text !== text.toLowerCase();
}
