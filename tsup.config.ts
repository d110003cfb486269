import { isDeepStrictEqual } from 'node:util';
import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';
import { ENTRY_POINTS } from './scripts/entry-points.mjs';

/** The source module that holds the story as a TypeScript object literal. */
const DATA_MODULE = /[\\/]src[\\/]story[\\/]data\.ts$/;

/**
 * JSON text as a JavaScript string literal in ASCII: so that the built file stays one-byte text for
 * V8 (one non-ASCII character anywhere makes the whole module source two-byte). `'` occurs only
 * inside JSON strings, where `\u0027` means the same; with no quote left to escape, esbuild prints
 * a plain '…' literal rather than a template literal, which V8 scans more slowly.
 */
function jsonLiteral(json: string): string {
  const escaped = json
    .replaceAll("'", '\\u0027')
    .replaceAll('\\', '\\\\')
    .replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `'${escaped}'`;
}

/**
 * Ships `src/story/data.ts` as `JSON.parse('…')` of the same data. V8 parses a JSON string much
 * faster than the same data as an object literal, which is most of what importing the package costs
 * (BENCHMARKS.md). The source stays a readable, commented TypeScript module; this plugin runs it
 * at build time and fails the build if the data does not survive a JSON round trip. tests/freeze.test.ts
 * checks that the built article equals the source data.
 */
const storyDataAsJson: Plugin = {
  name: 'story-data-as-json',
  setup(build) {
    build.onLoad({ filter: DATA_MODULE }, async ({ path }) => {
      const bundled = await build.esbuild.build({
        entryPoints: [path],
        bundle: true,
        write: false,
        format: 'esm',
        platform: 'neutral',
        logLevel: 'silent',
      });
      const code = bundled.outputFiles[0]?.text ?? '';
      const { storyData } = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as {
        storyData: unknown;
      };
      const json = JSON.stringify(storyData);
      if (!isDeepStrictEqual(JSON.parse(json), storyData)) throw new Error(`${path}: storyData does not survive a JSON round trip`);
      return {
        loader: 'js',
        contents: [
          '// Generated at build time from src/story/data.ts (see tsup.config.ts): JSON parses faster than an object literal.',
          `export const storyData = /* @__PURE__ */ JSON.parse(${jsonLiteral(json)});`,
          '',
        ].join('\n'),
      };
    });
  },
};

export default defineConfig({
  // One entry per subpath export (package.json "exports", read by scripts/entry-points.mjs): the story and its helpers, then validation,
  // authoring and each export format, which importing the story must not load (BENCHMARKS.md).
  // Each is one file, without shared chunks: every extra module file costs an import about as
  // much as parsing 8 KB of code (measured: the main entry split into 6 files took 21.4 M
  // instructions to import, as one file 13.7 M). The one state that entries share, the set of
  // articles frozen whole, is shared through globalThis (src/internal/freeze.ts); each error class
  // is thrown only by code of the entry that exports it.
  entry: Object.fromEntries(ENTRY_POINTS.map((entry) => [entry, `src/${entry}.ts`])),
  splitting: false,
  format: ['esm', 'cjs'],
  dts: true,
  target: 'node20',
  platform: 'neutral',
  clean: true,
  sourcemap: false,
  treeshake: true,
  tsconfig: 'tsconfig.build.json',
  esbuildPlugins: [storyDataAsJson],
});
