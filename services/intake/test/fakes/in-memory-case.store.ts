import { Case } from '../../src/domain/case/case.aggregate';
import type { CaseEvent } from '../../src/domain/case/case.events';
import { CaseStore, type KnownCase } from '../../src/application/ports/intake-transaction.port';
import type { CaseFile } from '../../src/domain/case-file/case-file';

const keyOf = (creditorId: string, reference: string) => `${creditorId}\u0000${reference}`;

/**
 * The cases table in memory: (creditor, reference) is unique, insertNew skips a taken reference
 * (ON CONFLICT DO NOTHING), and the events of the inserted cases land in `published` (the outbox).
 * Cases are stored and handed out as copies, as a database would.
 */
export class InMemoryCaseStore extends CaseStore {
  readonly published: CaseEvent[] = [];
  private readonly rows = new Map<string, Case>();
  private readonly concurrentWrites: Case[] = [];

  /** A case already in the store, as if an earlier submission had opened it. */
  seed(existing: Case): void {
    this.rows.set(keyOf(existing.props.creditorId, existing.props.caseFile.creditorReference), copyOf(existing));
  }

  /**
   * Another transaction inserts this case after the caller looked its reference up and before the
   * caller's insert: the caller's insert of the same reference is then skipped.
   */
  insertConcurrentlyBeforeNextInsert(other: Case): void {
    this.concurrentWrites.push(other);
  }

  get all(): Case[] {
    return [...this.rows.values()].map(copyOf);
  }

  casesOfReference(creditorId: string, reference: string): Case[] {
    return this.all.filter((c) => c.props.creditorId === creditorId && c.props.caseFile.creditorReference === reference);
  }

  async findByReferences(creditorId: string, references: string[]): Promise<KnownCase[]> {
    return references.flatMap((reference) => {
      const found = this.rows.get(keyOf(creditorId, reference));
      return found ? [{ id: found.props.id, creditorReference: reference, fingerprint: found.props.fingerprint, consultantId: found.props.consultantId }] : [];
    });
  }

  async caseFileOf(caseId: string): Promise<CaseFile> {
    const found = [...this.rows.values()].find((c) => c.props.id === caseId);
    if (!found) throw new Error(`case ${caseId} is not in the store`);
    return copyOf(found).props.caseFile;
  }

  async findForUpdate(creditorId: string, caseId: string): Promise<Case | undefined> {
    const found = [...this.rows.values()].find((c) => c.props.id === caseId && c.props.creditorId === creditorId);
    return found ? copyOf(found) : undefined;
  }

  async insertNew(cases: Case[]): Promise<Set<string>> {
    for (const other of this.concurrentWrites.splice(0)) this.seed(other);
    const inserted = new Set<string>();
    for (const candidate of cases) {
      const key = keyOf(candidate.props.creditorId, candidate.props.caseFile.creditorReference);
      const recorded = candidate.pullEvents();
      if (this.rows.has(key)) continue;
      this.rows.set(key, copyOf(candidate));
      this.published.push(...recorded);
      inserted.add(candidate.props.id);
    }
    return inserted;
  }

  async update(changed: Case): Promise<void> {
    const key = keyOf(changed.props.creditorId, changed.props.caseFile.creditorReference);
    if (this.rows.get(key)?.props.id !== changed.props.id) throw new Error(`case ${changed.props.id} is not in the store`);
    this.published.push(...changed.pullEvents());
    this.rows.set(key, copyOf(changed));
  }
}

function copyOf(stored: Case): Case {
  return Case.restore(structuredClone({ ...stored.props }));
}
