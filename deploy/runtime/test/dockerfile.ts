import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface RuntimeStage {
  workdir: string;
  env: Record<string, string>;
  user: string;
  entrypoint: string[];
  cmd: string[];
  /** The build stage's build command, e.g. `npm run -s build:services -- --service "${SERVICE}" --out-dir /out`. */
  buildCommand: string;
}

/**
 * Reads what the Dockerfile's last stage runs: WORKDIR, ENV, USER, ENTRYPOINT and CMD (exec form),
 * and the build stage's bundle command, so the test starts a service exactly as the image would.
 */
export function readDockerfile(root: string): RuntimeStage {
  const lines = readFileSync(join(root, 'Dockerfile'), 'utf8').split('\n').map((line) => line.trim());
  const stages = lines.reduce<string[][]>((all, line) => (line.startsWith('FROM ') ? [...all, [line]] : (all[all.length - 1]?.push(line), all)), []);
  const runtime = stages[stages.length - 1]!;
  const instruction = (stage: string[], name: string) => stage.filter((line) => line.startsWith(`${name} `)).map((line) => line.slice(name.length + 1));
  const last = (stage: string[], name: string) => {
    const values = instruction(stage, name);
    if (values.length === 0) throw new Error(`Dockerfile: the runtime stage has no ${name}`);
    return values[values.length - 1]!;
  };
  const env = Object.fromEntries(instruction(runtime, 'ENV').map((value) => value.split('=') as [string, string]));
  const build = stages.find((stage) => stage[0]!.includes(' AS build'))!;
  return {
    workdir: last(runtime, 'WORKDIR'),
    env,
    user: last(runtime, 'USER'),
    entrypoint: JSON.parse(last(runtime, 'ENTRYPOINT')) as string[],
    cmd: JSON.parse(last(runtime, 'CMD')) as string[],
    buildCommand: instruction(build, 'RUN').find((command) => command.includes('build:services'))!,
  };
}
