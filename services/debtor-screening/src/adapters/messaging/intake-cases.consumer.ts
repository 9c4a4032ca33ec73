import { Injectable } from '@nestjs/common';
import { Clock } from '@collections/clock';
import { CaseOpenedSchema, CaseWithdrawnSchema, type CaseOpened, type CaseWithdrawn } from '@collections/contracts';
import { HandlesEvent, type EventContext } from '@collections/messaging';
import { utcDate } from '../../application/commands/import-register/import-register';
import { screenCase } from '../../application/commands/screen-case/screen-case';
import type { DebtorFacts } from '../../domain/identity/debtor-identity-keys';
import { TypeOrmUnitOfWork } from '../persistence/typeorm-unit-of-work';

/** Intake's case events (intake.cases.v1): each new case is tied to its debtor identity and screened once. */
@Injectable()
export class IntakeCasesConsumer {
  constructor(
    private readonly clock: Clock,
    private readonly uow: TypeOrmUnitOfWork,
  ) {}

  @HandlesEvent(CaseOpenedSchema)
  async onCaseOpened(event: CaseOpened, context: EventContext): Promise<void> {
    const tx = this.uow.within(context.manager, context.outbox);
    await screenCase(tx, {
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
    }, utcDate(this.clock.now()));
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
