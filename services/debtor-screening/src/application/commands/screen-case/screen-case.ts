import type { SubmittedContacts } from '../../../domain/verdict/screening-verdict';
import { screenContacts, withRegisterFindings } from '../../../domain/verdict/screening-verdict';
import type { ScreeningTransaction } from '../../ports/screening-transaction.port';
import { debtorProfile } from '../../screening/debtor-profile';
import { standingsOf } from '../../screening/debtor-standing';
import { matchEntries } from '../../screening/match-entries';
import { resolveDebtor, type OpenedCase } from '../resolve-debtor/resolve-debtor';

export interface CaseToScreen extends OpenedCase {
  contacts: SubmittedContacts;
  eventId: string;
}

/**
 * A new case: its debtor identity, the registers matched against the debtor, its contacts screened,
 * and one DebtorScreened with the verdict, the findings and the identity a register confirmed. A
 * CaseOpened delivered again finds the case recorded and publishes nothing more.
 */
export async function screenCase(tx: ScreeningTransaction, opened: CaseToScreen, today: string): Promise<void> {
  const { debtorIdentityId, recorded } = await resolveDebtor(tx.identities, opened);
  if (!recorded) return;
  const profile = debtorProfile(debtorIdentityId, opened.debtor, opened.contacts.addresses, await tx.matches.profile(debtorIdentityId));
  await tx.matches.saveProfile(profile);
  const candidates = await tx.registers.candidatesFor(profile.lookup);
  await tx.matches.saveMatches(matchEntries([profile], candidates));

  const standing = (await standingsOf(tx.matches, [debtorIdentityId], today)).get(debtorIdentityId)!;
  const contactScreening = screenContacts(opened.contacts);
  const screening = withRegisterFindings(contactScreening, standing.findings);
  await tx.matches.saveCaseScreening(opened.caseId, contactScreening, screening.verdict, screening.findings);
  await tx.verdicts.publish(opened.caseId, debtorIdentityId, screening, standing.identity, opened.eventId);
}
