import { randomUUID } from 'node:crypto';
import { Case, type CaseOrigin } from '../../../domain/case/case.aggregate';
import type { CaseFile } from '../../../domain/case-file/case-file';
import { caseFileDifferences, fingerprintCaseFile } from '../../../domain/case-file/case-file-fingerprint';
import { assignInOrder } from '../../../domain/consultant/consultant-assignment';
import type { FieldError } from '../../../domain/shared/field-error';
import type { IntakeTransaction, KnownCase } from '../../ports/intake-transaction.port';

/** What became of one submitted case file. */
export type OpeningOutcome =
  | { status: 'opened'; caseId: string; consultantId: string | null }
  /** The same reference with the same content was already there: nothing new (idempotent). */
  | { status: 'existing'; caseId: string; consultantId: string | null }
  /** The same reference with different content: rejected with the differing fields. */
  | { status: 'conflict'; caseId: string; differences: FieldError[] };

/**
 * Opens cases for validated case files of one creditor, inside the caller's transaction: the
 * single API call, a chunk of a bulk file and a channel claim all come through here, so the
 * idempotency and assignment rules cannot differ between routes.
 */
export async function openCases(tx: IntakeTransaction, creditorId: string, files: CaseFile[], origin: CaseOrigin, now: Date): Promise<OpeningOutcome[]> {
  const known = new Map<string, KnownCase & { caseFile?: CaseFile }>();
  const lookUp = async (references: string[]) => {
    for (const found of await tx.cases.findByReferences(creditorId, references)) known.set(found.creditorReference, found);
  };
  await lookUp([...new Set(files.map((file) => file.creditorReference))]);

  // Each reference not yet known is opened once, from its first occurrence in the batch.
  const firsts = new Map<string, CaseFile>();
  for (const file of files) if (!known.has(file.creditorReference) && !firsts.has(file.creditorReference)) firsts.set(file.creditorReference, file);
  const fresh = [...firsts.values()];
  if (fresh.length > 0) {
    const candidates = await tx.consultants.lockCandidates([...new Set(fresh.map((file) => file.debtor.country))]);
    const consultants = assignInOrder(candidates, fresh.map((file) => file.debtor));
    const fee = await tx.terms.registrationFee(creditorId);
    const cases = fresh.map((caseFile, i) =>
      Case.open({ id: randomUUID(), creditorId, caseFile, fingerprint: fingerprintCaseFile(caseFile), consultantId: consultants[i], origin, openedAt: now }, fee),
    );
    const inserted = await tx.cases.insertNew(cases);
    const load = new Map<string, number>();
    for (const opened of cases) {
      if (!inserted.has(opened.props.id)) continue;
      const { id, fingerprint, consultantId, caseFile } = opened.props;
      known.set(caseFile.creditorReference, { id, creditorReference: caseFile.creditorReference, fingerprint, consultantId, caseFile });
      if (opened.props.consultantId) load.set(opened.props.consultantId, (load.get(opened.props.consultantId) ?? 0) + 1);
    }
    if (load.size > 0) await tx.consultants.addOpenCases(load);
    const raced = cases.filter((lost) => !inserted.has(lost.props.id)).map((lost) => lost.props.caseFile.creditorReference);
    if (raced.length > 0) await lookUp(raced);
  }

  const openedNow = new Set<string>();
  const outcomes: OpeningOutcome[] = [];
  for (const file of files) {
    const existing = known.get(file.creditorReference);
    // An insert skipped for a conflict always finds the winner on the second look (READ COMMITTED).
    if (!existing) throw new Error('a case skipped as already present could not be read back');
    const { id, consultantId, fingerprint } = existing;
    if (firsts.get(file.creditorReference) === file && existing.caseFile === file && !openedNow.has(id)) {
      openedNow.add(id);
      outcomes.push({ status: 'opened', caseId: id, consultantId });
    } else if (fingerprint === fingerprintCaseFile(file)) {
      outcomes.push({ status: 'existing', caseId: id, consultantId });
    } else {
      const stored = existing.caseFile ?? (await tx.cases.caseFileOf(id));
      outcomes.push({ status: 'conflict', caseId: id, differences: caseFileDifferences(stored, file) });
    }
  }
  return outcomes;
}
