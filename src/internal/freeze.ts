/**
 * Freezes a value and everything reachable from it, so that no part of it can be changed.
 * Already-frozen parts are skipped, which also ends cycles.
 *
 * For plain data, as articles are: it follows array elements and own enumerable string-keyed
 * properties. It runs at import on the whole built-in article, so it uses counted loops (no
 * key arrays for arrays, no iterators) and does not call itself for strings and numbers.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) freezeObject(value);
  return value;
}

function freezeObject(object: object): void {
  if (Object.isFrozen(object)) return;
  Object.freeze(object);
  if (Array.isArray(object)) {
    for (let i = 0; i < object.length; i++) {
      const item: unknown = object[i];
      if (typeof item === 'object' && item !== null) freezeObject(item);
    }
  } else {
    const keys = Object.keys(object);
    for (let i = 0; i < keys.length; i++) {
      const item: unknown = (object as Record<string, unknown>)[keys[i] as string];
      if (typeof item === 'object' && item !== null) freezeObject(item);
    }
  }
}

/** Values frozen whole by `freezeWhole`, so that whether they can change need not be asked again. */
const whole = /* @__PURE__ */ new WeakSet<object>();

/**
 * Deep-freezes a value this package has just made, none of which was frozen before (the built-in
 * article, a validated snapshot), and remembers that it cannot change: the query helpers keep
 * their indexes for it without walking it to check.
 */
export function freezeWhole<T extends object>(value: T): T {
  whole.add(deepFreeze(value));
  return value;
}

/** Whether `value` was frozen whole by `freezeWhole` (a `false` proves nothing: it may be frozen otherwise). */
export function frozenWhole(value: object): boolean {
  return whole.has(value);
}
