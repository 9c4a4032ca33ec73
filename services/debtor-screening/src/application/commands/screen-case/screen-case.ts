import { screenContacts, type SubmittedContacts } from '../../../domain/verdict/screening-verdict';
import type { DebtorIdentityStore } from '../../ports/debtor-identity.store.port';
import type { VerdictPublisher } from '../../ports/verdict-publisher.port';
import { resolveDebtor, type OpenedCase } from '../resolve-debtor/resolve-debtor';

/**
 * A new case: its debtor identity, its contacts screened, and one DebtorScreened. A CaseOpened
 * delivered again finds the case recorded and publishes nothing more.
 */
export async function screenCase(
  store: DebtorIdentityStore,
  verdicts: VerdictPublisher,
  opened: OpenedCase & { contacts: SubmittedContacts; eventId: string },
): Promise<void> {
  const { debtorIdentityId, recorded } = await resolveDebtor(store, opened);
  if (!recorded) return;
  await verdicts.publish(opened.caseId, debtorIdentityId, screenContacts(opened.contacts), opened.eventId);
}
