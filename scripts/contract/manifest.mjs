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

const DECLARATION = /^export (?:declare )?(?:abstract )?(?:function|interface|type|const|class|namespace|enum|let|var) ([A-Za-z_$][\w$]*)/;
const RENAMED = /^export \{([^}]*)\}/;

/** The body of a report: what lies between its ```ts fences. */
const bodyOf = (report) => report.split('```ts')[1]?.split('```')[0] ?? '';

/**
 * The declarations of each export in a report, by exported name, for telling a changed export from
 * an unchanged one. A name exported under another (`export { Event_2 as Event }`) gets the
 * declaration of its local name.
 */
export function declarationsOf(report) {
  const local = {};
  const out = {};
  const renames = [];
  for (const chunk of bodyOf(report).split(/\n(?=\/\/ @public|export |declare )/)) {
    const text = chunk.replace(/^\/\/ .*$/gm, '').trim();
    const exported = DECLARATION.exec(text)?.[1];
    if (exported !== undefined) out[exported] = (out[exported] ?? '') + text;
    const declared = /^(?:export )?(?:declare )?(?:abstract )?(?:function|interface|type|const|class|namespace|enum|let|var) ([A-Za-z_$][\w$]*)/.exec(
      text,
    )?.[1];
    if (declared !== undefined) local[declared] = (local[declared] ?? '') + text;
    const list = RENAMED.exec(text)?.[1];
    if (list !== undefined)
      renames.push(
        ...list
          .split(',')
          .map((part) => part.trim())
          .filter(Boolean),
      );
  }
  for (const part of renames) {
    const [name, alias = name] = part.split(/\s+as\s+/);
    out[alias] = local[name] ?? part;
  }
  return out;
}

/** The exported names of an api-extractor report, sorted. */
export const exportsOf = (report) => Object.keys(declarationsOf(report)).sort();

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
  // A redirect is part of the contract: dropping or changing one breaks the old id it kept working.
  const movedBefore = before.ids?.moved ?? {};
  const movedAfter = after.ids?.moved ?? {};
  for (const [from, to] of Object.entries(movedBefore)) {
    if (movedAfter[from] !== to) ids.removed.push(`moved: ${from} → ${to}${movedAfter[from] === undefined ? '' : ` (now → ${movedAfter[from]})`}`);
  }
  for (const [from, to] of Object.entries(movedAfter)) if (!(from in movedBefore)) ids.added.push(`moved: ${from} → ${to}`);
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

/**
 * The least release a contract change needs: major for anything removed (an id, a redirect, an
 * export), minor for anything added or an export whose declaration changed (which may break a
 * caller: the check lists them for review, and the changeset says which).
 */
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

/**
 * The commit of the release of `version`: the commit tagged v<version>, or, in a clone without
 * tags, the newest commit whose package.json has that version while its parent's has another (a
 * reformatted version line is not a release). `git` runs git and returns its output, or undefined.
 */
export function releaseCommit(git, version) {
  const tagged = git('rev-list', '-n', '1', `v${version}`);
  if (tagged) return { commit: tagged, how: `tag v${version}` };
  const versionAt = (commit) => {
    try {
      return JSON.parse(git('show', `${commit}:package.json`) ?? '{}').version;
    } catch {
      return undefined;
    }
  };
  for (const commit of (git('log', '--format=%H', '--', 'package.json') ?? '').split('\n').filter(Boolean)) {
    if (versionAt(commit) === version && versionAt(`${commit}^`) !== version) return { commit, how: `the commit that set version ${version}` };
  }
  return undefined;
}

/** The released versions before `version`, newest first, from tags and from package.json's history. */
export function previousVersion(git, version) {
  const newer = (a, b) => {
    const pa = a.split(/[.-]/).map(Number);
    const pb = b.split(/[.-]/).map(Number);
    for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) > (pb[i] ?? 0);
    return false;
  };
  const tags = (git('tag', '--list', 'v*') ?? '')
    .split('\n')
    .map((t) => t.slice(1))
    .filter((v) => /^\d+\.\d+\.\d+$/.test(v) && newer(version, v));
  const fromHistory = [];
  for (const commit of (git('log', '--format=%H', '--', 'package.json') ?? '').split('\n').filter(Boolean)) {
    try {
      const v = JSON.parse(git('show', `${commit}:package.json`) ?? '{}').version;
      if (typeof v === 'string' && v !== '0.0.0' && newer(version, v)) fromHistory.push(v);
    } catch {}
  }
  const all = [...new Set([...tags, ...fromHistory])].sort((a, b) => (newer(a, b) ? -1 : 1));
  return all[0];
}
