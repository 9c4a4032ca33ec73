import { basename, dirname } from 'node:path';
import type { CreateNodesV2 } from '@nx/devkit';

/**
 * Gives every service (`services/<name>/project.json`) an Nx `build` target: its production build
 * into dist/services/<name>, what its image runs. Inferred here rather than written into each
 * project.json, so a service made later by `npm run new-service` has one at once.
 */
export const createNodesV2: CreateNodesV2 = [
  'services/*/project.json',
  (projectFiles) =>
    projectFiles.map((file) => {
      const root = dirname(file);
      const service = basename(root);
      return [
        file,
        {
          projects: {
            [root]: {
              targets: {
                build: {
                  executor: 'nx:run-commands',
                  options: { command: `node -r @swc-node/register tools/deploy/src/build/build-services.cli.ts --service ${service}` },
                  cache: true,
                  inputs: ['default', '^default', '{workspaceRoot}/deploy/runtime/**/*', '{workspaceRoot}/tools/deploy/src/build/**/*'],
                  outputs: [`{workspaceRoot}/dist/services/${service}`],
                },
              },
            },
          },
        },
      ];
    }),
];
