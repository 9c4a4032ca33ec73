import { create } from '@bufbuild/protobuf';
import { timestampFromDate, type Timestamp } from '@bufbuild/protobuf/wkt';
import {
  BalanceSchema,
  InstalmentSchema,
  MoneySchema,
  PostalAddressSchema,
  type Balance,
  type Instalment,
  type Money,
  type PostalAddress,
} from '../../generated/collections/v1/common_pb';

/**
 * Building blocks of the sample events. Values are fixed (no clock, no random ids) so that the
 * samples, and the frozen fixtures made from them, are the same on every run. All data is made up.
 */

export const CASE_ID = '5b0c7f2e-3c1a-4d2e-9a61-0f4b8c2d7e10';
export const CREDITOR_ID = '1f6d2a90-7b3e-4c55-8e0a-2d9b4f6c1a22';
export const CONSULTANT_ID = 'c0a8e3d4-1b2f-4a6c-9d7e-5f3a2b1c0d33';
export const AGENT_ID = 'a7e2c9b1-4d3f-4e8a-b6c5-1d2e3f4a5b44';

export function eur(amountMinor: number): Money {
  return create(MoneySchema, { amountMinor: BigInt(amountMinor), currency: 'EUR' });
}

export function instant(iso: string): Timestamp {
  return timestampFromDate(new Date(iso));
}

export function brusselsAddress(): PostalAddress {
  return create(PostalAddressSchema, {
    lines: ['Rue de la Loi 16', 'Boîte 3'],
    postalCode: '1000',
    locality: 'Bruxelles',
    region: 'Bruxelles-Capitale',
    country: 'BE',
  });
}

/** EUR 1,234.56 of principal with interest, costs and charges on top. */
export function sampleBalance(): Balance {
  return create(BalanceSchema, {
    principal: eur(123456),
    interest: eur(4210),
    costs: eur(2500),
    charges: eur(6500),
  });
}

export function sampleInstalments(): Instalment[] {
  return [
    create(InstalmentSchema, { number: 1, dueDate: '2025-04-01', amount: eur(68333) }),
    create(InstalmentSchema, { number: 2, dueDate: '2025-05-01', amount: eur(68333) }),
  ];
}
