/** A submission the rules refuse; `details` names each field and why (shown as `errors` in the answer). */
export class ProposalRefusedError extends Error {
  readonly code = 'CONTACT_CENTER.PROPOSAL_REFUSED';
  readonly category = 'invalid';
  constructor(
    what: string,
    readonly details: ReadonlyArray<{ field: string; code: string; message: string }>,
  ) {
    super(`${what}: ${details.map((detail) => `${detail.field}: ${detail.message}`).join('; ')}`);
  }
}

export class CaseUnknownError extends Error {
  readonly code = 'CONTACT_CENTER.CASE_UNKNOWN';
  readonly category = 'not_found';
  constructor(readonly caseId: string) {
    super(`contact-center knows no case ${caseId}`);
  }
}

/** An outcome for a task this agent does not hold (never leased to them, finished, or the lease ran out). */
export class TaskNotHeldError extends Error {
  readonly code = 'CONTACT_CENTER.TASK_NOT_HELD';
  readonly category = 'conflict';
  constructor(readonly taskId: string) {
    super(`task ${taskId} is not leased to you (never given to you, already finished, or your lease ran out and it went back to the queue)`);
  }
}

export class DisputeUnknownError extends Error {
  readonly code = 'CONTACT_CENTER.DISPUTE_UNKNOWN';
  readonly category = 'not_found';
  constructor(readonly disputeId: string) {
    super(`no dispute ${disputeId}`);
  }
}
