import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { DEPENDENCY_FIELDS, INSTALL_SCRIPTS, SHARED_DECLARATIONS, SHIPPED_FILES } from './allowlist.mjs';
import { ensure } from './exec.mjs';

/** Nothing ships that is not on the allowlist (and npm's report agrees with the tarball). */
export function nothingUnlisted(packed) {
  const npm = [...packed.npmFiles].sort().join('\n');
  const tar = [...packed.tarFiles].sort().join('\n');
  ensure(npm === tar, 'the file list from `npm pack --json` differs from the tarball listing');
  const unexpected = packed.tarFiles.filter((f) => !SHIPPED_FILES.includes(f) && !SHARED_DECLARATIONS.test(f));
  ensure(unexpected.length === 0, `not on the allowlist (scripts/package-check/allowlist.mjs): ${unexpected.join(', ')}`);
  return `${packed.tarFiles.length} files, all allowlisted`;
}

/** Everything on the allowlist ships; docs that have not been written yet are named. */
export function nothingMissing(packed) {
  const missing = SHIPPED_FILES.filter((f) => !packed.tarFiles.includes(f));
  ensure(missing.length === 0, `allowlisted but not in the tarball: ${missing.join(', ')}`);
  return `${SHIPPED_FILES.length} allowlisted files present`;
}

/** The published package.json makes npm install nothing else. */
export function noDependencies(packed) {
  const declared = DEPENDENCY_FIELDS.filter((field) => {
    const value = packed.manifest[field];
    return value !== undefined && (Array.isArray(value) ? value.length > 0 : Object.keys(value).length > 0);
  });
  ensure(declared.length === 0, `package.json declares ${declared.map((f) => `${f}: ${JSON.stringify(packed.manifest[f])}`).join('; ')}`);
  return `no ${DEPENDENCY_FIELDS.slice(0, 3).join('/')}`;
}

/** Installing the package runs nothing. */
export function noInstallScripts(packed) {
  const scripts = packed.manifest.scripts ?? {};
  const found = INSTALL_SCRIPTS.filter((name) => name in scripts);
  ensure(found.length === 0, `install-time scripts in the published package.json: ${found.join(', ')}`);
  // npm runs `node-gyp rebuild` on install for any package that ships a binding.gyp.
  ensure(!packed.tarFiles.includes('binding.gyp'), 'ships binding.gyp, which npm builds on install');
  return `no ${INSTALL_SCRIPTS.join('/')}, no binding.gyp`;
}

/** Every source map a shipped file names ships too, and points only at files that ship. */
export async function sourceMapsShipped(packed) {
  const shipped = new Set(packed.tarFiles);
  const problems = [];
  let maps = 0;
  for (const file of packed.tarFiles.filter((f) => /\.(c|m)?js$|\.d\.(c|m)?ts$|\.map$/.test(f))) {
    const text = await readFile(join(packed.dir, file), 'utf8');
    let map;
    let mapFile;
    if (file.endsWith('.map')) {
      mapFile = file;
      map = text;
    } else {
      const url = /[#@] sourceMappingURL=(\S+)\s*$/.exec(text)?.[1];
      if (url === undefined) continue;
      if (url.startsWith('data:')) {
        mapFile = file;
        map = Buffer.from(url.slice(url.indexOf(',') + 1), url.includes(';base64,') ? 'base64' : 'utf8').toString('utf8');
      } else {
        mapFile = posix.join(posix.dirname(file), decodeURIComponent(url));
        if (!shipped.has(mapFile)) {
          problems.push(`${file} names ${mapFile}, which does not ship`);
          continue;
        }
        map = await readFile(join(packed.dir, mapFile), 'utf8');
      }
    }
    maps += 1;
    const { sources = [], sourceRoot = '' } = JSON.parse(map);
    for (const source of sources) {
      const target = posix.join(posix.dirname(mapFile), sourceRoot, source);
      if (!shipped.has(target)) problems.push(`${mapFile} points at ${source}, which does not ship`);
    }
  }
  ensure(problems.length === 0, problems.slice(0, 3).join('; '));
  return maps === 0 ? 'no source maps shipped or referenced' : `${maps} source maps, every source ships`;
}
