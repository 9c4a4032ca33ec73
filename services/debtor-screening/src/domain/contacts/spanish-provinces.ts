/**
 * Spanish provinces by the first two digits of the postcode (Correos assigns 01–52 in the
 * alphabetical order of the provinces' old Spanish names), with the names a debtor may write
 * (Spanish and co-official forms), the ISO 3166-2:ES subdivision code, and the autonomous community.
 */
interface Province {
  readonly names: readonly string[];
  readonly iso: string;
  readonly community: string;
}

export const SPANISH_PROVINCES: Readonly<Record<string, Province>> = {
  '01': { names: ['Álava', 'Araba', 'Araba/Álava'], iso: 'VI', community: 'País Vasco' },
  '02': { names: ['Albacete'], iso: 'AB', community: 'Castilla-La Mancha' },
  '03': { names: ['Alicante', 'Alacant'], iso: 'A', community: 'Comunitat Valenciana' },
  '04': { names: ['Almería'], iso: 'AL', community: 'Andalucía' },
  '05': { names: ['Ávila'], iso: 'AV', community: 'Castilla y León' },
  '06': { names: ['Badajoz'], iso: 'BA', community: 'Extremadura' },
  '07': { names: ['Illes Balears', 'Islas Baleares', 'Baleares', 'Balears'], iso: 'PM', community: 'Illes Balears' },
  '08': { names: ['Barcelona'], iso: 'B', community: 'Cataluña' },
  '09': { names: ['Burgos'], iso: 'BU', community: 'Castilla y León' },
  '10': { names: ['Cáceres'], iso: 'CC', community: 'Extremadura' },
  '11': { names: ['Cádiz'], iso: 'CA', community: 'Andalucía' },
  '12': { names: ['Castellón', 'Castelló'], iso: 'CS', community: 'Comunitat Valenciana' },
  '13': { names: ['Ciudad Real'], iso: 'CR', community: 'Castilla-La Mancha' },
  '14': { names: ['Córdoba'], iso: 'CO', community: 'Andalucía' },
  '15': { names: ['A Coruña', 'La Coruña', 'Coruña'], iso: 'C', community: 'Galicia' },
  '16': { names: ['Cuenca'], iso: 'CU', community: 'Castilla-La Mancha' },
  '17': { names: ['Girona', 'Gerona'], iso: 'GI', community: 'Cataluña' },
  '18': { names: ['Granada'], iso: 'GR', community: 'Andalucía' },
  '19': { names: ['Guadalajara'], iso: 'GU', community: 'Castilla-La Mancha' },
  '20': { names: ['Gipuzkoa', 'Guipúzcoa'], iso: 'SS', community: 'País Vasco' },
  '21': { names: ['Huelva'], iso: 'H', community: 'Andalucía' },
  '22': { names: ['Huesca'], iso: 'HU', community: 'Aragón' },
  '23': { names: ['Jaén'], iso: 'J', community: 'Andalucía' },
  '24': { names: ['León'], iso: 'LE', community: 'Castilla y León' },
  '25': { names: ['Lleida', 'Lérida'], iso: 'L', community: 'Cataluña' },
  '26': { names: ['La Rioja', 'Rioja'], iso: 'LO', community: 'La Rioja' },
  '27': { names: ['Lugo'], iso: 'LU', community: 'Galicia' },
  '28': { names: ['Madrid'], iso: 'M', community: 'Comunidad de Madrid' },
  '29': { names: ['Málaga'], iso: 'MA', community: 'Andalucía' },
  '30': { names: ['Murcia'], iso: 'MU', community: 'Región de Murcia' },
  '31': { names: ['Navarra', 'Nafarroa'], iso: 'NA', community: 'Navarra' },
  '32': { names: ['Ourense', 'Orense'], iso: 'OR', community: 'Galicia' },
  '33': { names: ['Asturias'], iso: 'O', community: 'Asturias' },
  '34': { names: ['Palencia'], iso: 'P', community: 'Castilla y León' },
  '35': { names: ['Las Palmas'], iso: 'GC', community: 'Canarias' },
  '36': { names: ['Pontevedra'], iso: 'PO', community: 'Galicia' },
  '37': { names: ['Salamanca'], iso: 'SA', community: 'Castilla y León' },
  '38': { names: ['Santa Cruz de Tenerife'], iso: 'TF', community: 'Canarias' },
  '39': { names: ['Cantabria'], iso: 'S', community: 'Cantabria' },
  '40': { names: ['Segovia'], iso: 'SG', community: 'Castilla y León' },
  '41': { names: ['Sevilla'], iso: 'SE', community: 'Andalucía' },
  '42': { names: ['Soria'], iso: 'SO', community: 'Castilla y León' },
  '43': { names: ['Tarragona'], iso: 'T', community: 'Cataluña' },
  '44': { names: ['Teruel'], iso: 'TE', community: 'Aragón' },
  '45': { names: ['Toledo'], iso: 'TO', community: 'Castilla-La Mancha' },
  '46': { names: ['Valencia', 'València'], iso: 'V', community: 'Comunitat Valenciana' },
  '47': { names: ['Valladolid'], iso: 'VA', community: 'Castilla y León' },
  '48': { names: ['Bizkaia', 'Vizcaya'], iso: 'BI', community: 'País Vasco' },
  '49': { names: ['Zamora'], iso: 'ZA', community: 'Castilla y León' },
  '50': { names: ['Zaragoza'], iso: 'Z', community: 'Aragón' },
  '51': { names: ['Ceuta'], iso: 'CE', community: 'Ceuta' },
  '52': { names: ['Melilla'], iso: 'ML', community: 'Melilla' },
};

/** Other names of the autonomous communities, as debtors write them. */
const COMMUNITY_ALIASES: Readonly<Record<string, string>> = {
  'Pais Vasco': 'País Vasco', Euskadi: 'País Vasco', 'Basque Country': 'País Vasco',
  Catalunya: 'Cataluña', Catalonia: 'Cataluña',
  'Comunidad Valenciana': 'Comunitat Valenciana',
  Andalusia: 'Andalucía',
  'Islas Canarias': 'Canarias', 'Canary Islands': 'Canarias',
  'Madrid (Comunidad de)': 'Comunidad de Madrid',
  'Murcia (Región de)': 'Región de Murcia',
  'Principado de Asturias': 'Asturias',
  'Comunidad Foral de Navarra': 'Navarra',
};

/**
 * Whether a stated region (a province or community name, in any of its forms, or an ISO 3166-2
 * code with or without "ES-") covers the province a postcode belongs to; null when the region is
 * not recognised, so it cannot be judged.
 */
export function regionMatchesSpanishPostcode(region: string, postcode: string): boolean | null {
  const province = SPANISH_PROVINCES[postcode.slice(0, 2)];
  const wanted = fold(region);
  if (!province || wanted === '') return null;
  const isoCode = wanted.replace(/^es-/, '');
  const matches = (candidate: Province): boolean =>
    candidate.names.some((name) => fold(name) === wanted) || candidate.iso.toLowerCase() === isoCode || communityNames(candidate.community).includes(wanted);
  if (matches(province)) return true;
  return Object.values(SPANISH_PROVINCES).some(matches) ? false : null;
}

function communityNames(community: string): string[] {
  const aliases = Object.entries(COMMUNITY_ALIASES).filter(([, name]) => name === community).map(([alias]) => alias);
  return [community, ...aliases].map(fold);
}

/** Case, accents, punctuation and spacing do not matter: "ALAVA" is "Álava", "Castilla - La Mancha" is "Castilla-La Mancha". */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^es (?=[a-z]{1,2}$)/, 'es-');
}
