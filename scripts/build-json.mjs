#!/usr/bin/env node
// Writes the plain-JSON forms of the package next to the built code (run by `npm run build`,
// after tsup, with `--out .`): article.json, the built-in article read from the built dist/index.js,
// and schema.json, the JSON Schema of the model generated from its types. They ship at the package
// root so that even node10 resolution (which ignores `exports`) finds `ukraine-energy-strikes/article.json`.
//
//   node scripts/build-json.mjs [--from <dir with the built index.js>] [--out <dir>] [--quiet]   (both default to dist)
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { generateSchema } from './schema.mjs';

/** The article as the JSON text shipped in article.json. */
export function articleJson(article) {
  const json = `${JSON.stringify(article, null, 2)}\n`;
  if (!isDeepStrictEqual(JSON.parse(json), article)) throw new Error('The article does not survive a JSON round trip');
  return json;
}

/** Writes article.json (from `<from>/index.js`) and schema.json into `out`; returns the paths written. */
export async function buildJson({ from = 'dist', out = 'dist' } = {}) {
  const { article } = await import(pathToFileURL(resolve(from, 'index.js')).href);
  if (article === undefined) throw new Error(`${from}/index.js does not export \`article\``);
  await mkdir(out, { recursive: true });
  const written = [join(out, 'article.json'), join(out, 'schema.json')];
  await writeFile(written[0], articleJson(article));
  await writeFile(written[1], `${JSON.stringify(generateSchema(), null, 2)}\n`);
  return written;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { values } = parseArgs({ options: { from: { type: 'string' }, out: { type: 'string' }, quiet: { type: 'boolean' } } });
  const { quiet, ...where } = values;
  const written = await buildJson(where);
  if (quiet !== true) console.log(`wrote ${written.join(', ')}`);
}
