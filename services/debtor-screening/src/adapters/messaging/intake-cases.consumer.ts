import { Injectable } from '@nestjs/common';
import { Clock } from '@collections/clock';
import { CaseOpenedSchema, CaseWithdrawnSchema, type CaseOpened, type CaseWithdrawn } from '@collections/contracts';
import { HandlesEvent, type EventContext } from '@collections/messaging';
import { resolveDebtor } from '../../application/commands/resolve-debtor/resolve-debtor';
import type { DebtorFacts } from '../../domain/identity/debtor-identity-keys';
import { SqlDebtorIdentityStore } from '../persistence/sql-debtor-identity.store';

/** Intake's case events (intake.cases.v1): each new case is tied to its debtor identity. */
@Injectable()
export class IntakeCasesConsumer {
  constructor(private readonly clock: Clock) {}

  @HandlesEvent(CaseOpenedSchema)
  async onCaseOpened(event: CaseOpened, context: EventContext): Promise<void> {
    await resolveDebtor(new SqlDebtorIdentityStore(context.manager), {
      caseId: event.caseId,
      creditorId: event.creditorId,
      openedAt: context.event.time ? new Date(context.event.time) : this.clock.now(),
      debtor: debtorFacts(event),
    });
  }

  @HandlesEvent(CaseWithdrawnSchema)
  async onCaseWithdrawn(event: CaseWithdrawn, context: EventContext): Promise<void> {
    await new SqlDebtorIdentityStore(context.manager).closeCase(event.caseId, 'withdrawn');
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
