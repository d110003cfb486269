// The built package as one namespace: every entry point's exports (dist/index.js and the subpath
// entry points beside it), for benchmarks that call helpers, the validator and the exporters alike.
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ENTRY_POINTS } from '../scripts/entry-points.mjs';

/** Imports `dist/index.js` (or the given file) and the entry points beside it, merged. */
export async function loadPackage(indexJs) {
  const dir = dirname(indexJs);
  const modules = await Promise.all(ENTRY_POINTS.map((e) => import(pathToFileURL(join(dir, `${e}.js`)).href).catch(() => ({}))));
  return Object.assign({}, ...modules);
}
