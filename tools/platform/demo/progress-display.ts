import { CASE_STATES, formatMinor, type CaseState, type PortfolioProgress } from './portfolio-progress';

export interface ProgressOutput {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressFrame {
  day: number;
  days: number;
  date: string;
  placed: number;
  total: number;
  /** What happened today besides the platform's own work (payments sent, calls answered, …). */
  note?: string;
}

/**
 * The live view of the demo: a compact table redrawn in place on a terminal (cursor moved back up
 * over the previous frame), one plain line per day otherwise (a pipe, a CI log, a test).
 */
export class ProgressDisplay {
  private drawnLines = 0;

  constructor(
    private readonly out: ProgressOutput,
    private readonly live = Boolean(out.isTTY),
  ) {}

  render(progress: PortfolioProgress, frame: ProgressFrame): void {
    if (this.live) {
      const lines = progressTable(progress, frame, (this.out.columns ?? 160) - 1);
      const up = this.drawnLines > 0 ? `\x1b[${this.drawnLines}A` : '';
      this.out.write(`${up}${lines.map((line) => `\x1b[2K${line}`).join('\n')}\n`);
      this.drawnLines = lines.length;
    } else {
      this.out.write(`${progressLine(progress, frame)}\n`);
    }
  }

  /** Leaves the last frame where it is; the next output starts below it. */
  done(): void {
    this.drawnLines = 0;
  }
}

const money = (amounts: Record<string, { collected: bigint; remitted: bigint; commission: bigint }>, field: 'collected' | 'remitted' | 'commission'): string =>
  Object.entries(amounts)
    .filter(([, m]) => m[field] !== 0n)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, m]) => `${currency} ${formatMinor(m[field])}`)
    .join('  ') || '0';

/** The frame as a few lines of text (78 columns wide at most with four currencies), each cut to `width` so the redraw never wraps. */
export function progressTable(progress: PortfolioProgress, frame: ProgressFrame, width = 160): string[] {
  const counts = progress.stateCounts();
  const { counters, money: amounts } = progress.overall();
  const list = (states: readonly CaseState[]) => states.map((state) => `${state} ${counts[state]}`).join('  ');
  const title = `── day ${String(frame.day).padStart(3)} / ${frame.days}   ${frame.date}   cases placed ${frame.placed} / ${frame.total} `;
  const lines = [
    `${title}${'─'.repeat(Math.max(0, 78 - title.length))}`,
    `  open      ${list(OPEN_STATES.slice(0, 5))}`,
    `            ${list(OPEN_STATES.slice(5))}`,
    `  ended     ${list(ENDED_STATES)}`,
    `  contacts  letters ${counters.letters}  e-mails ${counters.emails}  SMS ${counters.sms}  calls ${counters.calls}  visits ${counters.visits}`,
    `  payments  ${counters.paymentsReceived} received  ${progress.totals.remittances} remittances  ${progress.totals.feeInvoices} fee invoices`,
    `  collected ${money(amounts, 'collected')}`,
    `  remitted  ${money(amounts, 'remitted')}`,
    `  today     ${frame.note ?? ''}`,
  ];
  return lines.map((line) => (line.length > width ? `${line.slice(0, width - 1)}…` : line));
}

const OPEN_STATES: readonly CaseState[] = ['screening', 'dunning', 'promise', 'plan', 'settlement', 'disputed', 'suspended', 'awaiting creditor'];
const ENDED_STATES: readonly CaseState[] = CASE_STATES.filter((state) => !OPEN_STATES.includes(state));

/** The frame as one line, for logs. */
export function progressLine(progress: PortfolioProgress, frame: ProgressFrame): string {
  const counts = progress.stateCounts();
  const { counters, money: amounts } = progress.overall();
  const states = CASE_STATES.filter((state) => counts[state] > 0).map((state) => `${state} ${counts[state]}`).join(', ');
  return (
    `day ${frame.day}/${frame.days} ${frame.date}: ${frame.placed} placed; ${states}; ` +
    `letters ${counters.letters}, e-mails ${counters.emails}, SMS ${counters.sms}, calls ${counters.calls}; ` +
    `collected ${money(amounts, 'collected')}; remitted ${money(amounts, 'remitted')}` +
    (frame.note ? ` — ${frame.note}` : '')
  );
}
