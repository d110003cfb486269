#!/usr/bin/env node
// Writes the reading view, docs/index.html, and one page per invented example,
// docs/examples/<slug>.html: each article with every evidence span highlighted, built from the
// BUILT package (its data, defineArticle and query helpers), each page one self-contained file.
// `npm run docs` runs it after the build and before TypeDoc (which writes docs/api/).
//
//   node scripts/docs/build.mjs [--from <dir with the built index.js>] [--out <dir>]   (default: dist, docs)
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadExamples } from '../examples.mjs';
import { renderPage } from './html.mjs';
import { viewModel } from './view-model.mjs';

/** The pages: the story at the root, each invented example under examples/. */
export const STORY_PAGE = Object.freeze({
  slug: null,
  name: 'story',
  title: 'Russian strikes on Ukraine’s energy system: the annotated text',
  file: 'index.html',
});

/** The navigation every page shows: the story, then the examples, with links relative to `from` (a page's file). */
function navigation(pages, current) {
  const depth = current.file.split('/').length - 1;
  const up = '../'.repeat(depth);
  return pages.map((page) => ({
    label: page.slug === null ? 'Punch: the story' : `Invented: ${page.name}`,
    href: `${up}${page.file}`,
    current: page === current,
  }));
}

/**
 * Builds the reading view of the story and of every example from the package in `from`, and writes
 * `<out>/index.html` and `<out>/examples/<slug>.html`.
 *
 * @returns `{ files, vms }`: the paths written and the view models they show, the story first
 */
export async function buildReadingView({ from = 'dist', out = 'docs' } = {}) {
  // Every entry point's exports (the view uses ./define's defineArticle and ./gdelt's describeCameoCode).
  const entries = ['index', 'define', 'gdelt'];
  const pkg = Object.assign({}, ...(await Promise.all(entries.map((e) => import(pathToFileURL(resolve(from, `${e}.js`)).href)))));
  if (pkg.article === undefined) throw new Error(`${from}/index.js does not export \`article\``);
  const { version } = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
  // The examples are TypeScript: bundled from examples/, then defined again with the built package,
  // so that the page shows what the built defineArticle and helpers make of them.
  const examples = (await loadExamples()).map((e) => ({
    slug: e.slug,
    name: e.name,
    title: `${e.title} (an invented example): the annotated text`,
    file: `examples/${e.slug}.html`,
    article: pkg.defineArticle(e.data),
  }));
  const pages = [{ ...STORY_PAGE, article: pkg.article }, ...examples];
  const files = [];
  const vms = [];
  for (const page of pages) {
    const vm = viewModel({ ...pkg, article: page.article });
    const depth = page.file.split('/').length - 1;
    const html = renderPage(vm, {
      article: page.article,
      version,
      apiHref: `${'../'.repeat(depth)}api/index.html`,
      title: page.title,
      invented: page.slug !== null,
      nav: navigation(pages, page),
    });
    const file = join(out, page.file);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, html);
    files.push(file);
    vms.push(vm);
  }
  return { files, vms };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { from: { type: 'string', default: 'dist' }, out: { type: 'string', default: 'docs' } } });
  const { files, vms } = await buildReadingView(values);
  files.forEach((file, i) => {
    const vm = vms[i];
    console.log(`wrote ${file}: ${Object.keys(vm.records).length} records, ${vm.spans.length} evidence spans highlighted, ${vm.segments.length} text segments`);
    console.log(`  by kind: ${vm.kinds.map((k) => `${k.kind} ${k.records} records / ${k.spans} spans`).join(', ')}`);
    if (vm.problems.length === 0)
      console.log('  every record placed: all evidence in the text, every event in the timeline, every quote under its speaker, every statistic under figures');
    else for (const p of vm.problems) console.log(`  could not place ${p.id}: ${p.problem}`);
  });
}
