// Bundle sizes of small apps built against dist/ (each name from the entry point that exports it)
// with esbuild (minified ESM), brotli and gzip.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const esbuild = join(root, 'node_modules/.bin/esbuild');
const dist = join(root, 'dist/index.js');

/** The subpath entry point of each name that is not in the main one (package.json "exports"). */
const ENTRY = {
  spanOf: 'define',
  spansOf: 'define',
  aliasesOf: 'define',
  paragraphsIn: 'define',
  sentencesIn: 'define',
  defineArticle: 'define',
  validateArticle: 'validate',
  articleSchema: 'validate',
  toJsonLd: 'json-ld',
  toWebAnnotations: 'web-annotation',
  toGdeltRows: 'gdelt',
  describeCameoCode: 'gdelt',
  toNinjs: 'ninjs',
  toBrat: 'brat',
};

/** `import { … } from '<dist file>'` lines for names, each from the entry point that exports it. */
export function imports(names) {
  const byFile = new Map();
  for (const name of names) {
    const file = join(root, `dist/${ENTRY[name] ?? 'index'}.js`);
    byFile.set(file, [...(byFile.get(file) ?? []), name]);
  }
  return [...byFile].map(([file, list]) => `import { ${list.join(', ')} } from ${JSON.stringify(file)};`).join('\n');
}

export const helpers = [
  'getActor',
  'getPlace',
  'getEvent',
  'getQuote',
  'getStatistic',
  'getClaim',
  'getRecord',
  'findActor',
  'findPlace',
  'findEvent',
  'findQuote',
  'findStatistic',
  'findClaim',
  'findRecord',
  'eventsOfType',
  'actorsOfKind',
  'quotesBy',
  'statisticsAbout',
  'partsOf',
  'eventsInvolving',
  'claimsBy',
  'mentioning',
  'evidenceOf',
  'recordsAt',
  'recordsOverlapping',
  'sentencesOf',
  'timeline',
  'factsAbout',
  'ambiguitiesOf',
  'cameoCodesOf',
  'formatQuantity',
  'formatAttribution',
];
export const extras = [
  'spanOf',
  'spansOf',
  'aliasesOf',
  'paragraphsIn',
  'sentencesIn',
  'validateArticle',
  'defineArticle',
  'articleSchema',
  'toJsonLd',
  'toWebAnnotations',
  'toGdeltRows',
  'describeCameoCode',
  'toNinjs',
  'toBrat',
];

/** Compressed sizes of a buffer. */
export function compressed(buf) {
  return {
    raw: buf.length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    gzip: gzipSync(buf, { level: 9 }).length,
  };
}

const dir = mkdtempSync(join(tmpdir(), 'ues-bench-'));
let n = 0;
/** Bundles an app's source with esbuild (minified ESM, tree-shaken) and returns its sizes. */
export function bundle(source) {
  const entry = join(dir, `app${n}.mjs`);
  const out = join(dir, `app${n++}.out.mjs`);
  writeFileSync(entry, source.replaceAll('PKG', JSON.stringify(dist)));
  execFileSync(esbuild, [entry, '--bundle', '--minify', '--format=esm', '--platform=neutral', `--outfile=${out}`, '--log-level=error']);
  return compressed(readFileSync(out));
}

/** Every size figure: the data app vs the minified JSON, all helpers, each helper, each extra. */
export function measureSizes() {
  const data = bundle(`import { article } from PKG; console.log(article.text.length);`);
  const json = compressed(Buffer.from(JSON.stringify(JSON.parse(readFileSync(join(root, 'article.json'), 'utf8')))));
  const all = bundle(`${imports(helpers)} globalThis.h = [${helpers.join(', ')}];`);
  const each = Object.fromEntries(helpers.map((h) => [h, bundle(`${imports([h])} globalThis.h = ${h};`)]));
  const extra = Object.fromEntries(extras.map((h) => [h, bundle(`${imports([h])} globalThis.h = ${h};`)]));
  return { data, json, all, each, extra };
}
