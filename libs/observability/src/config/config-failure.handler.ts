import { ConfigurationError } from './configuration.error';

/** sysexits.h EX_CONFIG: orchestrators and operators can tell "bad deployment" from a crash. */
export const EX_CONFIG = 78;

export interface ConfigFailureIo {
  readonly writeStderr: (line: string) => void;
  readonly exit: (code: number) => never;
}

const processIo: ConfigFailureIo = {
  writeStderr: (line) => process.stderr.write(line),
  exit: (code) => process.exit(code),
};

/**
 * Runs the config loader for `main.ts`. A `ConfigurationError` becomes one JSON log line on
 * stderr and exit code 78, before any logger, tracing or Nest app exists to report it;
 * any other error is rethrown untouched.
 */
export function failFastOnConfigError<T>(load: () => T, io: ConfigFailureIo = processIo): T {
  try {
    return load();
  } catch (error: unknown) {
    if (!(error instanceof ConfigurationError)) throw error;
    const line = {
      level: 'fatal',
      time: new Date().toISOString(),
      msg: error.message,
      code: 'CONFIGURATION_INVALID',
      problems: error.problems,
    };
    io.writeStderr(`${JSON.stringify(line)}\n`);
    return io.exit(EX_CONFIG);
  }
}
