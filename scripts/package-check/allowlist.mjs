import { ENTRY_POINTS } from '../entry-points.mjs';

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
  'BENCHMARKS.md',
  // What the README links to, so that its links work on the npm page.
  'docs-assets/reading-view.png',
  ...ENTRY_POINTS.flatMap((entry) => ['js', 'cjs', 'd.ts', 'd.cts'].map((ext) => `dist/${entry}.${ext}`)),
  // The story as plain JSON and its JSON Schema (subpath exports './article.json', './schema.json').
  'article.json',
  'schema.json',
];

/**
 * Declaration chunks that tsup's declaration build shares between entry points, named by the
 * module they start from and a content hash: `dist/article-B8UGq23H.d.ts`. They ship, and only
 * these: each name must match, and each entry's declarations import them.
 */
export const SHARED_DECLARATIONS = /^dist\/(article|errors|problem)-[A-Za-z0-9_-]{8}\.d\.c?ts$/;

/** Lifecycle scripts npm runs when someone installs the package. */
export const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall'];

/** Fields of package.json that make npm install other packages alongside this one. */
export const DEPENDENCY_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies', 'bundledDependencies'];
