import { create, type Message } from '@bufbuild/protobuf';
import { ContactChannel } from '../../generated/collections/v1/common_pb';
import {
  DebtorScreened_ContactsSchema,
  DebtorScreened_FindingSchema,
  DebtorScreened_IdentitySchema,
  DebtorScreenedSchema,
  DebtorStatusChangeCause,
  DebtorStatusChangedSchema,
  ScreeningReason,
  ScreeningVerdict,
} from '../../generated/collections/v1/screening_pb';
import { brusselsAddress, CASE_ID } from './sample-values';

export const screeningSamples: readonly Message[] = [
  create(DebtorScreenedSchema, {
    caseId: CASE_ID,
    debtorIdentityId: 'd1e2b3f4-0000-4000-8000-000000000abc',
    verdict: ScreeningVerdict.SUSPENDED,
    findings: [
      create(DebtorScreened_FindingSchema, {
        reason: ScreeningReason.BANKRUPTCY,
        source: 'BE.official-gazette-bankruptcies',
        since: '2024-09-15',
        detail: 'Bankruptcy declared by the enterprise court; trustee Me Janssens',
      }),
    ],
    usableChannels: [ContactChannel.LETTER, ContactChannel.EMAIL],
    contacts: create(DebtorScreened_ContactsSchema, {
      addresses: [brusselsAddress()],
      phones: ['+3225551234'],
      emails: ['marie.dupont@example.be'],
    }),
    identity: create(DebtorScreened_IdentitySchema, {
      source: 'BE.crossroads-bank-for-enterprises',
      officialName: 'Dupont Renovation',
      legalForm: 'SRL',
      registeredAddress: brusselsAddress(),
      status: 'bankrupt',
    }),
  }),
  create(DebtorStatusChangedSchema, {
    caseId: CASE_ID,
    debtorIdentityId: 'd1e2b3f4-0000-4000-8000-000000000abc',
    verdict: ScreeningVerdict.SUSPENDED,
    previousVerdict: ScreeningVerdict.CLEAR,
    findings: [
      create(DebtorScreened_FindingSchema, {
        reason: ScreeningReason.COLLECTIVE_DEBT_SETTLEMENT,
        source: 'BE.central-individual-debt-register',
        since: '2024-09-15',
        detail: 'Admissibility order of the labour court; mediator appointed',
      }),
    ],
    usableChannels: [ContactChannel.LETTER],
    cause: DebtorStatusChangeCause.REGISTER_ENTRY_ADDED,
    registerSource: 'BE.central-individual-debt-register',
    registerEntryId: 'RCD-2024-00731',
  }),
];
