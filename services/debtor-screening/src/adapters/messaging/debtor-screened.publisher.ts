import { create } from '@bufbuild/protobuf';
import {
  ContactChannel,
  DebtorScreened_FindingSchema,
  DebtorScreened_IdentitySchema,
  DebtorScreenedSchema,
  DebtorStatusChangeCause,
  DebtorStatusChangedSchema,
  ScreeningReason,
  ScreeningVerdict,
} from '@collections/contracts';
import type { OutboxWriter } from '@collections/messaging';
import type { EntityManager } from 'typeorm';
import { VerdictPublisher, type CaseVerdict, type DebtorStatusChange, type StatusChangeCause } from '../../application/ports/verdict-publisher.port';
import type { Channel } from '../../domain/contacts';
import type { EnrichedIdentity } from '../../domain/verdict/enriched-identity';
import type { Finding, Verdict } from '../../domain/verdict/register-findings';

const VERDICTS: Record<Verdict, ScreeningVerdict> = {
  clear: ScreeningVerdict.CLEAR,
  suspended: ScreeningVerdict.SUSPENDED,
  rejected: ScreeningVerdict.REJECTED,
  needs_review: ScreeningVerdict.NEEDS_REVIEW,
};

const CHANNELS: Record<Channel, ContactChannel> = {
  LETTER: ContactChannel.LETTER,
  EMAIL: ContactChannel.EMAIL,
  SMS: ContactChannel.SMS,
  PHONE: ContactChannel.PHONE,
};

const CAUSES: Record<StatusChangeCause, DebtorStatusChangeCause> = {
  REGISTER_ENTRY_ADDED: DebtorStatusChangeCause.REGISTER_ENTRY_ADDED,
  REGISTER_ENTRY_CHANGED: DebtorStatusChangeCause.REGISTER_ENTRY_CHANGED,
  REGISTER_ENTRY_REMOVED: DebtorStatusChangeCause.REGISTER_ENTRY_REMOVED,
  REGISTER_ENTRY_DATES: DebtorStatusChangeCause.REGISTER_ENTRY_DATES,
  REVIEW_DECIDED: DebtorStatusChangeCause.REVIEW_DECIDED,
};

const toFinding = (finding: Finding) =>
  create(DebtorScreened_FindingSchema, { reason: ScreeningReason[finding.reason], source: finding.source, since: finding.since ?? '', detail: finding.detail });

function toIdentity(identity: EnrichedIdentity) {
  const address = identity.registeredAddress;
  return create(DebtorScreened_IdentitySchema, {
    source: identity.source,
    officialName: identity.officialName,
    legalForm: identity.legalForm ?? '',
    status: identity.status ?? '',
    ...(address ? { registeredAddress: { lines: address.street ? [address.street] : [], postalCode: address.postalCode ?? '', locality: address.locality ?? '', country: address.country, region: '' } } : {}),
  });
}

/** DebtorScreened and DebtorStatusChanged on screening.verdicts.v1, keyed by case id, through the caller's transaction. */
export class OutboxVerdictPublisher extends VerdictPublisher {
  constructor(
    private readonly manager: EntityManager,
    private readonly outbox: OutboxWriter,
  ) {
    super();
  }

  /** Every case id is new to this service's outbox (its first event), so the per-key lock is skipped. */
  async publish(verdicts: CaseVerdict[]): Promise<void> {
    const events = verdicts.map(({ caseId, debtorIdentityId, screening, identity, causationId }) => ({
      schema: DebtorScreenedSchema,
      key: caseId,
      causationId,
      data: {
        caseId,
        debtorIdentityId,
        verdict: VERDICTS[screening.verdict],
        findings: screening.findings.map(toFinding),
        usableChannels: screening.channels.map((channel) => CHANNELS[channel]),
        contacts: {
          addresses: screening.contacts.addresses.map((address) => ({ ...address, lines: [...address.lines], region: address.region ?? '' })),
          phones: screening.contacts.phones,
          emails: screening.contacts.emails,
        },
        ...(identity ? { identity: toIdentity(identity) } : {}),
      },
    }));
    await this.outbox.append(this.manager, events, { newKeys: true });
  }

  async publishStatusChange(change: DebtorStatusChange, causationId?: string): Promise<void> {
    await this.outbox.append(this.manager, [
      {
        schema: DebtorStatusChangedSchema,
        key: change.caseId,
        ...(causationId ? { causationId } : {}),
        data: {
          caseId: change.caseId,
          debtorIdentityId: change.debtorIdentityId,
          verdict: VERDICTS[change.verdict],
          previousVerdict: VERDICTS[change.previousVerdict],
          findings: change.findings.map(toFinding),
          usableChannels: change.screening.channels.map((channel) => CHANNELS[channel]),
          cause: CAUSES[change.cause],
          registerSource: change.register?.source ?? '',
          registerEntryId: change.register?.entryId ?? '',
        },
      },
    ]);
  }
}
