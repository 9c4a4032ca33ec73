export type ScreeningErrorCategory = 'invalid' | 'not_found' | 'conflict';

/**
 * A rule of the screening domain said no. Adapters map the category to a transport answer (HTTP
 * status and problem details); the code is stable for machines.
 */
export class ScreeningError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly category: ScreeningErrorCategory,
    readonly details: Array<{ field: string; reason: string; code?: string }> = [],
  ) {
    super(message);
  }
}
