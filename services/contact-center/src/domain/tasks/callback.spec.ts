import { CALLBACK_HOLD_MS, CALLBACK_PRIORITY_BOOST, callbackHeldUntil, callbackPriority, mayTakeHeld, rollOverdueCallback } from './callback';
import { taskPriority } from './task-priority';

const at = (iso: string) => new Date(iso);
const first = { notBefore: at('2026-11-25T07:00:00Z'), notAfter: at('2026-11-25T21:00:00Z') };
const later = [
  { notBefore: at('2026-11-26T07:00:00Z'), notAfter: at('2026-11-26T21:00:00Z') },
  { notBefore: at('2026-11-27T07:00:00Z'), notAfter: at('2026-11-27T21:00:00Z') },
];

describe('callbacks', () => {
  it('are held for the agent who took the request for 30 minutes from when they fall due, then open to the queue', () => {
    expect(CALLBACK_HOLD_MS).toBe(1_800_000);
    const task = { heldFor: 'agent-a', heldUntil: callbackHeldUntil(first) };
    expect(task.heldUntil).toEqual(at('2026-11-25T07:30:00Z'));
    expect(mayTakeHeld(task, 'agent-a', at('2026-11-25T07:00:00Z'))).toBe(true);
    expect(mayTakeHeld(task, 'agent-b', at('2026-11-25T07:29:59Z'))).toBe(false);
    expect(mayTakeHeld(task, 'agent-b', at('2026-11-25T07:30:00Z'))).toBe(true);
    expect(mayTakeHeld({}, 'agent-b', at('2026-11-25T07:00:00Z'))).toBe(true);
  });

  it('rank above any other task once due, whatever the balance at stake', () => {
    const richest = taskPriority({ balanceEurMinor: 10n ** 15n, successScore: 1, notAfter: first.notBefore, now: first.notBefore });
    expect(richest).toBeLessThan(CALLBACK_PRIORITY_BOOST);
    expect(callbackPriority(0)).toBeGreaterThan(richest);
  });

  it('stay as they are while their window is open', () => {
    expect(rollOverdueCallback({ ...first, laterWindows: later, overdue: false }, at('2026-11-25T20:59:59Z'))).toEqual({ ...first, laterWindows: later, overdue: false });
  });

  it('move to the next lawful window, flagged overdue, when nobody took them in time', () => {
    expect(rollOverdueCallback({ ...first, laterWindows: later, overdue: false }, at('2026-11-25T21:00:00Z'))).toEqual({ ...later[0], laterWindows: [later[1]], overdue: true });
    // Two windows missed (nobody asked for work for a day): the first window not yet over.
    expect(rollOverdueCallback({ ...first, laterWindows: later, overdue: false }, at('2026-11-26T22:00:00Z'))).toEqual({ ...later[1], laterWindows: [], overdue: true });
  });

  it('stay queued and overdue in their last window when no later window is left: they never vanish', () => {
    expect(rollOverdueCallback({ ...first, laterWindows: [], overdue: false }, at('2026-11-30T12:00:00Z'))).toEqual({ ...first, laterWindows: [], overdue: true });
  });
});
