const caches = new WeakMap<object, Map<(article: never) => unknown, unknown>>();

/**
 * What `build` makes of an article, built once, on first use, and the same value after. Cached by
 * the article object and the `build` function itself (so each must be one module-level function,
 * and two indexes cannot share a cache entry by mistake); an article that is no longer used is
 * garbage-collected with its indexes.
 */
export function memo<A extends object, T>(article: A, build: (article: A) => T): T {
  let cache = caches.get(article);
  if (cache === undefined) {
    cache = new Map();
    caches.set(article, cache);
  }
  if (cache.has(build)) return cache.get(build) as T;
  const value = build(article);
  cache.set(build, value);
  return value;
}

/** The one empty result every helper returns, frozen so no caller can fill it. */
export const none: readonly never[] = /* @__PURE__ */ Object.freeze([]);

/** Groups values under every key `keysOf` gives them (each key once per value), freezing each group. */
export function groupBy<T>(values: Iterable<T>, keysOf: (value: T) => Iterable<string>): Map<string, readonly T[]> {
  const groups = new Map<string, T[]>();
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
