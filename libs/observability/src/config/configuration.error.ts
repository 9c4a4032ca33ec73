/** One environment variable that is missing or malformed, and why. */
export interface ConfigurationProblem {
  readonly variable: string;
  readonly reason: string;
}

/**
 * Thrown at start-up when the environment does not describe a runnable service. The message names
 * every bad variable at once, so an operator fixes the deployment in one round trip instead of one
 * variable per restart.
 */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';

  constructor(readonly problems: readonly ConfigurationProblem[]) {
    super(`Invalid configuration: ${problems.map((p) => `${p.variable} ${p.reason}`).join('; ')}`);
  }
}
