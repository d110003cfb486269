// The invented example articles of examples/, for scripts that run in plain Node (the reading view,
// the README's taxonomy): bundled from their TypeScript by esbuild, nothing built or written.
import { fileURLToPath } from 'node:url';

/** The examples, in the order the reading view lists them. */
export const EXAMPLES = Object.freeze([
  { slug: 'council', name: 'council', title: 'A town council meeting', file: 'custom-article/article.ts', exported: 'council' },
  { slug: 'flood', name: 'flood', title: 'A flood', file: 'flood/article.ts', exported: 'flood' },
  { slug: 'court-ruling', name: 'court ruling', title: 'A court ruling', file: 'court-ruling/article.ts', exported: 'courtRuling' },
  { slug: 'election', name: 'election', title: 'An election', file: 'election/article.ts', exported: 'election' },
]);

/**
 * Bundles TypeScript modules of the repository (paths from its root, `export … from` lines) with
 * esbuild and imports the result.
 */
export async function importTypeScript(lines) {
  const { build } = await import('esbuild');
  const root = fileURLToPath(new URL('../', import.meta.url));
  const bundled = await build({
    stdin: { contents: lines.join('\n'), resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
  });
  return import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0]?.text ?? '').toString('base64')}`);
}

/** Each example with its article as plain JSON data (`JSON.parse(JSON.stringify(…))`). */
export async function loadExamples() {
  const module = await importTypeScript(EXAMPLES.map((e) => `export { ${e.exported} } from './examples/${e.file}';`));
  return EXAMPLES.map((e) => ({ ...e, data: JSON.parse(JSON.stringify(module[e.exported])) }));
}
