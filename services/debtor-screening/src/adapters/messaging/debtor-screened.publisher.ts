import { ContactChannel, DebtorScreenedSchema, ScreeningReason, ScreeningVerdict } from '@collections/contracts';
import type { OutboxWriter } from '@collections/messaging';
import type { EntityManager } from 'typeorm';
import { VerdictPublisher } from '../../application/ports/verdict-publisher.port';
import type { Channel } from '../../domain/contacts';
import type { Screening, Verdict } from '../../domain/verdict/screening-verdict';

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

/** DebtorScreened on screening.verdicts.v1, keyed by case id, through the consumer's transaction. */
export class OutboxVerdictPublisher extends VerdictPublisher {
  constructor(
    private readonly manager: EntityManager,
    private readonly outbox: OutboxWriter,
  ) {
    super();
  }

  async publish(caseId: string, debtorIdentityId: string, screening: Screening, causationId: string): Promise<void> {
    await this.outbox.append(this.manager, [
      {
        schema: DebtorScreenedSchema,
        key: caseId,
        causationId,
        data: {
          caseId,
          debtorIdentityId,
          verdict: VERDICTS[screening.verdict],
          findings: screening.findings.map((finding) => ({ reason: ScreeningReason[finding.reason], source: 'contacts', detail: finding.detail })),
          usableChannels: screening.channels.map((channel) => CHANNELS[channel]),
          contacts: {
            addresses: screening.contacts.addresses.map((address) => ({ ...address, lines: [...address.lines], region: address.region ?? '' })),
            phones: screening.contacts.phones,
            emails: screening.contacts.emails,
          },
        },
      },
    ]);
  }
}
