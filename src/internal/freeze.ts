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

/** Where on `globalThis` the program-wide set of values frozen whole is kept (see `shared`). */
const SHARED = Symbol.for('ukraine-energy-strikes/frozen-whole');

/** WeakSet's own methods, called on the set so that a subclass or a look-alike cannot answer for it. */
const has = WeakSet.prototype.has;
const add = WeakSet.prototype.add;

/** Values this copy of the module froze whole, or found in the shared set and checked (`frozenWhole`). */
const own = /* @__PURE__ */ new WeakSet<object>();

/**
 * The set of values frozen whole for the whole program. Each entry point of the package is built
 * as one file with its own copy of this module (a shared chunk would cost every import a module
 * load), and so are the ESM and CommonJS builds; an article that `./validate` or `./define` froze
 * must still be known to the helpers of `.`. So those entry points add what they freeze to one set
 * on `globalThis`, under a registered symbol, made on first use (importing the package changes no
 * global), not writable, not enumerable and not configurable. Any code can reach that set, so what
 * it holds is only a hint: `frozenWhole` checks a value found there before trusting it. A value at
 * the symbol that is not a real WeakSet in a data property (a look-alike, a getter) is ignored,
 * and nothing is shared; where globalThis takes no property, nothing is shared either.
 */
function shared(create: boolean): WeakSet<object> | undefined {
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, SHARED);
  if (descriptor !== undefined) {
    try {
      has.call(descriptor.value as WeakSet<object>, globalThis);
      return descriptor.value as WeakSet<object>;
    } catch {
      return undefined;
    }
  }
  if (!create) return undefined;
  const set = new WeakSet<object>();
  // Where globalThis cannot take it (frozen, say), the set is this copy's alone, as `own` is.
  Reflect.defineProperty(globalThis, SHARED, { value: set, writable: false, enumerable: false, configurable: false });
  return set;
}

const plainPrototypes: readonly unknown[] = [Object.prototype, Array.prototype, null];

/**
 * Whether nothing reachable from `value` can change: every object and array frozen, with a plain
 * prototype and data properties only (no getter), symbol-keyed and non-enumerable ones included.
 * Once per value found in the shared set (O(n), about the cost of one index).
 */
function deeplyFrozen(value: object, seen: WeakSet<object>): boolean {
  if (has.call(seen, value)) return true;
  add.call(seen, value);
  if (!Object.isFrozen(value) || !plainPrototypes.includes(Object.getPrototypeOf(value))) return false;
  const keys = Reflect.ownKeys(value);
  for (let i = 0; i < keys.length; i++) {
    const descriptor = Object.getOwnPropertyDescriptor(value, keys[i] as PropertyKey);
    if (descriptor === undefined || !('value' in descriptor)) return false;
    const item: unknown = descriptor.value;
    if (typeof item === 'function') return false;
    if (typeof item === 'object' && item !== null && !deeplyFrozen(item, seen)) return false;
  }
  return true;
}

/**
 * Deep-freezes a value this package has just made, none of which was frozen before (the built-in
 * article, a validated snapshot), and remembers that it cannot change: the query helpers keep
 * their indexes for it without walking it to check. With `share`, the other copies of the package
 * in the program learn of it too (see `shared`), and check it once before they trust it.
 */
export function freezeWhole<T extends object>(value: T, share = false): T {
  add.call(own, deepFreeze(value));
  if (share) {
    const set = shared(true);
    if (set !== undefined) add.call(set, value);
  }
  return value;
}

/** Whether `value` was frozen whole by `freezeWhole` (a `false` proves nothing: it may be frozen otherwise). */
export function frozenWhole(value: object): boolean {
  if (has.call(own, value)) return true;
  const set = shared(false);
  if (set === undefined || !has.call(set, value) || !deeplyFrozen(value, new WeakSet())) return false;
  add.call(own, value);
  return true;
}
