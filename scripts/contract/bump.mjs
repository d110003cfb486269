#!/usr/bin/env node
// `npm run contract:bump` (in CI, after npm test): fails when the contract changed since the last
// release by more than the pending changesets say. The last release is the commit tagged
// v<version of package.json>, or, in a clone without tags, the last commit that changed the version
// in package.json. Against it: a removed (or renamed) id or export needs a major changeset, an added
// or changed one at least a minor. The pending bump is read with `changeset status --output`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENTRIES, reportFile } from './api-report.mjs';
import { committedContract, covers, diffContracts, MANIFEST, releaseCommit, requiredBump, root } from './manifest.mjs';

const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
const tryGit = (...args) => {
  try {
    return git(...args);
  } catch {
    return undefined;
  }
};

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** The commit of the last release, and how it was found; undefined before the first release. */
function lastRelease() {
  if (tryGit('rev-list', '-n', '1', `v${pkg.version}`) === undefined && tryGit('rev-parse', '--is-shallow-repository') === 'true') {
    const why = 'This clone is shallow and has no release tag, so the last release cannot be found: fetch the tags (git fetch --tags) or the history.';
    // `--shallow=warn` (what .ci/run passes, after trying to fetch them): say so loudly, and pass.
    if (process.argv.includes('--shallow=warn')) {
      console.warn(`contract:bump NOT CHECKED. ${why}`);
      process.exit(0);
    }
    throw new Error(why);
  }
  return pkg.version === '0.0.0' ? undefined : releaseCommit(tryGit, pkg.version);
}

/** The contract as the release commit has it (empty where it had no contract files yet). */
function contractAt(commit) {
  const show = (path) => tryGit('show', `${commit}:${path}`);
  const ids = show(MANIFEST);
  return {
    ids: ids ? JSON.parse(ids) : {},
    api: Object.fromEntries(ENTRIES.map((e) => [e, show(reportFile(e).slice(root.length + 1)) ?? ''])),
  };
}

/** The release type the pending changesets give this package: 'none', 'patch', 'minor' or 'major'. */
function pendingBump() {
  const dir = mkdtempSync(join(tmpdir(), 'ues-changeset-'));
  try {
    const out = join(dir, 'status.json');
    try {
      execFileSync(join(root, 'node_modules/.bin/changeset'), ['status', `--output=${out}`], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    } catch (error) {
      // changeset status fails when the branch changed files and no changeset is pending: nothing
      // is pending, which the contract's change may or may not allow.
      const said = String(error.stderr ?? '');
      if (/no changesets were found/.test(said)) return 'none';
      throw new Error(`changeset status failed: ${said.trim() || error.message}`);
    }
    const status = JSON.parse(readFileSync(out, 'utf8'));
    return status.releases.find((r) => r.name === pkg.name)?.type ?? 'none';
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const release = lastRelease();
const before = release === undefined ? { ids: {}, api: {} } : contractAt(release.commit);
const after = committedContract(ENTRIES, reportFile);
const diff = diffContracts(before, after);
const required = requiredBump(diff);
const pending = pendingBump();

const list = (label, items) => (items.length > 0 ? [`  ${label} (${items.length}): ${items.slice(0, 12).join(', ')}${items.length > 12 ? ', …' : ''}`] : []);
console.log(
  `contract since ${release === undefined ? 'no release (none yet: every id and export is new)' : `${release.how} (${release.commit.slice(0, 7)})`}:`,
);
for (const line of [
  ...list('ids removed', diff.ids.removed),
  ...list('ids added', diff.ids.added),
  ...list('exports removed', diff.exports.removed),
  ...list('exports added', diff.exports.added),
  ...list('exports changed (check whether any change breaks a caller: then it is major)', diff.changedExports),
])
  console.log(line);
console.log(`  needs at least: ${required}; pending changesets give: ${pending}`);
if (!covers(pending, required)) {
  console.error(
    `\nThe pending changesets release ${pending === 'none' ? 'nothing' : `a ${pending}`}, but the contract changed by a ${required}: ` +
      `${required === 'major' ? 'an id or export was removed or renamed' : 'an id or export was added or changed'}. ` +
      `Add a changeset (npx changeset) of type ${required}, saying what changed${required === 'major' ? ' (and keep a `moved` redirect for a renamed id)' : ''}.`,
  );
  process.exit(1);
}
console.log('ok: the pending release covers the change');
