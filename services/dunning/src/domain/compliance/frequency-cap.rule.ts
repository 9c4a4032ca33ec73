import type { CollectionPolicy, FrequencyCap } from '../policy';
import type { ContactChannel } from '../steps';
import type { GuardRule } from './guard-rule';
import { DAY_MS, localDateOf, localTimeOf, plusDays, startOfLocalDay } from './local-days';

/** A past contact with the debtor, on any of the debtor's cases. */
export interface ContactRecord {
  channel: ContactChannel;
  at: Date;
  caseId: string;
  /** A conversation took place (a call answered by the debtor), for cool-downs after one. */
  conversation?: boolean;
}

/**
 * When a contact made at `instant` stops counting in a `days`-day window: `days` × 24 h later, and
 * never before the start of the `days`-th local day after its own, in every zone of the debtor.
 */
export function leavesWindowAt(instant: number, days: number, zones: readonly string[]): number {
  let leaves = instant + days * DAY_MS;
  for (const zone of zones) leaves = Math.max(leaves, startOfLocalDay(plusDays(localDateOf(instant, zone), days), zone));
  return leaves;
}

/**
 * One rule per cap on the channel, and one per conversation cool-down. Contacts are counted across
 * all the debtor's cases. A contact counts against a candidate instant when the candidate falls in
 * its window, or when it falls in the candidate's own window (a recorded contact after the
 * candidate): the stricter reading of "at most N in any N days". Over the cap, the candidate moves
 * to the next instant a counted contact leaves the window at which the count is under the cap.
 */
export function frequencyCapRules(policy: CollectionPolicy, channel: ContactChannel, history: readonly ContactRecord[], zones: readonly string[]): GuardRule[] {
  const onChannel = history.filter((contact) => contact.channel === channel);
  const instants = onChannel.map((contact) => contact.at.getTime()).sort((a, b) => a - b);
  const conversations = onChannel.filter((contact) => contact.conversation === true).map((contact) => contact.at.getTime());
  const caps = policy.frequencyCaps.filter((cap) => cap.channel === channel);
  return [
    ...caps.map((cap) => capRule(cap, channel, instants, zones)),
    ...caps.flatMap((cap) => (cap.cooldownAfterConversationDays === undefined ? [] : [cooldownRule(cap, cap.cooldownAfterConversationDays, conversations, zones)])),
  ];
}

function capRule(cap: FrequencyCap, channel: ContactChannel, instants: number[], zones: readonly string[]): GuardRule {
  const leaves = instants.map((instant) => leavesWindowAt(instant, cap.windowDays, zones));
  const counted = (candidate: number): number => {
    const candidateLeaves = leavesWindowAt(candidate, cap.windowDays, zones);
    let count = 0;
    instants.forEach((instant, i) => {
      if ((instant <= candidate && candidate < leaves[i]) || (candidate < instant && instant < candidateLeaves)) count++;
    });
    return count;
  };
  return (instant) => {
    const count = counted(instant);
    if (count < cap.max) return undefined;
    const exits = [...new Set(leaves.filter((leave) => leave > instant))].sort((a, b) => a - b);
    const to = exits.find((exit) => counted(exit) < cap.max) ?? exits[exits.length - 1];
    return {
      to,
      ruleId: cap.ruleId,
      reason: `${count} ${channel} contact(s) already count in ${cap.windowDays} day(s) around ${new Date(instant).toISOString()} (max ${cap.max}); next room when the oldest leaves the window`,
    };
  };
}

function cooldownRule(cap: FrequencyCap, days: number, conversations: number[], zones: readonly string[]): GuardRule {
  const cooldowns = conversations.map((at) => ({ at, until: leavesWindowAt(at, days, zones) }));
  return (instant) => {
    const blocking = cooldowns.filter((cooldown) => cooldown.at <= instant && instant < cooldown.until);
    if (blocking.length === 0) return undefined;
    const latest = blocking.reduce((a, b) => (b.until > a.until ? b : a));
    return {
      to: latest.until,
      ruleId: cap.cooldownRuleId ?? cap.ruleId,
      reason: `a conversation at ${localTimeOf(latest.at, zones[0])}: no ${cap.channel} contact within ${days} day(s) after it`,
    };
  };
}
