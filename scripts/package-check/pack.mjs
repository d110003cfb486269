import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CheckError, exec, firstLine } from './exec.mjs';

/**
 * Packs the repository as npm would publish it (without running lifecycle scripts: this builds
 * nothing) and unpacks the tarball next to it.
 *
 * @param {string} repo - the repository root
 * @param {string} workDir - a temporary folder to pack into
 * @returns {Promise<{ tarball: string, npmFiles: string[], tarFiles: string[], dir: string, manifest: any, size: number }>}
 */
export async function pack(repo, workDir) {
  const missing = ['dist/index.js', 'dist/index.cjs'].filter((f) => !existsSync(join(repo, f)));
  if (missing.length > 0) throw new CheckError(`${missing.join(', ')} missing: run \`npm run build\` first`);

  const packed = await exec('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', workDir], { cwd: repo });
  if (packed.code !== 0) throw new CheckError(`npm pack failed: ${firstLine(packed.stderr, /error/i)}`);
  const [report] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('[')));
  const tarball = join(workDir, report.filename);

  const unpacked = join(workDir, 'unpacked');
  await mkdir(unpacked);
  const untar = await exec('tar', ['-xzf', tarball, '-C', unpacked]);
  if (untar.code !== 0) throw new CheckError(`tar failed: ${firstLine(untar.stderr)}`);
  const listing = await exec('tar', ['-tzf', tarball]);
  const tarFiles = listing.stdout
    .split('\n')
    .filter((line) => line !== '' && !line.endsWith('/'))
    .map((line) => line.replace(/^package\//, ''));

  const dir = join(unpacked, 'package');
  const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
  return { tarball, npmFiles: report.files.map((f) => f.path), tarFiles, dir, manifest, size: report.size };
}
