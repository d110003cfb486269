// Bundle sizes of small apps built against dist/index.js with esbuild (minified ESM), brotli and gzip.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const esbuild = join(root, 'node_modules/.bin/esbuild');
const dist = join(root, 'dist/index.js');

export const helpers = [
  'getActor', 'getPlace', 'getEvent', 'getQuote', 'getStatistic', 'getClaim', 'getRecord',
  'findActor', 'findPlace', 'findEvent', 'findQuote', 'findStatistic', 'findClaim', 'findRecord',
  'eventsOfType', 'actorsOfKind', 'quotesBy', 'statisticsAbout', 'partsOf', 'eventsInvolving',
  'claimsBy', 'mentioning', 'evidenceOf', 'recordsAt', 'recordsOverlapping', 'sentencesOf', 'timeline',
  'factsAbout', 'ambiguitiesOf', 'spanOf', 'spansOf', 'aliasesOf', 'paragraphsIn', 'sentencesIn', 'formatQuantity', 'formatAttribution',
];
export const extras = ['validateArticle', 'defineArticle', 'articleSchema', 'toJsonLd', 'toWebAnnotations', 'toGdeltRows', 'describeCameoCode', 'toNinjs', 'toBrat'];

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
  const all = bundle(`import { ${helpers.join(', ')} } from PKG; globalThis.h = [${helpers.join(', ')}];`);
  const each = Object.fromEntries(helpers.map((h) => [h, bundle(`import { ${h} } from PKG; globalThis.h = ${h};`)]));
  const extra = Object.fromEntries(extras.map((h) => [h, bundle(`import { ${h} } from PKG; globalThis.h = ${h};`)]));
  return { data, json, all, each, extra };
}
