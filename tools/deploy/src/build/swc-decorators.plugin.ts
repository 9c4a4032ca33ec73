import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';
import { transform } from '@swc/core';

/**
 * esbuild does not emit TypeScript's decorator metadata (`design:paramtypes`), which NestJS
 * dependency injection and class-validator's type conversion rely on. So every workspace `.ts` file
 * is compiled by swc, with the same options jest uses (jest.preset.ts), and esbuild only bundles.
 */
export function swcDecoratorsPlugin(): Plugin {
  return {
    name: 'swc-decorators',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, async (args) => {
        if (args.path.includes('/node_modules/')) return undefined;
        const source = await readFile(args.path, 'utf8');
        const output = await transform(source, {
          filename: args.path,
          sourceMaps: 'inline',
          jsc: {
            parser: { syntax: 'typescript', decorators: true },
            transform: { legacyDecorator: true, decoratorMetadata: true },
            target: 'es2022',
            keepClassNames: true,
          },
          // esbuild resolves and bundles the imports, including the tsconfig path aliases.
          module: { type: 'es6' },
        });
        return { contents: output.code, loader: 'js' };
      });
    },
  };
}
