/**
 * Every file the published tarball holds, and nothing else: the check fails on a file missing
 * from the tarball and on a file the tarball holds that is not listed here.
 * npm always adds package.json, README and LICENSE; `files` in package.json adds the rest.
 */
export const SHIPPED_FILES = [
  'package.json',
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
  'dist/index.js',
  'dist/index.cjs',
  'dist/index.d.ts',
  'dist/index.d.cts',
  // The story as plain JSON and its JSON Schema (subpath exports './article.json', './schema.json').
  'article.json',
  'schema.json',
];

/** Lifecycle scripts npm runs when someone installs the package. */
export const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall'];

/** Fields of package.json that make npm install other packages alongside this one. */
export const DEPENDENCY_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies', 'bundledDependencies'];
