// The data contract: every record id by collection, and every export by entry point. Ids and
// exports are the package's API; removing or renaming one is a major release, adding one at least
// a minor (README, "Versioning"). etc/ids.json and etc/api/ hold them as of the last accepted build.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');
export const MANIFEST = 'etc/ids.json';
export const COLLECTIONS = ['actors', 'places', 'events', 'quotes', 'statistics', 'claims', 'ambiguities'];

/** The id manifest of an article: its id, each collection's ids in article order, and its renamed ids. */
export function idManifest(article) {
  return {
    article: article.id,
    ...Object.fromEntries(COLLECTIONS.map((c) => [c, article[c].map((r) => r.id)])),
    moved: Object.fromEntries((article.moved ?? []).map((m) => [m.from, m.to])),
  };
}

/** The manifest as committed: JSON, two-space indented, one id per line. */
export const manifestText = (manifest) => `${JSON.stringify(manifest, null, 2)}\n`;

/** The exported names an api-extractor report lists (`export function x`, `export interface X`, …). */
export function exportsOf(report) {
  const names = new Set();
  for (const m of report.matchAll(/^export (?:declare )?(?:abstract )?(?:function|interface|type|const|class|namespace|enum|let|var) ([A-Za-z_$][\w$]*)/gm))
    names.add(m[1]);
  return [...names].sort();
}

/** The declarations of each export in a report, by name, for telling a changed export from an unchanged one. */
export function declarationsOf(report) {
  const body = report.split('```ts')[1]?.split('```')[0] ?? '';
  const out = {};
  for (const chunk of body.split(/\n(?=\/\/ @public|export )/)) {
    const name = /^export (?:declare )?(?:abstract )?(?:function|interface|type|const|class|namespace|enum|let|var) ([A-Za-z_$][\w$]*)/m.exec(chunk)?.[1];
    if (name !== undefined) out[name] = (out[name] ?? '') + chunk.replace(/^\/\/ .*$/gm, '').trim();
  }
  return out;
}

/**
 * What changed from one contract to another: `ids` and `exports` each `{ removed, added }` as
 * "collection: id" / "entry: name" strings, `changedExports` the exports whose declarations differ.
 */
export function diffContracts(before, after) {
  const ids = { removed: [], added: [] };
  for (const c of COLLECTIONS) {
    const was = new Set(before.ids?.[c] ?? []);
    const now = new Set(after.ids?.[c] ?? []);
    for (const id of was) if (!now.has(id)) ids.removed.push(`${c}: ${id}${after.ids?.moved?.[id] ? ` (moved to ${after.ids.moved[id]})` : ''}`);
    for (const id of now) if (!was.has(id)) ids.added.push(`${c}: ${id}`);
  }
  if (before.ids?.article !== undefined && before.ids.article !== after.ids?.article) {
    ids.removed.push(`article: ${before.ids.article}`);
    ids.added.push(`article: ${after.ids?.article}`);
  }
  const exports = { removed: [], added: [] };
  const changedExports = [];
  const entries = new Set([...Object.keys(before.api ?? {}), ...Object.keys(after.api ?? {})]);
  for (const entry of [...entries].sort()) {
    const was = declarationsOf(before.api?.[entry] ?? '');
    const now = declarationsOf(after.api?.[entry] ?? '');
    for (const name of Object.keys(was)) if (!(name in now)) exports.removed.push(`${entry}: ${name}`);
    for (const name of Object.keys(now)) {
      if (!(name in was)) exports.added.push(`${entry}: ${name}`);
      else if (was[name] !== now[name]) changedExports.push(`${entry}: ${name}`);
    }
  }
  return { ids, exports, changedExports };
}

const RANK = { none: 0, patch: 1, minor: 2, major: 3 };

/** The least release a contract change needs: major for anything removed, minor for anything added or changed in the API. */
export function requiredBump(diff) {
  if (diff.ids.removed.length > 0 || diff.exports.removed.length > 0) return 'major';
  if (diff.ids.added.length > 0 || diff.exports.added.length > 0 || diff.changedExports.length > 0) return 'minor';
  return 'none';
}

/** Whether a pending release type (from `changeset status`) is at least the required one. */
export const covers = (pending, required) => RANK[pending ?? 'none'] >= RANK[required];

/** The contract as committed in the working tree. */
export function committedContract(entries, reportPath) {
  return {
    ids: JSON.parse(readFileSync(resolve(root, MANIFEST), 'utf8')),
    api: Object.fromEntries(entries.map((e) => [e, readFileSync(reportPath(e), 'utf8')])),
  };
}
