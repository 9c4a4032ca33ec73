/**
 * One reason a proposal (plan, settlement, outcome, declaration) is refused. Validators return all
 * of them at once instead of throwing on the first, so an agent on the phone can fix everything in
 * one go; `field` points into the request (`instalments[2].dueDate`) so a form can show it in place.
 */
export interface ProposalProblem {
  readonly field: string;
  /** UPPER_SNAKE, stable: clients may branch on it. */
  readonly code: string;
  readonly message: string;
}

export function problem(field: string, code: string, message: string): ProposalProblem {
  return { field, code, message };
}
