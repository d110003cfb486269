#!/usr/bin/env node
// `npm run contract` (part of `npm test`, after the build): fails if the build no longer matches
// the committed contract — the record ids of etc/ids.json, the API reports of etc/api/, and the
// digests of the text and the data in src/release.ts (which `meta` exports).
// `npm run contract -- --write` accepts the build as it is: review the diff, and add a changeset
// (major for a removed or renamed id or export, minor for an added one: README, "Versioning").
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ENTRIES, extract } from './api-report.mjs';
import { diffContracts, idManifest, MANIFEST, manifestText, root } from './manifest.mjs';

const { values } = parseArgs({ options: { write: { type: 'boolean' } } });
const write = values.write === true;
const problems = [];

// 1. Record ids, from the built article.
const { article } = await import(pathToFileURL(join(root, 'dist/index.js')).href);
const manifest = manifestText(idManifest(article));
let committed = '';
try {
  committed = readFileSync(join(root, MANIFEST), 'utf8');
} catch {}
if (manifest !== committed) {
  if (write) writeFileSync(join(root, MANIFEST), manifest);
  else {
    const { ids } = diffContracts({ ids: committed ? JSON.parse(committed) : {} }, { ids: JSON.parse(manifest) });
    const lines = [...ids.removed.map((id) => `  removed ${id}`), ...ids.added.map((id) => `  added   ${id}`)];
    problems.push(`${MANIFEST} does not match the build:\n${lines.join('\n') || '  (same ids, in another order, or moved ids changed)'}`);
  }
}

// 2. The API report of each entry point.
for (const entry of ENTRIES) {
  const { changed, errors } = extract(entry, { write });
  const real = errors.filter((e) => !/console-api-report-(changed|created|copied)/.test(e));
  if (real.length > 0) problems.push(`api-extractor on dist/${entry}.d.ts:\n  ${real.join('\n  ')}`);
  if (changed && !write)
    problems.push(`etc/api/: the exports of ${entry === 'index' ? "'.'" : `'./${entry}'`} changed (git diff etc/api after --write shows how)`);
}

// 3. The digests `meta` reports.
const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex');
const releaseFile = join(root, 'src/release.ts');
const release = readFileSync(releaseFile, 'utf8');
const digests = { TEXT_SHA256: sha256(article.text), DATA_SHA256: sha256(JSON.stringify(article)) };
let updated = release;
for (const [name, value] of Object.entries(digests)) {
  updated = updated.replace(new RegExp(`(export const ${name}: string = ')[0-9a-f]*(';)`), `$1${value}$2`);
}
if (updated !== release) {
  if (write) writeFileSync(releaseFile, updated);
  else problems.push('src/release.ts: the digests of the text or the data are out of date (the data changed)');
}

if (problems.length > 0) {
  console.error(
    `The build does not match the committed contract:\n- ${problems.join('\n- ')}\n\nIf the change is meant: npm run contract -- --write, review the diff, and add a changeset (npx changeset).`,
  );
  process.exit(1);
}
const counts = Object.entries(idManifest(article))
  .filter(([, v]) => Array.isArray(v))
  .map(([k, v]) => `${v.length} ${k}`);
console.log(`contract ${write ? 'written' : 'holds'}: ${counts.join(', ')}; API reports of ${ENTRIES.length} entry points; digests of text and data`);
