// The built package as one namespace: every entry point's exports (dist/index.js and the subpath
// entry points beside it), for benchmarks that call helpers, the validator and the exporters alike.
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The entry points built into dist/, as in package.json "exports". */
export const ENTRY_POINTS = ['index', 'validate', 'define', 'json-ld', 'web-annotation', 'gdelt', 'ninjs', 'brat'];

/** Imports `dist/index.js` (or the given file) and the entry points beside it, merged. */
export async function loadPackage(indexJs) {
  const dir = dirname(indexJs);
  const modules = await Promise.all(ENTRY_POINTS.map((e) => import(pathToFileURL(join(dir, `${e}.js`)).href).catch(() => ({}))));
  return Object.assign({}, ...modules);
}
