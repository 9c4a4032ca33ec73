import type { Finding } from '../../domain/verdict/register-findings';
import { withRegisterFindings } from '../../domain/verdict/screening-verdict';
import type { ScreeningTransaction } from '../ports/screening-transaction.port';
import type { StatusChangeCause } from '../ports/verdict-publisher.port';
import { standingsOf } from './debtor-standing';

/** Why a debtor is being looked at again: what changed, and which register entry (none for a review). */
export interface Reassessment {
  cause: StatusChangeCause;
  register?: { source: string; entryId: string };
}

const signature = (findings: readonly Finding[]) =>
  findings
    .map((finding) => [finding.verdict, finding.reason, finding.source, finding.entryId ?? '', finding.since ?? ''].join('|'))
    .sort()
    .join(';');

/**
 * Recomputes the verdict of every open case of these debtors from their matches as they stand now,
 * and publishes DebtorStatusChanged for each case whose verdict or findings changed: a withdrawn
 * case, or one whose standing did not move, hears nothing. Returns how many changes were published.
 */
export async function reassessDebtors(tx: ScreeningTransaction, reasons: Map<string, Reassessment>, today: string, causationId?: string): Promise<number> {
  if (reasons.size === 0) return 0;
  const cases = await tx.matches.openCasesOf([...reasons.keys()]);
  if (cases.length === 0) return 0;
  const debtorIds = [...new Set(cases.map((openCase) => openCase.debtorIdentityId))];
  const standings = await standingsOf(tx.matches, debtorIds, today);
  let published = 0;
  for (const openCase of cases) {
    const screening = withRegisterFindings(openCase.contactScreening, standings.get(openCase.debtorIdentityId)?.findings ?? []);
    if (screening.verdict === openCase.verdict && signature(screening.findings) === signature(openCase.findings)) continue;
    await tx.matches.saveCaseScreenings([{ caseId: openCase.caseId, contactScreening: openCase.contactScreening, verdict: screening.verdict, findings: screening.findings }]);
    const reason = reasons.get(openCase.debtorIdentityId)!;
    await tx.verdicts.publishStatusChange(
      {
        caseId: openCase.caseId,
        debtorIdentityId: openCase.debtorIdentityId,
        verdict: screening.verdict,
        previousVerdict: openCase.verdict,
        findings: screening.findings,
        screening,
        cause: reason.cause,
        ...(reason.register ? { register: reason.register } : {}),
      },
      causationId,
    );
    published += 1;
  }
  return published;
}
