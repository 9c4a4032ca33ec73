/** What happened to a case inside intake; the messaging adapter maps each to its contract event. */
export type CaseEvent =
  | { type: 'CaseOpened'; caseId: string }
  | { type: 'RegistrationFeeCharged'; caseId: string; fee: { amountMinor: bigint; currency: string } }
  | { type: 'CaseWithdrawn'; caseId: string; reason: string };
