#!/usr/bin/env node
// Release notes that list the data changes. `npm run release` runs `changeset version` and then
// this script, which
//   1. diffs the data against the last release (the commit tagged v<previous version>, or, without
//      tags, the last commit that set it): records added, removed, renamed (`moved`) and changed,
//      with the fields that changed, collection by collection, and whether the text changed;
//   2. writes that list into the new version's entry of CHANGELOG.md, under "Data changes"
//      (run again, it replaces its own section);
//   3. writes the versions `meta` reports into src/release.ts: the package version, and the data
//      version, which moves to this release only if the data changed.
//
//   node scripts/contract/release-notes.mjs [--from <git ref>] [--dry-run]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { build } from 'esbuild';
import { COLLECTIONS, previousVersion, releaseCommit, root } from './manifest.mjs';

const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
const tryGit = (...args) => {
  try {
    return git(...args);
  } catch {
    return undefined;
  }
};

/** The story data of a source tree (src/story/data.ts), bundled and run. */
async function dataOf(srcRoot) {
  const result = await build({
    entryPoints: [join(srcRoot, 'src/story/data.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)).storyData;
}

/** The story data at a git commit (its src/ extracted with git archive and tar, no shell). */
async function dataAt(commit) {
  const dir = mkdtempSync(join(tmpdir(), 'ues-release-'));
  try {
    const tar = join(dir, 'src.tar');
    execFileSync('git', ['archive', '-o', tar, commit, 'src'], { cwd: root });
    execFileSync('tar', ['-xf', tar, '-C', dir]);
    return await dataOf(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What changed in the data between two articles, as Markdown lines. `changed` says whether anything did. */
export function dataChanges(before, after) {
  const lines = [];
  let changed = false;
  if (before === undefined) {
    lines.push('First release of the data. Records by collection:', '');
    for (const c of COLLECTIONS) lines.push(`- **${c}** (${after[c].length}): ${after[c].map((r) => `\`${r.id}\``).join(', ')}`);
    return { lines, changed: true };
  }
  if (before.text !== after.text) {
    changed = true;
    lines.push('- **text**: changed (every span was re-checked against it)');
  }
  for (const key of Object.keys({ ...before, ...after })) {
    if ([...COLLECTIONS, 'text', 'moved'].includes(key)) continue;
    if (!isDeepStrictEqual(before[key], after[key])) {
      changed = true;
      lines.push(`- **${key}**: changed`);
    }
  }
  const moved = new Map((after.moved ?? []).map((m) => [m.from, m.to]));
  for (const c of COLLECTIONS) {
    const was = new Map((before[c] ?? []).map((r) => [r.id, r]));
    const now = new Map((after[c] ?? []).map((r) => [r.id, r]));
    const items = [];
    for (const [id, record] of now) {
      if (was.has(id)) {
        const fields = Object.keys({ ...was.get(id), ...record }).filter((k) => !isDeepStrictEqual(was.get(id)[k], record[k]));
        if (fields.length > 0) items.push(`changed \`${id}\` (${fields.map((f) => `\`${f}\``).join(', ')})`);
        continue;
      }
      // Old ids of this collection that now lead here: the first is its old name, any other merged into it.
      const from = [...moved].filter(([old, to]) => to === id && was.has(old) && !now.has(old)).map(([old]) => old);
      if (from.length === 0) items.push(`added \`${id}\``);
      else items.push(`renamed \`${from[0]}\` to \`${id}\` (\`moved\` keeps the old id for the find* lookups)`);
      for (const old of from.slice(1)) items.push(`merged \`${old}\` into \`${id}\` (\`moved\` leads the old id there)`);
    }
    for (const id of was.keys()) {
      if (now.has(id)) continue;
      const to = moved.get(id);
      if (to !== undefined && now.has(to) && was.has(to)) items.push(`merged \`${id}\` into \`${to}\` (\`moved\` leads the old id there)`);
      else if (to === undefined || !now.has(to)) items.push(`removed \`${id}\``);
    }
    if (items.length > 0) {
      changed = true;
      lines.push(`- **${c}**: ${items.join('; ')}`);
    }
  }
  const movedBefore = new Map((before.moved ?? []).map((m) => [m.from, m.to]));
  const redirects = [];
  for (const [from, to] of moved) if (movedBefore.get(from) !== to) redirects.push(`\`${from}\` → \`${to}\``);
  for (const [from, to] of movedBefore) if (!moved.has(from)) redirects.push(`dropped \`${from}\` → \`${to}\``);
  if (redirects.length > 0) {
    changed = true;
    lines.push(`- **moved**: ${redirects.join('; ')}`);
  }
  if (!changed) lines.push('None: the text and every record are as in the previous release.');
  return { lines, changed };
}

/** The CHANGELOG with `section` as the "Data changes" of `version`'s entry (replacing an earlier one). */
export function withDataChanges(changelog, version, section) {
  const heading = `## ${version}\n`;
  const start = changelog.indexOf(heading);
  if (start < 0) throw new Error(`CHANGELOG.md has no entry "## ${version}": run changeset version first (npm run release does).`);
  const bodyStart = start + heading.length;
  const next = changelog.indexOf('\n## ', bodyStart);
  const end = next < 0 ? changelog.length : next + 1;
  let body = changelog.slice(bodyStart, end);
  body = body.replace(/\n### Data changes\n[\s\S]*?(?=\n### |$)/, '\n');
  body = `${body.trimEnd()}\n\n### Data changes\n\n${section.join('\n')}\n\n`;
  return changelog.slice(0, bodyStart) + body + changelog.slice(end).replace(/^\n+/, '');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { from: { type: 'string' }, 'dry-run': { type: 'boolean' } } });
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  // The previous release: the newest version before this one, from the tags or package.json's history.
  const previous = values.from === undefined ? previousVersion(tryGit, pkg.version) : undefined;
  const from =
    values.from !== undefined
      ? tryGit('rev-parse', '--verify', `${values.from}^{commit}`)
      : previous === undefined
        ? undefined
        : releaseCommit(tryGit, previous)?.commit;
  if (values.from !== undefined && from === undefined) throw new Error(`--from ${values.from}: no such commit`);
  const before = from === undefined ? undefined : await dataAt(from);
  const after = await dataOf(root);
  const { lines, changed } = dataChanges(before, after);
  const label = values.from ?? previous;
  const section = [from === undefined ? 'Compared with: no earlier release.' : `Compared with ${label} (${from.slice(0, 7)}):`, '', ...lines];
  if (values['dry-run']) {
    console.log(section.join('\n'));
    process.exit(0);
  }
  const changelogFile = join(root, 'CHANGELOG.md');
  writeFileSync(changelogFile, withDataChanges(readFileSync(changelogFile, 'utf8'), pkg.version, section));
  const releaseFile = join(root, 'src/release.ts');
  let release = readFileSync(releaseFile, 'utf8').replace(/(export const VERSION: string = ')[^']*(';)/, `$1${pkg.version}$2`);
  if (changed) release = release.replace(/(export const DATA_VERSION: string = ')[^']*(';)/, `$1${pkg.version}$2`);
  writeFileSync(releaseFile, release);
  console.log(
    `CHANGELOG.md ${pkg.version}: data changes since ${from === undefined ? 'no release' : previous}; src/release.ts: version ${pkg.version}, data version ${changed ? pkg.version : 'kept'}`,
  );
}
