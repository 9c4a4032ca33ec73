import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { ConfigurationError, type ConfigurationProblem } from './configuration.error';

type Environment = Readonly<Record<string, string | undefined>>;

const SECRET_NAME = /PASSWORD|SECRET|TOKEN|KEY|CREDENTIAL/i;
const URL_CREDENTIALS = /([a-z][a-z0-9+.-]*:\/\/[^:/@\s]*):[^@\s]*@/gi;
const MAX_ECHOED_LENGTH = 80;

export interface LoadConfigOptions {
  /**
   * Validate only these variables (the others may be missing or wrong): for a tool that needs a
   * few of a service's variables, such as the dead-letters CLI its Kafka settings.
   */
  only?: readonly string[];
}

/**
 * Reads and validates a config class from the environment. Property names are the variable
 * names; values are converted to the declared property types (`HTTP_PORT: number`), defaults
 * come from property initialisers, and an empty variable counts as unset.
 *
 * Every property of the class needs at least one class-validator decorator (`@IsOptional()`
 * will do): undecorated properties are stripped by the whitelist.
 *
 * @throws ConfigurationError naming every missing or malformed variable.
 */
export function loadConfig<T extends object>(ConfigClass: new () => T, env: Environment = process.env, options: LoadConfigOptions = {}): T {
  const provided = presentVariables(env);
  const config = plainToInstance(ConfigClass, provided, {
    enableImplicitConversion: true,
    exposeDefaultValues: true,
  });
  const only = options.only;
  const errors = validateSync(config, { whitelist: true, forbidUnknownValues: true }).filter((error) => !only || only.includes(error.property));
  if (errors.length > 0) {
    throw new ConfigurationError(errors.map((error) => describeProblem(error, provided)));
  }
  return Object.freeze(config);
}

function presentVariables(env: Environment): Record<string, string> {
  const present: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && value.trim() !== '') present[name] = value;
  }
  return present;
}

function describeProblem(error: ValidationError, provided: Record<string, string>): ConfigurationProblem {
  const variable = error.property;
  const raw = provided[variable];
  // Several constraints often share one message (an integer within a range); say it once.
  const reasons = [...new Set(Object.values(error.constraints ?? {}).map((m) => stripName(m, variable)))];
  // A variable required only with another one says which ("is required when KAFKA_SASL_MECHANISM is set").
  if (raw === undefined) return { variable, reason: reasons.find((reason) => reason.startsWith('is required')) ?? 'is missing' };
  const reason = reasons.length > 0 ? reasons.join(' and ') : 'is invalid';
  return { variable, reason: `${reason}${echo(variable, raw)}` };
}

// class-validator's default messages start with the property name; ours are prefixed with it anyway.
function stripName(message: string, variable: string): string {
  return message.startsWith(`${variable} `) ? message.slice(variable.length + 1) : message;
}

// Echo the bad value to speed up the fix, but never a secret: this text ends up in logs.
function echo(variable: string, raw: string): string {
  if (SECRET_NAME.test(variable)) return '';
  const masked = raw.replace(URL_CREDENTIALS, '$1:***@');
  const shown = masked.length > MAX_ECHOED_LENGTH ? `${masked.slice(0, MAX_ECHOED_LENGTH)}…` : masked;
  return ` (got ${JSON.stringify(shown)})`;
}
