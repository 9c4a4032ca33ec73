/** One invalid input field, addressed the way a client wrote it: `debtor.addresses[0].postcode`. */
export interface FieldError {
  readonly field: string;
  readonly reason: string;
  /** Stable machine code of the problem, when the service's rules give one (e.g. `INVALID_CHECK_DIGIT`). */
  readonly code?: string;
}

/** RFC 9457 problem details, plus our stable `code` and the request id to quote in a report. */
export interface ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly code: string;
  readonly detail?: string;
  readonly requestId: string;
  readonly errors?: readonly FieldError[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';
