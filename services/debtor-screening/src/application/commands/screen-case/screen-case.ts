import type { SubmittedContacts } from '../../../domain/verdict/screening-verdict';
import { screenContacts, withRegisterFindings } from '../../../domain/verdict/screening-verdict';
import type { KnownDebtorProfile } from '../../ports/match-store.port';
import type { ScreeningTransaction } from '../../ports/screening-transaction.port';
import { debtorProfile } from '../../screening/debtor-profile';
import { standingsOf } from '../../screening/debtor-standing';
import { matchEntries } from '../../screening/match-entries';
import { resolveDebtors, type OpenedCase } from '../resolve-debtor/resolve-debtor';

export interface CaseToScreen extends OpenedCase {
  contacts: SubmittedContacts;
  eventId: string;
}

/**
 * New cases: each tied to its debtor identity, the debtor matched against the registers, the
 * contacts screened, and one DebtorScreened per case with the verdict, the findings and the identity
 * a register confirmed. Set-based, a consumer chunk at a time: a few statements whatever the number
 * of cases. A CaseOpened delivered again finds its case recorded and publishes nothing more.
 */
export async function screenCases(tx: ScreeningTransaction, opened: readonly CaseToScreen[], today: string): Promise<void> {
  const unique = [...new Map(opened.map((one) => [one.caseId, one] as const)).values()];
  const resolved = (await resolveDebtors(tx.identities, unique)).map((one, i) => ({ ...one, opened: unique[i]! }));
  const fresh = resolved.filter((one) => one.recorded);
  if (fresh.length === 0) return;

  const debtorIds = [...new Set(fresh.map((one) => one.debtorIdentityId))];
  const profiles = await tx.matches.profiles(debtorIds);
  for (const one of fresh) {
    profiles.set(one.debtorIdentityId, debtorProfile(one.debtorIdentityId, one.opened.debtor, one.opened.contacts.addresses, profiles.get(one.debtorIdentityId)));
  }
  const touched: KnownDebtorProfile[] = debtorIds.map((id) => profiles.get(id)!);
  await tx.matches.saveProfiles(touched);
  const candidates = await tx.registers.candidatesFor(touched);
  await tx.matches.saveMatches(touched.flatMap((profile) => matchEntries([profile], candidates.get(profile.debtorIdentityId) ?? [])));

  const standings = await standingsOf(tx.matches, debtorIds, today);
  const verdicts = fresh.map((one) => {
    const contactScreening = screenContacts(one.opened.contacts);
    const standing = standings.get(one.debtorIdentityId)!;
    return { one, contactScreening, standing, screening: withRegisterFindings(contactScreening, standing.findings) };
  });
  await tx.matches.saveCaseScreenings(verdicts.map(({ one, contactScreening, screening }) => ({ caseId: one.caseId, contactScreening, verdict: screening.verdict, findings: screening.findings })));
  await tx.verdicts.publish(
    verdicts.map(({ one, screening, standing }) => ({ caseId: one.caseId, debtorIdentityId: one.debtorIdentityId, screening, identity: standing.identity, causationId: one.opened.eventId })),
  );
}
