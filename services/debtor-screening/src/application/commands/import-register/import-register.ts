import { createHash, randomUUID } from 'node:crypto';
import type { Clock } from '@collections/clock';
import type { RegisterEntry, RegisterKind } from '../../../domain/registers/register-entry';
import type { RowProblem, RowProblemCode } from '../../../domain/registers/register-row';
import { ScreeningError } from '../../../domain/screening-error';
import type { RegisterBatch, RegisterChange, RegisterFeed } from '../../ports/register-feed.port';
import type { RegisterImportCounts, RegisterImportReport } from '../../ports/register-import-log.port';
import type { EntryToWrite, StoredRegisterEntry } from '../../ports/register-store.port';
import type { ScreeningTransaction, UnitOfWork } from '../../ports/screening-transaction.port';
import { matchEntries } from '../../screening/match-entries';
import { reassessDebtors, type Reassessment } from '../../screening/reassess-debtors';

export interface ImportRegister {
  source: string;
  kind: RegisterKind;
  feed: RegisterFeed;
}

/**
 * Every field of an entry but its action, in a fixed order: the same content gives the same hash,
 * so a repeated row is recognised as unchanged. A field added to RegisterEntry must be added here
 * (contentHash's spec changes each field of a full entry and expects a new hash).
 */
export function contentHash(entry: RegisterEntry): string {
  const { subject: s } = entry;
  const fields = [
    entry.entryId, s.kind, s.country, s.nationalId, s.companyNumber, s.givenNames, s.familyName, s.legalName, s.birthDate, s.street, s.postalCode, s.locality,
    entry.situation, entry.legalForm, entry.status, entry.effectiveFrom, entry.effectiveTo, entry.reference, entry.heirsKnown === undefined ? undefined : String(entry.heirsKnown), entry.contact,
  ];
  return createHash('sha1').update(fields.map((field) => field ?? '\u0000').join('\u001f')).digest('base64url');
}

/** Register dates are calendar dates; screening compares them with today's date in UTC. */
export const utcDate = (instant: Date) => instant.toISOString().slice(0, 10);

const problem = (change: RegisterChange, code: RowProblemCode, reason: string): RowProblem => ({ row: change.row, field: 'entry_id', code, reason });

interface Classified {
  /** Rows to write; the write tells which it added, changed or found unchanged. */
  writes: EntryToWrite[];
  candidates: number;
  added: string[];
  changed: string[];
  removed: string[];
  /** Rows known unchanged before writing (an add or change repeating the stored content). */
  unchanged: number;
  problems: RowProblem[];
}

/**
 * Loads a register's changes batch by batch, each batch in one transaction: entries added, changed
 * or removed and, in the same transaction, the debtors with open cases the changes concern matched
 * again and re-assessed, with DebtorStatusChanged for each case whose verdict moved (monitoring).
 * A bad row is reported and skipped; the good rows of the same batch load. The report is kept.
 */
export class RegisterImporter {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  async run(command: ImportRegister): Promise<RegisterImportReport> {
    const importId = randomUUID();
    await this.uow.run(async (tx) => {
      const kind = await tx.registers.declare(command.source, command.kind);
      if (kind !== command.kind) {
        throw new ScreeningError('SCREENING.REGISTER_KIND_MISMATCH', `register ${command.source} holds ${kind}, not ${command.kind}`, 'conflict', [
          { field: 'kind', reason: `the register already holds ${kind}` },
        ]);
      }
      await tx.imports.start({ importId, source: command.source, fileName: command.feed.name, startedAt: this.clock.now() });
    });
    const inFlight: Array<Promise<void>> = [];
    try {
      // Two batches in flight: the next one is read, checked and prepared (CPU) while the previous
      // one is written (database), so the two cores work at once. The register lock still lets one
      // batch write at a time, and in file order: a batch asks for it only once the previous one holds it.
      let previousLocked: Promise<void> = Promise.resolve();
      for await (const batch of command.feed.batches()) {
        let locked!: () => void;
        const thisLocked = new Promise<void>((resolve) => (locked = resolve));
        const turn = { after: previousLocked, locked };
        const run = this.uow.run((tx) => this.apply(tx, importId, command, batch, turn)).finally(locked);
        run.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile
        previousLocked = thisLocked;
        inFlight.push(run);
        if (inFlight.length === 2) await inFlight.shift();
      }
      while (inFlight.length > 0) await inFlight.shift();
      await this.uow.run((tx) => tx.imports.finish(importId, this.clock.now()));
    } catch (error) {
      await Promise.allSettled(inFlight);
      await this.uow.run((tx) => tx.imports.finish(importId, this.clock.now(), error instanceof Error ? error.message : String(error)));
      throw error;
    }
    return (await this.uow.run((tx) => tx.imports.report(importId)))!;
  }

  private async apply(tx: ScreeningTransaction, importId: string, command: ImportRegister, batch: RegisterBatch, turn: { after: Promise<void>; locked: () => void }): Promise<void> {
    const { source } = command;
    await tx.registers.relaxDurability();
    const takeLock = async () => {
      await turn.after;
      await tx.registers.lock(source);
      turn.locked();
    };
    // Only rows whose outcome depends on what the register holds are looked up first (under the
    // lock); a plain add-or-change row is written, and the write says whether it added, changed or
    // left it alone, so a batch of those is prepared before it waits for the lock.
    const dependent = batch.changes.filter((change) => change.declaredAction !== 'upsert').map((change) => change.entry.entryId);
    if (dependent.length > 0) await takeLock();
    const existing = dependent.length > 0 ? await tx.registers.existing(source, dependent) : new Map<string, string>();
    const work = classify(batch, existing, { importId, fileName: command.feed.name });
    const prepared = tx.registers.prepareUpsert(work.writes);
    if (dependent.length === 0) await takeLock();
    const { added, changed } = await tx.registers.upsert(source, prepared);
    work.added = added;
    work.changed = changed;
    const written = new Set([...added, ...changed]);
    work.writes = work.writes.filter((write) => written.has(write.entry.entryId));
    const reasons = await this.rematch(tx, command, work);
    if (work.removed.length > 0) {
      for (const { debtorIdentityId, entryId } of await tx.matches.debtorsMatching(source, work.removed)) {
        reasons.set(debtorIdentityId, { cause: 'REGISTER_ENTRY_REMOVED', register: { source, entryId } });
      }
      await tx.matches.forgetAutomaticMatches(source, work.removed);
      await tx.registers.remove(source, work.removed);
    }
    const statusChanges = await reassessDebtors(tx, reasons, utcDate(this.clock.now()));
    const counts: RegisterImportCounts = {
      rowsRead: batch.changes.length + batch.problems.length,
      added: added.length,
      changed: changed.length,
      unchanged: work.unchanged + work.candidates - written.size,
      removed: work.removed.length,
      rejected: new Set(work.problems.map((rowProblem) => rowProblem.row)).size,
      statusChanges,
    };
    await tx.imports.progress(importId, counts, work.problems.sort((a, b) => a.row - b.row));
  }

  /**
   * Monitoring: debtors with open cases an added or changed entry may concern are matched against
   * it, and so are the debtors a changed entry matched before (it may no longer be them).
   */
  private async rematch(tx: ScreeningTransaction, command: ImportRegister, work: Classified): Promise<Map<string, Reassessment>> {
    const reasons = new Map<string, Reassessment>();
    if (work.writes.length === 0) return reasons;
    const { source, kind } = command;
    const entries: StoredRegisterEntry[] = work.writes.map(({ entry }) => {
      const { action: _action, ...content } = entry;
      return { ...content, source, registerKind: kind };
    });
    const added = new Set(work.added);
    const causeOf = (entryId: string): Reassessment => ({ cause: added.has(entryId) ? 'REGISTER_ENTRY_ADDED' : 'REGISTER_ENTRY_CHANGED', register: { source, entryId } });
    if (work.changed.length > 0) {
      for (const { debtorIdentityId, entryId } of await tx.matches.debtorsMatching(source, work.changed)) reasons.set(debtorIdentityId, causeOf(entryId));
      await tx.matches.forgetAutomaticMatches(source, work.changed);
    }
    const matches = matchEntries(await tx.matches.debtorsNear(entries), entries);
    await tx.matches.saveMatches(matches);
    for (const match of matches) if (!reasons.has(match.debtorIdentityId)) reasons.set(match.debtorIdentityId, causeOf(match.entryId));
    return reasons;
  }
}

/**
 * What each change does against what the register holds: a repeat of the stored content is
 * unchanged (so a file loaded twice changes nothing); `add` of an entry stored with other content,
 * and `change` or `remove` of an unknown entry, are reported rather than guessed at; an entry twice
 * in one batch (a live feed may send it) is taken once and the repeat reported.
 */
function classify(batch: RegisterBatch, existing: Map<string, string>, origin: { importId: string; fileName: string }): Classified {
  const work: Classified = { writes: [], candidates: 0, added: [], changed: [], removed: [], unchanged: 0, problems: [...batch.problems] };
  const seen = new Set<string>();
  for (const change of batch.changes) {
    const { entryId } = change.entry;
    if (seen.has(entryId)) {
      work.problems.push(problem(change, 'duplicate_entry', `entry ${entryId} appears twice in the same batch; the first is kept`));
      continue;
    }
    seen.add(entryId);
    const known = existing.get(entryId);
    if (change.declaredAction === 'remove') {
      if (known === undefined) work.problems.push(problem(change, 'unknown_entry', `entry ${entryId} is not in the register, so it cannot be removed`));
      else work.removed.push(entryId);
      continue;
    }
    const hash = contentHash(change.entry);
    if (known === hash) {
      work.unchanged += 1;
    } else if (known === undefined && change.declaredAction === 'change') {
      work.problems.push(problem(change, 'unknown_entry', `entry ${entryId} is not in the register, so it cannot be changed (use add)`));
    } else if (known !== undefined && change.declaredAction === 'add') {
      work.problems.push(problem(change, 'entry_exists', `entry ${entryId} is already in the register with other content (use change)`));
    } else {
      work.writes.push({ entry: change.entry, contentHash: hash, provenance: { ...origin, row: change.row } });
    }
  }
  work.candidates = work.writes.length;
  return work;
}
