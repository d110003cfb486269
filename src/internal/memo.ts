const caches = new WeakMap<object, Map<string, unknown>>();

/**
 * Builds a derived structure for an article once, on first use, and returns the same one after.
 * Keyed by the article object, so an article that is no longer used is garbage-collected with its indexes.
 */
export function memo<T>(article: object, key: string, build: () => T): T {
  let cache = caches.get(article);
  if (cache === undefined) {
    cache = new Map();
    caches.set(article, cache);
  }
  if (cache.has(key)) return cache.get(key) as T;
  const value = build();
  cache.set(key, value);
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
