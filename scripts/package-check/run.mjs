#!/usr/bin/env node
// Checks the packed package the way users consume it. Builds nothing: run `npm run build` first.
//
//   node scripts/package-check/run.mjs --fast   publint, attw, supply chain, CJS + ESM on this Node, Bun
//                                              and Deno, TS nodenext + bundler on the repo's TypeScript, esbuild
//   node scripts/package-check/run.mjs --full   adds Node 20/22/24 and the oldest supported TypeScript and 7
//   --keep                                     keep the temp folder (its path is printed)
//
// Prints one PASS/FAIL line per check, then `N passed, M failed`; exits 1 on any failure.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleConsumer, DATA_MARKERS, HELPER_MARKERS, runConsumer, runOnRuntime, typecheckConsumer } from './consumers.mjs';
import { CheckError } from './exec.mjs';
import { attw, attwVerdict, publint, RESOLUTIONS, TYPED_ENTRIES } from './lint.mjs';
import { pack } from './pack.mjs';
import { otherRuntimes } from './toolchains.mjs';
import { nothingMissing, nothingUnlisted, noDependencies, noInstallScripts, sourceMapsShipped } from './supply-chain.mjs';

/** Node major versions the consumers run on in --full (the engines range in package.json starts at the first). */
const NODE_VERSIONS = [20, 22, 24];
/** TypeScript versions the declarations are checked with in --full, besides the repository's own. */
const TYPESCRIPT_VERSIONS = ['5.4', '7'];

const args = new Set(process.argv.slice(2));
const unknown = [...args].filter((a) => !['--fast', '--full', '--keep'].includes(a));
if (unknown.length > 0 || (args.has('--fast') && args.has('--full'))) {
  console.error(`usage: node scripts/package-check/run.mjs [--fast | --full] [--keep]${unknown.length > 0 ? ` (unknown: ${unknown.join(' ')})` : ''}`);
  process.exit(2);
}
const full = args.has('--full');
const repo = fileURLToPath(new URL('../../', import.meta.url));
const workDir = await mkdtemp(join(tmpdir(), 'ues-package-check-'));

let packing;
const packed = () => (packing ??= pack(repo, workDir));
let attwRun;
const attwReport = async () => (attwRun ??= attw(repo, await packed(), TYPED_ENTRIES));
const context = async () => ({ repo, packed: await packed(), workDir });

/** @type {{ name: string, run: () => Promise<string> }[]} */
const checks = [];
const check = (name, run) => checks.push({ name, run });

check('pack: npm pack', async () => {
  const p = await packed();
  return `${p.manifest.name}@${p.manifest.version}, ${(p.size / 1024).toFixed(1)} KB, ${p.tarFiles.length} files`;
});
check('files: nothing outside the allowlist', async () => nothingUnlisted(await packed()));
check('files: every allowlisted file ships', async () => nothingMissing(await packed()));
check('supply: no dependencies', async () => noDependencies(await packed()));
check('supply: no install-time scripts', async () => noInstallScripts(await packed()));
check('supply: no source maps to unshipped files', async () => sourceMapsShipped(await packed()));
check('publint --strict', async () => publint(repo, await packed()));
for (const kind of Object.keys(RESOLUTIONS)) check(`attw: ${RESOLUTIONS[kind]}`, async () => attwVerdict(await attwReport(), kind));

const thisNode = Number(process.versions.node.split('.')[0]);
for (const major of full ? NODE_VERSIONS : [thisNode]) {
  check(`consumer cjs: require · Node ${major}`, async () => runConsumer('cjs', 'index.js', major, await context()));
  check(`consumer esm: import · Node ${major}`, async () => runConsumer('esm', 'index.js', major, await context()));
  check(`consumer esm: import changes no globals · Node ${major}`, async () => runConsumer('esm', 'side-effects.js', major, await context()));
}

// Bun and Deno (from the dev dependencies) run the same consumers, in both runs: they are fast.
for (const runtime of otherRuntimes(repo)) {
  check(`consumer cjs: require · ${runtime.name}`, async () => runOnRuntime('cjs', 'index.js', runtime, await context()));
  check(`consumer esm: import · ${runtime.name}`, async () => runOnRuntime('esm', 'index.js', runtime, await context()));
}

const repoTypeScript = JSON.parse(readFileSync(join(repo, 'node_modules/typescript/package.json'), 'utf8')).version;
for (const spec of full ? [TYPESCRIPT_VERSIONS[0], 'repo', ...TYPESCRIPT_VERSIONS.slice(1)] : ['repo']) {
  const label = spec === 'repo' ? `${repoTypeScript.split('.').slice(0, 2).join('.')} (repo)` : spec;
  check(`consumer ts module nodenext · TS ${label}`, async () =>
    typecheckConsumer('ts-nodenext', spec, ['dist/index.d.ts', 'dist/index.d.cts'], 'misspelt.mts', await context()),
  );
  check(`consumer ts moduleResolution bundler · TS ${label}`, async () =>
    typecheckConsumer('ts-bundler', spec, ['dist/index.d.ts'], 'misspelt.ts', await context()),
  );
}

check('esbuild: helpers only, no article', async () =>
  bundleConsumer({ file: 'helpers-only.js', absent: DATA_MARKERS, includesPackage: true }, await context()),
);
check('esbuild: article only, no helpers', async () =>
  bundleConsumer({ file: 'data-only.js', absent: HELPER_MARKERS, includesPackage: true }, await context()),
);
check('esbuild: every subpath entry point, no article', async () =>
  bundleConsumer({ file: 'subpaths-only.js', absent: DATA_MARKERS, includesPackage: true }, await context()),
);
check('esbuild: bare import bundles nothing', async () =>
  bundleConsumer(
    { file: 'import-only.js', absent: [...DATA_MARKERS, ...HELPER_MARKERS], includesPackage: false, warning: 'ignored-bare-import' },
    await context(),
  ),
);

// Run checks a few at a time; print each result in list order as soon as it and those before it are done.
const started = performance.now();
const results = new Array(checks.length);
let printed = 0;
const print = () => {
  while (printed < checks.length && results[printed] !== undefined) {
    const { name } = checks[printed];
    const { ok, detail, seconds } = results[printed];
    console.log(`${ok ? 'PASS' : 'FAIL'}  ${name} — ${detail} (${seconds.toFixed(1)}s)`);
    printed += 1;
  }
};
let next = 0;
const worker = async () => {
  while (next < checks.length) {
    const index = next++;
    const start = performance.now();
    let ok = true;
    let detail;
    try {
      detail = await checks[index].run();
    } catch (error) {
      ok = false;
      detail =
        error instanceof CheckError
          ? error.message
          : String(error?.stack ?? error)
              .split('\n')
              .slice(0, 2)
              .join(' ');
    }
    results[index] = { ok, detail, seconds: (performance.now() - start) / 1000 };
    print();
  }
};
await Promise.all(Array.from({ length: Math.max(2, availableParallelism()) }, worker));

if (args.has('--keep')) console.log(`kept ${workDir}`);
else await rm(workDir, { recursive: true, force: true });
const failed = results.filter((r) => !r.ok).length;
console.log(`${full ? '--full' : '--fast'}: ${checks.length} checks in ${((performance.now() - started) / 1000).toFixed(1)}s`);
console.log(`${checks.length - failed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
