import { Injectable } from '@nestjs/common';
import { Clock } from '@collections/clock';
import { CaseOpenedSchema, CaseWithdrawnSchema, type CaseOpened, type CaseWithdrawn } from '@collections/contracts';
import { HandlesEvent, HandlesEventBatch, type EventBatchItem, type EventContext } from '@collections/messaging';
import { utcDate } from '../../application/commands/import-register/import-register';
import { screenCases, type CaseToScreen } from '../../application/commands/screen-case/screen-case';
import type { DebtorFacts } from '../../domain/identity/debtor-identity-keys';
import { TypeOrmUnitOfWork } from '../persistence/typeorm-unit-of-work';

/** Intake's case events (intake.cases.v1): each new case is tied to its debtor identity and screened once. */
@Injectable()
export class IntakeCasesConsumer {
  constructor(
    private readonly clock: Clock,
    private readonly uow: TypeOrmUnitOfWork,
  ) {}

  /** A chunk of new cases at once: screening runs a few statements per chunk, not per case. */
  @HandlesEventBatch(CaseOpenedSchema)
  async onCasesOpened(items: EventBatchItem[]): Promise<void> {
    const { manager, outbox } = items[0]!.context;
    await screenCases(this.uow.within(manager, outbox), items.map(({ data, context }) => this.caseToScreen(data as CaseOpened, context)), utcDate(this.clock.now()));
  }

  private caseToScreen(event: CaseOpened, context: EventContext): CaseToScreen {
    return {
      caseId: event.caseId,
      creditorId: event.creditorId,
      openedAt: context.event.time ? new Date(context.event.time) : this.clock.now(),
      debtor: debtorFacts(event),
      contacts: {
        addresses: (event.debtor?.addresses ?? []).map((address) => ({ lines: address.lines, postalCode: address.postalCode, locality: address.locality, region: address.region || undefined, country: address.country })),
        phones: event.debtor?.phones ?? [],
        emails: event.debtor?.emails ?? [],
        country: event.debtor?.country ?? '',
      },
      eventId: context.event.id,
    };
  }

  @HandlesEvent(CaseWithdrawnSchema)
  async onCaseWithdrawn(event: CaseWithdrawn, context: EventContext): Promise<void> {
    await this.uow.within(context.manager, context.outbox).identities.closeCase(event.caseId, 'withdrawn');
  }
}

export function debtorFacts(event: CaseOpened): DebtorFacts {
  const debtor = event.debtor;
  const party = debtor?.party;
  const common = { country: debtor?.country ?? '', postalCodes: (debtor?.addresses ?? []).map((address) => address.postalCode) };
  if (party?.case === 'company') {
    return { kind: 'company', ...common, companyNumber: party.value.companyNumber, vatNumber: party.value.vatNumber, legalName: party.value.legalName };
  }
  const person = party?.case === 'person' ? party.value : undefined;
  return { kind: 'person', ...common, nationalId: person?.nationalId, givenNames: person?.givenNames, familyName: person?.familyName, birthDate: person?.birthDate || undefined };
}
