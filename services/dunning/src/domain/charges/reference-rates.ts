import type { HalfYear } from './calendar-days';

/**
 * The reference rates statutory default interest is built on, per half-year, as data with their
 * sources. Each value is the one the law fixes for the whole half-year (Directive 2011/7: the rate in
 * force on its first calendar day; DE: the Basiszinssatz; SE: the referensränta; GB: Bank Rate on
 * 31 December / 30 June before it). Only 2024-H1 … 2026-H1 are held; any other half-year is
 * unknown and interest for it is refused, never guessed. Rates are basis points (215 = 2.15 %).
 */
export const REFERENCE_INDICES = [
  'ECB_MRO', // ECB main refinancing operations rate
  'DE_BASE_RATE', // Basiszinssatz, BGB §247
  'SE_REFERENCE_RATE', // Riksbank referensränta, Räntelagen §9 (policy rate rounded up to the half point)
  'GB_BANK_RATE', // Bank of England Bank Rate
  'FR_LEGAL_RATE_OTHER', // taux de l'intérêt légal, "tous les autres cas" (professional creditor)
  'FR_LEGAL_RATE_CONSUMER_CREDITOR', // taux de l'intérêt légal, creditor a consumer (held for completeness; unused)
] as const;
export type ReferenceIndex = (typeof REFERENCE_INDICES)[number];

export interface ReferenceRate {
  index: ReferenceIndex;
  halfYear: HalfYear;
  basisPoints: number;
  source: string;
  verified: boolean;
}

const ECB = 'ecb.europa.eu key ECB interest rates (MRO 4.50 % from 2023-09-20, 4.25 % 2024-06-12, 3.15 % 2024-12-18, 2.15 % 2025-06-11); cross-checked with the BE rates of COUNTRY-RULES and DE base-rate changes';
const BUBA = 'bundesbank.de Basiszinssatz; 2026-H1 unchanged at 1.27 % per finanzmarktnachrichten.de (Bundesanzeiger 24-12-2025)';
const RIKSBANK = 'riksbank.se referensränta; values from mystep.se and capway.se (secondary)';
const BOE = 'bankofengland.co.uk Bank Rate (5.25 % to 2024-08-01, 4.75 % from 2024-11-07, 4.25 % from 2025-05-08, 3.75 % from 2025-12-18; press reports)';
const FR_LEGAL = 'arrêtés fixing the taux de l’intérêt légal; bpifrance-creation.fr (2024, 2025-H1), cna2c.fr / Lefebvre Dalloz (2025-H2)';
const FR_LEGAL_2026 = 'juriblio.fr (arrêté 15-12-2025), COUNTRY-RULES';

function rates(index: ReferenceIndex, source: string, values: Array<[HalfYear, number, boolean?]>): ReferenceRate[] {
  return values.map(([halfYear, basisPoints, verified]) => ({ index, halfYear, basisPoints, source, verified: verified ?? false }));
}

export const REFERENCE_RATES: readonly ReferenceRate[] = [
  ...rates('ECB_MRO', ECB, [['2024-H1', 450], ['2024-H2', 425], ['2025-H1', 315], ['2025-H2', 215], ['2026-H1', 215]]),
  ...rates('DE_BASE_RATE', BUBA, [['2024-H1', 362], ['2024-H2', 337], ['2025-H1', 227], ['2025-H2', 127], ['2026-H1', 127]]),
  ...rates('SE_REFERENCE_RATE', RIKSBANK, [['2024-H1', 400], ['2024-H2', 400], ['2025-H1', 300], ['2025-H2', 200], ['2026-H1', 200]]),
  ...rates('GB_BANK_RATE', BOE, [['2024-H1', 525], ['2024-H2', 525], ['2025-H1', 475], ['2025-H2', 425], ['2026-H1', 375]]),
  ...rates('FR_LEGAL_RATE_OTHER', FR_LEGAL, [['2024-H1', 507], ['2024-H2', 492], ['2025-H1', 371], ['2025-H2', 276]]),
  ...rates('FR_LEGAL_RATE_OTHER', FR_LEGAL_2026, [['2026-H1', 262, true]]),
  ...rates('FR_LEGAL_RATE_CONSUMER_CREDITOR', FR_LEGAL, [['2024-H1', 801], ['2024-H2', 816], ['2025-H1', 721], ['2025-H2', 665]]),
  ...rates('FR_LEGAL_RATE_CONSUMER_CREDITOR', FR_LEGAL_2026, [['2026-H1', 667, true]]),
];

/** The rate of an index for a half-year, or undefined when the table does not know it. */
export function referenceRate(index: ReferenceIndex, halfYear: HalfYear, table: readonly ReferenceRate[] = REFERENCE_RATES): ReferenceRate | undefined {
  return table.find((rate) => rate.index === index && rate.halfYear === halfYear);
}
