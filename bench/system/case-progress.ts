/**
 * How far each case of the system benchmark has come, read from the topics themselves: a kafkajs
 * consumer of its own group on intake.cases.v1, screening.verdicts.v1 and dunning.actions.v1 counts,
 * per case id (the message key), CaseOpened, DebtorScreened (with its verdict and whether a letter can
 * reach the debtor), the first dunning step scheduled (NextStepScheduled: the plan started), the first
 * action sent (a letter, message, call or visit) and every LetterRequested, and keeps every event id to
 * find one published twice. It decodes only the payloads it needs (verdicts, letters' merged cases,
 * due times), so it stays light beside the services on a shared machine.
 */
import { fromBinary } from '@bufbuild/protobuf';
import { timestampMs } from '@bufbuild/protobuf/wkt';
import {
  ContactChannel, DebtorScreenedSchema, LetterRequestedSchema, NextStepScheduledSchema, ScreeningVerdict,
} from '@collections/contracts';
import { Kafka, logLevel, type Consumer, type IHeaders, type KafkaMessage } from 'kafkajs';

/** Read per case; notifications' deliveries are only counted by type (NotificationSent, NotificationFailed). */
export const PROGRESS_TOPICS = ['intake.cases.v1', 'screening.verdicts.v1', 'dunning.actions.v1', 'notifications.deliveries.v1'] as const;

const TYPE = {
  opened: 'collections.v1.CaseOpened',
  screened: 'collections.v1.DebtorScreened',
  letter: 'collections.v1.LetterRequested',
  next: 'collections.v1.NextStepScheduled',
} as const;
/** The actions that carry out a dunning step towards the debtor: the first of them is the case's first dunning step. */
const ACTIONS = new Set(['LetterRequested', 'MessageRequested', 'CallRequested', 'VisitRequested'].map((name) => `collections.v1.${name}`));

interface CaseState {
  opened: number;
  screened: number;
  /** CLEAR, SUSPENDED, REJECTED, … (the verdict's enum name without its prefix). */
  verdict?: string;
  /** Screened CLEAR with the letter channel usable: the case must get a LetterRequested. */
  letterExpected: boolean;
  /** NextStepScheduled seen: dunning started the case's plan and scheduled its first step. */
  stepsScheduled: number;
  actions: number;
  letters: number;
  /** Due time of the step dunning scheduled last while the case had no letter yet (NextStepScheduled), ms since the epoch. */
  dueMs?: number;
}

/** A real message of the run, kept to replay comparable bytes in the raw broker and COPY baselines. */
export interface SampledMessage {
  type: string;
  key: string;
  value: Buffer;
  headers: Record<string, string>;
}

export interface StageCounts {
  opened: number;
  screened: number;
  clear: number;
  firstStep: number;
  firstAction: number;
  letter: number;
  letterExpected: number;
}

const header = (headers: IHeaders | undefined, name: string): string => {
  const value = headers?.[name];
  const last = Array.isArray(value) ? value[value.length - 1] : value;
  return last === undefined ? '' : last.toString();
};

export class CaseProgress {
  readonly cases = new Map<string, CaseState>();
  readonly counts: StageCounts = { opened: 0, screened: 0, clear: 0, firstStep: 0, firstAction: 0, letter: 0, letterExpected: 0 };
  /** When (wall clock, ms) each stage last moved: the time the last case reached it. */
  readonly lastAt: Record<keyof StageCounts, number> = { opened: 0, screened: 0, clear: 0, firstStep: 0, firstAction: 0, letter: 0, letterExpected: 0 };
  /** Messages read per CloudEvents type. */
  readonly messagesByType = new Map<string, number>();
  readonly samples = new Map<string, SampledMessage[]>();
  duplicateEventIds = 0;
  readonly duplicateExamples: string[] = [];
  private readonly eventIds = new Set<string>();
  private readonly consumer: Consumer;

  /** `from`: per topic and partition, the first offset of this run (end offsets before the upload). */
  constructor(
    brokers: string[],
    private readonly from: Map<string, Map<number, number>>,
    private readonly samplesPerType = 200,
  ) {
    const kafka = new Kafka({ clientId: 'bench-system-progress', brokers, logLevel: logLevel.NOTHING });
    this.consumer = kafka.consumer({ groupId: `bench-system-progress-${process.pid}-${Date.now()}`, sessionTimeout: 30_000, maxBytes: 50 * 1024 * 1024 });
  }

  async start(): Promise<void> {
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: [...PROGRESS_TOPICS], fromBeginning: true });
    await this.consumer.run({
      autoCommit: false,
      partitionsConsumedConcurrently: 3,
      eachBatch: async ({ batch }) => {
        const first = this.from.get(batch.topic)?.get(batch.partition) ?? 0;
        for (const message of batch.messages) if (Number(message.offset) >= first) this.take(message);
      },
    });
  }

  stop(): Promise<void> {
    return this.consumer.disconnect();
  }

  private state(caseId: string): CaseState {
    let state = this.cases.get(caseId);
    if (!state) {
      state = { opened: 0, screened: 0, letterExpected: false, stepsScheduled: 0, actions: 0, letters: 0 };
      this.cases.set(caseId, state);
    }
    return state;
  }

  private reach(stage: keyof StageCounts): void {
    this.counts[stage] += 1;
    this.lastAt[stage] = Date.now();
  }

  private take(message: KafkaMessage): void {
    const type = header(message.headers, 'ce_type');
    const id = header(message.headers, 'ce_id');
    const key = message.key?.toString() ?? '';
    this.messagesByType.set(type, (this.messagesByType.get(type) ?? 0) + 1);
    if (this.eventIds.has(id)) {
      this.duplicateEventIds += 1;
      if (this.duplicateExamples.length < 5) this.duplicateExamples.push(`${type} ${id}`);
    } else {
      this.eventIds.add(id);
    }
    this.sample(type, key, message);
    if (type === TYPE.opened) {
      if (++this.state(key).opened === 1) this.reach('opened');
    } else if (type === TYPE.screened && message.value) {
      const state = this.state(key);
      if (++state.screened > 1) return;
      const verdict = fromBinary(DebtorScreenedSchema, message.value);
      state.verdict = ScreeningVerdict[verdict.verdict]?.replace('SCREENING_VERDICT_', '') ?? String(verdict.verdict);
      this.reach('screened');
      if (verdict.verdict === ScreeningVerdict.CLEAR) {
        this.reach('clear');
        state.letterExpected = verdict.usableChannels.includes(ContactChannel.LETTER);
        if (state.letterExpected) {
          this.reach('letterExpected');
          // A letter seen before the verdict (another topic, another partition) counts once it is expected.
          if (state.letters > 0) this.reach('letter');
        }
      }
    } else if (type === TYPE.next && message.value) {
      const state = this.state(key);
      if (++state.stepsScheduled === 1) this.reach('firstStep');
      // Only while the case has no letter yet (the first step, or where the guard moved it): later steps are not this benchmark's.
      if (state.letters === 0) {
        const next = fromBinary(NextStepScheduledSchema, message.value);
        if (next.dueAt) state.dueMs = Number(timestampMs(next.dueAt));
      }
    } else if (ACTIONS.has(type)) {
      const covered = [key];
      // One debtor, one voice: a merged letter also covers the debtor's other cases.
      if (type === TYPE.letter && message.value) covered.push(...fromBinary(LetterRequestedSchema, message.value).mergedCases.map((merged) => merged.caseId));
      for (const caseId of covered) {
        const state = this.state(caseId);
        if (++state.actions === 1) this.reach('firstAction');
        if (type === TYPE.letter && ++state.letters === 1 && state.letterExpected) this.reach('letter');
      }
    }
  }

  private sample(type: string, key: string, message: KafkaMessage): void {
    if (!message.value) return;
    const kept = this.samples.get(type) ?? [];
    if (kept.length >= this.samplesPerType) return;
    const headers: Record<string, string> = {};
    for (const name of Object.keys(message.headers ?? {})) headers[name] = header(message.headers, name);
    kept.push({ type, key, value: Buffer.from(message.value), headers });
    this.samples.set(type, kept);
  }

  /**
   * Cases of this run (opened here) still short of a stage, and the latest due time dunning announced
   * for the letters still to come (the first step, moved by the guard past a weekend, a holiday or
   * outside the debtor's hours). A letter the guard moved past `horizonMs` (a frequency cap across the
   * debtor's cases, a waiting period) is `deferred`: by policy, not a matter of throughput.
   */
  waiting(horizonMs = Infinity): { screen: number; firstStep: number; letter: number; deferred: number; latestLetterDueMs?: number } {
    let screen = 0;
    let firstStep = 0;
    let letter = 0;
    let deferred = 0;
    let latestLetterDueMs: number | undefined;
    for (const state of this.cases.values()) {
      if (state.opened === 0) continue;
      if (state.screened === 0) screen += 1;
      else if (state.verdict === 'CLEAR' && state.stepsScheduled === 0) firstStep += 1;
      if (state.letterExpected && state.letters === 0) {
        if (state.dueMs !== undefined && state.dueMs > horizonMs) {
          deferred += 1;
          continue;
        }
        letter += 1;
        if (state.dueMs !== undefined) latestLetterDueMs = Math.max(latestLetterDueMs ?? 0, state.dueMs);
      }
    }
    return { screen, firstStep, letter, deferred, latestLetterDueMs };
  }

  /** Cases at the benchmark's end point: screened, and when CLEAR their first step scheduled and, where a letter can reach them, their first letter. */
  reachedEnd(horizonMs = Infinity): number {
    let done = 0;
    for (const state of this.cases.values()) {
      if (state.opened === 0 || state.screened === 0) continue;
      const letterDone = !state.letterExpected || state.letters > 0 || (state.dueMs !== undefined && state.dueMs > horizonMs);
      if (state.verdict !== 'CLEAR' || (state.stepsScheduled > 0 && letterDone)) done += 1;
    }
    return done;
  }

  /** Everything lost or doubled, each problem with a count and a few case ids. */
  problems(expectedCases: number, horizonMs = Infinity): string[] {
    const problems: string[] = [];
    const tally = (what: string, test: (state: CaseState) => boolean) => {
      const ids = [...this.cases].filter(([, state]) => test(state)).map(([id]) => id);
      if (ids.length > 0) problems.push(`${what}: ${ids.length} (e.g. ${ids.slice(0, 3).join(', ')})`);
    };
    if (this.counts.opened !== expectedCases) problems.push(`cases opened: expected ${expectedCases}, saw ${this.counts.opened}`);
    tally('cases with more than one CaseOpened', (s) => s.opened > 1);
    tally('cases screened but never opened', (s) => s.opened === 0 && s.screened > 0);
    tally('cases without a DebtorScreened', (s) => s.opened > 0 && s.screened === 0);
    tally('cases with more than one DebtorScreened', (s) => s.screened > 1);
    tally('CLEAR cases without a first dunning step scheduled', (s) => s.verdict === 'CLEAR' && s.stepsScheduled === 0);
    tally('letter-reachable CLEAR cases without a LetterRequested (nor one deferred past the horizon)', (s) => s.letterExpected && s.letters === 0 && !(s.dueMs !== undefined && s.dueMs > horizonMs));
    tally('dunning steps for a case not screened CLEAR', (s) => (s.actions > 0 || s.stepsScheduled > 0) && s.screened > 0 && s.verdict !== 'CLEAR');
    if (this.duplicateEventIds > 0) problems.push(`event ids published more than once: ${this.duplicateEventIds} (e.g. ${this.duplicateExamples.join('; ')})`);
    return problems;
  }

  verdicts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const state of this.cases.values()) if (state.verdict) out[state.verdict] = (out[state.verdict] ?? 0) + 1;
    return out;
  }

  /** Cases by how many LetterRequested they got (1, 2, …): more than one means a later letter step was reached. */
  lettersPerCase(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const state of this.cases.values()) if (state.letters > 0) out[state.letters] = (out[state.letters] ?? 0) + 1;
    return out;
  }
}
