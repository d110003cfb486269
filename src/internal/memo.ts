import { frozenWhole } from './freeze.js';

// Indexes are kept only for articles that cannot change: those the package itself froze whole (the
// built-in article, and every article from `defineArticle` or `validateArticle`), which are plain
// data by construction. An article frozen by its user may still hide a mutable part (a
// non-enumerable property, a getter), so it is treated as any other: each call builds what it
// needs afresh, and no helper ever answers for the article as it was.
const caches = new WeakMap<object, Map<(article: never) => unknown, unknown>>();

/** Says what is wrong with a value that is not an article, for a helper given one from plain JavaScript. */
function notAnArticle(value: unknown): TypeError {
  const got =
    value === null || value === undefined
      ? String(value)
      : Array.isArray(value)
        ? 'an array'
        : typeof value === 'object'
          ? 'an object without its parts'
          : `a ${typeof value}`;
  return new TypeError(`Expected an article, got ${got}: check untrusted data with validateArticle.`);
}

const LISTS = ['paragraphs', 'sentences', 'actors', 'places', 'events', 'quotes', 'statistics', 'claims', 'ambiguities'] as const;

/**
 * Throws a clear TypeError unless `value` has the parts every helper and exporter reads: a text, a
 * publisher, and its lists. Records themselves are trusted: untrusted data goes through
 * `validateArticle`.
 */
export function requireArticle(value: unknown): void {
  if (typeof value !== 'object' || value === null) throw notAnArticle(value);
  const parts = value as Record<string, unknown>;
  const publisher = parts['publisher'];
  if (typeof parts['text'] !== 'string' || typeof publisher !== 'object' || publisher === null || !LISTS.every((c) => Array.isArray(parts[c]))) {
    throw notAnArticle(value);
  }
}

/**
 * What `build` makes of an article: for an article the package froze, built once, on first use, and the
 * same value after; for any other, built afresh on every call. Cached by the article object and
 * the `build` function itself (so each must be one module-level function, and two indexes cannot
 * share a cache entry by mistake); an article that is no longer used is garbage-collected with
 * its indexes. A value that is not an article gets a clear TypeError.
 */
export function memo<A extends object, T>(article: A, build: (article: A) => T): T {
  const cache = caches.get(article);
  if (cache?.has(build)) return cache.get(build) as T;
  requireArticle(article);
  const value = build(article);
  if (frozenWhole(article)) {
    if (cache === undefined) caches.set(article, new Map([[build, value]]));
    else cache.set(build, value);
  }
  return value;
}

/** The one empty result every helper returns, frozen so no caller can fill it. */
export const none: readonly never[] = /* @__PURE__ */ Object.freeze([]);

/** Groups values under every key `keysOf` gives them (each key once per value), freezing each group. */
export function groupBy<K, T>(values: Iterable<T>, keysOf: (value: T) => Iterable<K>): Map<K, readonly T[]> {
  const groups = new Map<K, T[]>();
  for (const value of values) {
    for (const key of new Set(keysOf(value))) {
      const group = groups.get(key);
      if (group === undefined) groups.set(key, [value]);
      else group.push(value);
    }
  }
  for (const group of groups.values()) Object.freeze(group);
  return groups;
}
