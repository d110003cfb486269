import { join } from 'node:path';
import { ENTRY_POINTS } from '../entry-points.mjs';
import { ensure, exec, firstLine } from './exec.mjs';

/** The module resolutions attw models, with the words the issue uses for them. */
export const RESOLUTIONS = {
  node10: 'node10',
  'node16-cjs': 'node16 from CJS',
  'node16-esm': 'node16 from ESM',
  bundler: 'bundler',
};

/** publint, strict (warnings are errors), on the tarball: passes only if it reports nothing at all. */
export async function publint(repo, packed) {
  const result = await exec(join(repo, 'node_modules/.bin/publint'), ['run', packed.tarball, '--strict']);
  // publint lists its findings as numbered lines under "Errors:", "Warnings:" or "Suggestions:".
  const findings = result.output.split('\n').filter((line) => /^\s*\d+\. /.test(line));
  ensure(result.code === 0 && findings.length === 0, findings.map((f) => f.trim()).join(' ') || firstLine(result.output) || `exit code ${result.code}`);
  ensure(/All good!/.test(result.stdout), `did not report "All good!": ${firstLine(result.output)}`);
  return 'All good!';
}

/** The entry points whose types attw must resolve, as attw names them ('.', './validate', …). */
export const TYPED_ENTRIES = ENTRY_POINTS.map((entry) => (entry === 'index' ? '.' : `./${entry}`));

/**
 * Runs @arethetypeswrong/cli once on the tarball (what `attw --pack` does after packing) and
 * returns, per resolution, the problems it found and the declaration file each entry point
 * resolves to.
 */
export async function attw(repo, packed, entries) {
  const result = await exec(join(repo, 'node_modules/.bin/attw'), [packed.tarball, '--format', 'json', '--profile', 'strict']);
  let report;
  try {
    report = JSON.parse(result.stdout);
  } catch {
    throw new Error(`attw printed no JSON (exit ${result.code}): ${firstLine(result.output)}`);
  }
  const problems = report.analysis.problems ?? [];
  const byResolution = {};
  for (const kind of Object.keys(RESOLUTIONS)) {
    byResolution[kind] = {
      problems: problems
        .filter((p) => p.resolutionKind === undefined || p.resolutionKind === kind)
        .map((p) => `${p.kind}${p.entrypoint ? ` (${p.entrypoint})` : ''}`),
      types: Object.fromEntries(
        entries.map((entry) => [
          entry,
          report.analysis.entrypoints?.[entry]?.resolutions?.[kind]?.resolution?.fileName?.replace('/node_modules/ukraine-energy-strikes/', ''),
        ]),
      ),
    };
  }
  return byResolution;
}

/** One resolution's verdict from an attw report: no problem, and types for every entry point. */
export function attwVerdict(report, kind) {
  const { problems, types } = report[kind];
  ensure(problems.length === 0, `${RESOLUTIONS[kind]}: ${problems.join(', ')}`);
  const missing = Object.keys(types).filter((entry) => types[entry] === undefined);
  ensure(missing.length === 0, `${RESOLUTIONS[kind]}: ${missing.join(', ')} resolve to no types`);
  return `${Object.keys(types).length} entry points; '.' → ${types['.']}, './validate' → ${types['./validate']}`;
}
