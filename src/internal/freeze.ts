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
