#!/usr/bin/env node
// Writes the reading view, docs/index.html: the article with every evidence span highlighted,
// built from the BUILT package (its data and query helpers), one self-contained file.
// `npm run docs` runs it after the build and before TypeDoc (which writes docs/api/).
//
//   node scripts/docs/build.mjs [--from <dir with the built index.js>] [--out <dir>]   (default: dist, docs)
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { renderPage } from './html.mjs';
import { viewModel } from './view-model.mjs';

/**
 * Builds the page from the package in `from` and writes `<out>/index.html`.
 *
 * @returns `{ file, vm }`: the path written and the view model it shows
 */
export async function buildReadingView({ from = 'dist', out = 'docs' } = {}) {
  const pkg = await import(pathToFileURL(resolve(from, 'index.js')).href);
  if (pkg.article === undefined) throw new Error(`${from}/index.js does not export \`article\``);
  const { version } = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
  const vm = viewModel(pkg);
  const page = renderPage(vm, { article: pkg.article, version, apiHref: 'api/index.html' });
  await mkdir(out, { recursive: true });
  const file = join(out, 'index.html');
  await writeFile(file, page);
  return { file, vm };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { from: { type: 'string', default: 'dist' }, out: { type: 'string', default: 'docs' } } });
  const { file, vm } = await buildReadingView(values);
  const records = Object.keys(vm.records).length;
  console.log(`wrote ${file}: ${records} records, ${vm.spans.length} evidence spans highlighted, ${vm.segments.length} text segments`);
  console.log(`  by kind: ${vm.kinds.map((k) => `${k.kind} ${k.records} records / ${k.spans} spans`).join(', ')}`);
  if (vm.problems.length === 0) console.log('  every record placed: all evidence in the text, every event in the timeline, every quote under its speaker, every statistic under figures');
  else for (const p of vm.problems) console.log(`  could not place ${p.id}: ${p.problem}`);
}
