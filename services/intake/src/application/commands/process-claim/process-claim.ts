import type { CaseFileInput } from '../../../domain/case-file/case-file.input';
import { validateCaseFile } from '../../../domain/case-file/validate-case-file';
import { admitClaim } from '../../../domain/channel/channel';
import { calendarDateOf } from '../../../domain/shared/calendar-date';
import { fieldError, type FieldError } from '../../../domain/shared/field-error';
import type { ClaimIdentity, ClaimLedger, ClaimOutcome } from '../../ports/claim-ledger.port';
import type { IntakeTransaction } from '../../ports/intake-transaction.port';
import { openCases } from '../open-cases/open-cases';

export interface SubmittedClaim extends ClaimIdentity {
  creditorId: string;
  caseFile: CaseFileInput;
  /** The CloudEvents id of the ClaimSubmitted, as causation of the answer. */
  eventId: string;
}

/**
 * A ClaimSubmitted from a channel, applied with the same rules and idempotency as the API, and
 * always answered (ClaimAccepted or ClaimRejected) unless this claim id was answered before.
 * `translateField` turns a case-file path into the claim contract's own field path.
 */
export async function processClaim(
  tx: IntakeTransaction,
  ledger: ClaimLedger,
  claim: SubmittedClaim,
  now: Date,
  translateField: (path: string) => string,
): Promise<ClaimOutcome | undefined> {
  if (claim.claimId && (await ledger.alreadyAnswered(claim.channelId, claim.claimId))) return undefined;
  const outcome = await decide(tx, ledger, claim, now, translateField);
  await ledger.answer(claim, outcome, claim.eventId);
  return outcome;
}

async function decide(tx: IntakeTransaction, ledger: ClaimLedger, claim: SubmittedClaim, now: Date, translateField: (path: string) => string): Promise<ClaimOutcome> {
  const missing = (['claimId', 'channelId', 'creditorId'] as const).filter((field) => claim[field] === '');
  if (missing.length > 0) return { accepted: false, errors: missing.map((field) => fieldError(translateField(field), 'REQUIRED', 'is required')) };
  const refused = admitClaim(await ledger.findChannel(claim.channelId), claim.creditorId);
  if (refused) return { accepted: false, errors: [refused] };
  const validation = validateCaseFile(claim.caseFile, calendarDateOf(now));
  const translate = (errors: FieldError[]) => errors.map((error) => ({ ...error, field: translateField(error.field) }));
  if (!validation.ok) return { accepted: false, errors: translate(validation.errors) };
  const [opened] = await openCases(tx, claim.creditorId, [validation.caseFile], { route: 'channel', claimId: claim.claimId }, now);
  if (opened.status === 'conflict') return { accepted: false, errors: translate(opened.differences) };
  return { accepted: true, caseId: opened.caseId };
}
