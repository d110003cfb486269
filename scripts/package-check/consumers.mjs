import { cp, lstat, readdir, readFile, realpath, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensure, exec, firstLine } from './exec.mjs';
import { nodeBinary, typescript } from './toolchains.mjs';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const PACKAGE = 'ukraine-energy-strikes';

/** Text only the story carries: a bundle that does not use `article` must contain none of it. */
export const DATA_MARKERS = ['does not feel enough pressure', 'Source: Punch', 'Volodymyr Zelensky'];
/** Text only the helpers and the subpath entry points carry: a bundle that uses only `article` must contain none of it. */
export const HELPER_MARKERS = [
  'Unknown id',
  'UNKNOWN_ID',
  'TIMELINE_CYCLE',
  'The event relations form a cycle',
  'entriesById',
  'SPAN_OUT_OF_BOUNDS',
  'INVALID_ARTICLE',
  'AnnotationCollection',
  'schema.org',
  'ninjs-schema_3.1',
  'AnnotatorNotes',
  '~standard',
];

const consumers = new Map();

/**
 * A fresh consumer project: the fixture copied into a new folder under the run's temp folder,
 * with the packed tarball installed by npm. TypeScript fixtures are stored as `*.fixture` so that
 * the repository's own `tsc -p .` does not compile them; the suffix is dropped here.
 *
 * @param {string} kind - a folder under fixtures/
 * @param {{ tarball: string, manifest: any }} packed
 * @param {string} workDir
 * @returns {Promise<string>} the consumer folder
 */
export function consumer(kind, packed, workDir) {
  if (!consumers.has(kind)) consumers.set(kind, createConsumer(kind, packed, workDir));
  return consumers.get(kind);
}

async function createConsumer(kind, packed, workDir) {
  const dir = join(workDir, `consumer-${kind}`);
  await cp(join(FIXTURES, kind), dir, { recursive: true });
  for (const file of await readdir(dir)) {
    if (file.endsWith('.fixture')) await rename(join(dir, file), join(dir, file.slice(0, -'.fixture'.length)));
  }
  const args = ['install', packed.tarball, '--no-audit', '--no-fund', '--no-package-lock', '--offline'];
  const installed = await exec('npm', args, { cwd: dir });
  ensure(installed.code === 0, `npm install of the tarball failed: ${firstLine(installed.stderr, /error/i)}`);

  const target = join(dir, 'node_modules', PACKAGE);
  ensure(!(await lstat(target)).isSymbolicLink(), `${PACKAGE} was linked, not installed`);
  ensure((await realpath(target)).startsWith(await realpath(dir)), `${PACKAGE} resolves outside the consumer`);
  const manifest = JSON.parse(await readFile(join(target, 'package.json'), 'utf8'));
  ensure(manifest.version === packed.manifest.version, 'the installed version is not the packed one');
  return dir;
}

/**
 * Runs a consumer's script under a Node major version; the script asserts and prints `ok …`.
 *
 * @returns {Promise<string>} the check's detail line
 */
export async function runConsumer(kind, file, major, { packed, workDir }) {
  const [dir, node] = await Promise.all([consumer(kind, packed, workDir), nodeBinary(major)]);
  const result = await exec(node, [file], { cwd: dir });
  ensure(result.code === 0, firstLine(result.stderr, /Error|assert/) || `exit code ${result.code}`);
  ensure(/^ok /m.test(result.stdout), `printed no ok line: ${firstLine(result.output)}`);
  return firstLine(result.stdout, /^ok /);
}

/**
 * Runs a consumer's script under another runtime (Bun or Deno, see `otherRuntimes`); the script
 * asserts and prints `ok …`.
 *
 * @param {string} kind - 'esm' or 'cjs'
 * @param {string} file - the script
 * @param {{ name: string, binary: string, args: readonly string[] }} runtime
 * @returns {Promise<string>} the check's detail line
 */
export async function runOnRuntime(kind, file, runtime, { packed, workDir }) {
  const dir = await consumer(kind, packed, workDir);
  const version = await exec(runtime.binary, ['--version'], { cwd: dir });
  ensure(version.code === 0, `${runtime.name} is not installed at ${runtime.binary} (npm ci installs it)`);
  const result = await exec(runtime.binary, [...runtime.args, file], { cwd: dir });
  ensure(result.code === 0, firstLine(result.output, /Error|assert/) || `exit code ${result.code}`);
  ensure(/^ok /m.test(result.stdout), `printed no ok line: ${firstLine(result.output)}`);
  return `${firstLine(version.stdout)}: ${firstLine(result.stdout, /^ok /)}`;
}

/** The `// expect-error TSxxxx` markers of a fixture: the error code each next line must raise. */
function expectedErrors(file, text) {
  const lines = text.split('\n');
  const expected = [];
  lines.forEach((line, i) => {
    const code = /^\s*\/\/ expect-error (TS\d+)/.exec(line)?.[1];
    if (code !== undefined) expected.push(`${file}:${i + 2} ${code}`);
  });
  return expected;
}

/** Sorts `file:line TSxxxx` strings by line. */
const byLine = (a, b) => Number(/:(\d+)/.exec(a)?.[1]) - Number(/:(\d+)/.exec(b)?.[1]) || a.localeCompare(b);

/** Compiler errors as `file:line TSxxxx` (tsc 5/6 and the native tsc 7 both print `file(line,col): error TSxxxx`). */
function reportedErrors(output) {
  return [...output.matchAll(/^(\S+?)\((\d+),\d+\): error (TS\d+)/gm)].map(([, file, line, code]) => `${file}:${line} ${code}`);
}

/**
 * Type-checks a TypeScript consumer against the shipped declarations (skipLibCheck off): the
 * valid files must compile with no error and load the declaration files named in `declarations`;
 * the misspelt file must fail with exactly the errors its markers name.
 *
 * @param {string} kind - 'ts-nodenext' or 'ts-bundler'
 * @param {string} spec - 'repo' or a TypeScript version range
 * @param {readonly string[]} declarations - dist files the program must include
 * @param {string} misspelt - the file of lines that must not compile
 * @param {{ repo: string, packed: any, workDir: string }} context
 */
export async function typecheckConsumer(kind, spec, declarations, misspelt, { repo, packed, workDir }) {
  const [dir, ts] = await Promise.all([consumer(kind, packed, workDir), typescript(repo, spec)]);
  const valid = await exec(process.execPath, [ts.tsc, '-p', 'tsconfig.json', '--pretty', 'false', '--listFiles'], { cwd: dir });
  ensure(valid.code === 0, `TypeScript ${ts.version}: ${firstLine(valid.stdout, /error TS/) || `exit code ${valid.code}`}`);
  const loaded = declarations.filter((d) => valid.stdout.includes(`node_modules/${PACKAGE}/${d}`));
  ensure(loaded.length === declarations.length, `TypeScript ${ts.version} did not load ${declarations.filter((d) => !loaded.includes(d)).join(', ')}`);

  const invalid = await exec(process.execPath, [ts.tsc, '-p', 'tsconfig.misspelt.json', '--pretty', 'false'], { cwd: dir });
  const expected = expectedErrors(misspelt, await readFile(join(dir, misspelt), 'utf8')).sort(byLine);
  const reported = reportedErrors(invalid.stdout).sort(byLine);
  ensure(invalid.code !== 0, `TypeScript ${ts.version} compiled ${misspelt}, which must fail`);
  const missing = expected.filter((e) => !reported.includes(e));
  const extra = reported.filter((e) => !expected.includes(e));
  ensure(
    missing.length === 0 && extra.length === 0,
    `TypeScript ${ts.version}: ${[missing.length > 0 ? `expected ${missing.join(', ')}` : '', extra.length > 0 ? `unexpected ${extra.join(', ')}` : ''].filter(Boolean).join('; ')}`,
  );
  return `TypeScript ${ts.version}: valid files clean with ${declarations.join(' + ')}; ${misspelt} fails with ${expected.map((e) => `L${e.split(':')[1]}`).join(', ')}`;
}

/**
 * Bundles a consumer app with esbuild, asserts that the bundle holds none of the given markers,
 * and runs the bundle.
 *
 * @param {object} app
 * @param {string} app.file - a file of the esbuild fixture
 * @param {readonly string[]} app.absent - markers the bundle must not contain
 * @param {boolean} app.includesPackage - whether any code of the package belongs in the bundle
 * @param {string} [app.warning] - the one esbuild warning expected (its id), if any
 * @param {{ repo: string, packed: any, workDir: string }} context
 */
export async function bundleConsumer({ file, absent, includesPackage, warning }, { repo, packed, workDir }) {
  const dir = await consumer('esbuild', packed, workDir);
  const out = join(dir, 'out', file);
  const args = [file, '--bundle', '--format=esm', '--platform=node', `--outfile=${out}`, '--log-level=warning'];
  const built = await exec(join(repo, 'node_modules/.bin/esbuild'), args, { cwd: dir });
  ensure(built.code === 0, `esbuild: ${firstLine(built.output)}`);
  const warnings = [...built.stderr.matchAll(/\[WARNING\].*\[([\w-]+)\]$/gm)].map((m) => m[1]);
  ensure(warnings.join() === (warning ?? ''), warnings.length > 0 ? `esbuild: ${firstLine(built.stderr, /WARNING/)}` : `esbuild did not warn ${warning}`);

  // A marker the package does not contain would prove nothing.
  const dist = join(packed.dir, 'dist');
  const shipped = Buffer.concat(await Promise.all((await readdir(dist)).filter((f) => f.endsWith('.js')).map((f) => readFile(join(dist, f)))));
  const stale = absent.filter((m) => !shipped.includes(m));
  ensure(stale.length === 0, `markers not found in dist/*.js, pick new ones: ${stale.join(', ')}`);

  const bundle = await readFile(out, 'utf8');
  const found = absent.filter((m) => bundle.includes(m));
  ensure(found.length === 0, `bundle contains ${found.map((m) => JSON.stringify(m)).join(', ')}`);
  const included = bundle.includes(`node_modules/${PACKAGE}/`);
  ensure(included === includesPackage, includesPackage ? 'bundle holds nothing of the package' : 'bundle holds code of the package');

  const ran = await exec(process.execPath, [out], { cwd: dir });
  ensure(ran.code === 0 && /^ok /m.test(ran.stdout), `bundle failed to run: ${firstLine(ran.output, /Error|assert/)}`);
  const size = (await stat(out)).size;
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  return `${kb(size)} (dist/*.js ${kb(shipped.length)}), none of ${absent.length} markers${warning ? `, esbuild: ${warning}` : ''}; ${firstLine(ran.stdout, /^ok /)}`;
}
