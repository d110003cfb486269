// The package's entry points, derived from package.json "exports" (the one place they are listed):
// '.' is `index`, './validate' is `validate`, and so on; the JSON subpaths are not entry points.
// Each is built from src/<name>.ts to dist/<name>.{js,cjs,d.ts,d.cts} (tsup.config.ts).
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** The entry points' names, in the order package.json lists them. */
export const ENTRY_POINTS = Object.keys(pkg.exports)
  .filter((key) => !key.endsWith('.json'))
  .map((key) => (key === '.' ? 'index' : key.slice(2)));

/** The import specifier of an entry point: `ukraine-energy-strikes` or `ukraine-energy-strikes/<name>`. */
export const specifier = (entry) => (entry === 'index' ? pkg.name : `${pkg.name}/${entry}`);
