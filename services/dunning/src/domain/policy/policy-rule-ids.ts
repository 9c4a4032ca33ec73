import { POLICY_RULE_IDS, type CollectionPolicy } from './collection-policy';

/** Every rule id a policy's rules refer to: each needs at least one entry in `sources`. */
export function ruleIdsUsedBy(policy: CollectionPolicy): string[] {
  const ids = [
    ...policy.contactWindows.map((window) => window.ruleId),
    ...policy.frequencyCaps.flatMap((cap) =>
      cap.cooldownAfterConversationDays === undefined ? [cap.ruleId] : [cap.ruleId, cap.cooldownRuleId ?? cap.ruleId],
    ),
    ...policy.waitingPeriods.map((period) => period.ruleId),
    ...Object.values(policy.forbiddenBecause).flatMap((ruleId) => (ruleId === undefined ? [] : [ruleId])),
    ...(policy.noContactOnPublicHolidays ? [POLICY_RULE_IDS.publicHolidays] : []),
    ...(policy.firstNoticeContent.length > 0 ? [POLICY_RULE_IDS.firstNoticeContent] : []),
    ...(policy.formalNoticeContent.length > 0 ? [POLICY_RULE_IDS.formalNoticeContent] : []),
    ...(policy.followUpContent.length > 0 ? [POLICY_RULE_IDS.followUpContent] : []),
    ...(policy.electronicMessageContent.length > 0 ? [POLICY_RULE_IDS.electronicMessageContent] : []),
    ...(policy.prohibitions.length > 0 ? [POLICY_RULE_IDS.prohibitions] : []),
    POLICY_RULE_IDS.mergeLetters,
  ];
  return [...new Set(ids)];
}
