// The one place that reads the input. `snapshot` copies it into plain data, reading every own
// string-keyed data property exactly once (getters are never called, and a throwing or changing
// proxy trap is asked once), so the checks and the article `validateArticle` returns are made of the
// same values: nothing the checks saw can change, or be read again differently, afterwards. What
// cannot be read as plain data becomes a marker (`Unread`) in the copy, which the checks report
// where they meet it. The copy is bounded: no deeper than the model goes, and no larger than
// MAX_VALUES, so that cycles, deep nesting and huge input cannot run away.

/** Why part of the input is not in the snapshot as a value. */
export type UnreadReason =
  /** An accessor property: its getter was not called. */
  | 'accessor'
  /** Reading the property threw (a proxy trap). */
  | 'unreadable'
  /** Listing the properties of an object threw. */
  | 'unlisted'
  /** An array whose length or elements could not be read. */
  | 'array-unreadable'
  /** An array with holes (or a length larger than its elements). */
  | 'holes'
  /** An object or array nested deeper than the model goes: not read. */
  | 'deep'
  /** A revoked proxy: not even its kind can be read. */
  | 'revoked'
  /** An object that is no plain data: a typed array, a boxed string, number or boolean. */
  | 'exotic'
  /** An object that contains itself (a cycle): not read again. */
  | 'cycle';

/** Stands in the snapshot for a part of the input that is not plain data. */
export class Unread {
  /**
   * @param reason - why it was not read
   * @param isArray - for `deep`, `holes` and `array-unreadable`: whether it was an array
   * @param slots - for `holes`: the array's length
   * @param elements - for `holes`: how many elements it has
   */
  constructor(
    readonly reason: UnreadReason,
    readonly isArray = false,
    readonly slots = 0,
    readonly elements = 0,
  ) {
    Object.freeze(this);
  }
}

/**
 * An array of the input whose own properties include some that are not elements (`extra`, such as
 * `"01"` or `"name"`), copied with its elements: arrays are otherwise copied as plain arrays.
 */
export class IrregularArray {
  /**
   * @param items - the elements, read as the snapshot reads every value
   * @param extra - the names of the other own properties (not read)
   */
  constructor(
    readonly items: readonly unknown[],
    readonly extra: readonly string[],
  ) {
    Object.freeze(this);
  }
}

/**
 * How deep the snapshot reads: the model's deepest value is a span offset at depth 7
 * (`/events/0/relations/0/evidence/0/start`), so an object there is copied as an `Unread` of
 * reason `deep` (what the checks call "an object"), not walked.
 */
export const MAX_DEPTH = 7;

/** The most values a snapshot copies (about 300,000 records); past it, validation stops with INPUT_TOO_LARGE. */
export const MAX_VALUES = 10_000_000;

/** The most UTF-16 code units of strings a snapshot copies, in all (64 Mi); past it, INPUT_TOO_LARGE too. */
export const MAX_CHARS = 67_108_864;

/** The snapshot of an input, and whether it was too large to take whole. */
export interface Snapshot {
  /** The input as plain data, with markers where it was not. */
  readonly value: unknown;
  /** How many values it holds. */
  readonly size: number;
  /** `true` if the input holds more than MAX_VALUES values: then `value` is incomplete. */
  readonly tooLarge: boolean;
}

// The markers that carry no detail, one of each.
const ACCESSOR = /* @__PURE__ */ new Unread('accessor');
const UNREADABLE = /* @__PURE__ */ new Unread('unreadable');
const UNLISTED = /* @__PURE__ */ new Unread('unlisted');
const ARRAY_UNREADABLE = /* @__PURE__ */ new Unread('array-unreadable', true);
const REVOKED = /* @__PURE__ */ new Unread('revoked');
const DEEP_OBJECT = /* @__PURE__ */ new Unread('deep', false);
const DEEP_ARRAY = /* @__PURE__ */ new Unread('deep', true);
const EXOTIC = /* @__PURE__ */ new Unread('exotic');
const CYCLE = /* @__PURE__ */ new Unread('cycle');

/**
 * Whether an object is a typed array, a DataView or a boxed primitive: objects whose own keys
 * (one per byte or character) cost more to list than any budget, and that JSON cannot produce.
 * Neither test calls a proxy trap: they look at internal slots only.
 */
function isExotic(value: object): boolean {
  if (ArrayBuffer.isView(value)) return true;
  const unboxers = [String.prototype.valueOf, Number.prototype.valueOf, Boolean.prototype.valueOf] as readonly ((this: unknown) => unknown)[];
  for (const unbox of unboxers) {
    try {
      unbox.call(value);
      return true;
    } catch {
      // Not that kind of box.
    }
  }
  return false;
}

const INDEX = /^(?:0|[1-9][0-9]*)$/;

/** A fresh ordinary property descriptor, or `undefined` for none, or `null` if asking threw. */
function descriptorOf(object: object, key: string): PropertyDescriptor | undefined | null {
  try {
    return Object.getOwnPropertyDescriptor(object, key);
  } catch {
    return null;
  }
}

/**
 * Copies `input` into plain data, reading each own property once (see the top of this file);
 * `maxValues` is for tests of the limit.
 */
export function snapshot(input: unknown, maxValues: number = MAX_VALUES): Snapshot {
  let size = 0;
  let chars = 0;
  let tooLarge = false;
  // The objects being copied, from the top down to the one in hand: one met again is a cycle.
  const path = new Set<object>();

  /** The value a property descriptor holds, taken, or the marker for what it is instead. */
  const slot = (descriptor: PropertyDescriptor | undefined | null, depth: number): unknown => {
    // (`undefined`: a proxy listed a key it then said it does not have.)
    if (descriptor === null || descriptor === undefined) return UNREADABLE;
    // A descriptor without `value` is an accessor's (the descriptor is always a fresh ordinary object).
    return Object.hasOwn(descriptor, 'value') ? take(descriptor.value, depth) : ACCESSOR;
  };

  const take = (value: unknown, depth: number): unknown => {
    if (++size > maxValues) return tooMuch();
    if (typeof value === 'string' && (chars += value.length) > MAX_CHARS) return tooMuch();
    if (typeof value !== 'object' || value === null) return value;
    let isArray: boolean;
    try {
      isArray = Array.isArray(value);
    } catch {
      return REVOKED;
    }
    if (depth >= MAX_DEPTH) return isArray ? DEEP_ARRAY : DEEP_OBJECT;
    if (path.has(value)) return CYCLE;
    if (!isArray && isExotic(value)) return EXOTIC;
    // An array's length is read before its keys are listed: one too long for the budget is not listed.
    let length: PropertyDescriptor | undefined | null;
    if (isArray) {
      length = descriptorOf(value, 'length');
      if (length === null || length === undefined || typeof length.value !== 'number') return ARRAY_UNREADABLE;
      if (length.value > maxValues - size) return tooMuch();
    }
    let keys: (string | symbol)[];
    try {
      keys = Reflect.ownKeys(value);
    } catch {
      return isArray ? ARRAY_UNREADABLE : UNLISTED;
    }
    // (An array's keys include "length", which is no value of it.)
    if (keys.length - (isArray ? 1 : 0) > maxValues - size) return tooMuch();
    path.add(value);
    const copy = isArray ? array(value as readonly unknown[], (length as PropertyDescriptor).value as number, keys, depth) : object(value, keys, depth);
    path.delete(value);
    return copy;
  };

  const tooMuch = (): undefined => {
    tooLarge = true;
    return undefined;
  };

  const object = (input: object, keys: readonly (string | symbol)[], depth: number): object => {
    const copy: Record<string, unknown> = {};
    for (const key of keys) {
      // Symbol-keyed properties are not data (JSON cannot hold them): they are left out.
      if (typeof key !== 'string') continue;
      const value = slot(descriptorOf(input, key), depth + 1);
      // Defined, not assigned: an assignment would run a setter that some code put on
      // Object.prototype (and "__proto__" would reach the prototype itself).
      Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
      if (tooLarge) break;
    }
    return copy;
  };

  const array = (input: readonly unknown[], slots: number, keys: readonly (string | symbol)[], depth: number): unknown => {
    const extra: string[] = [];
    let elements = 0;
    for (const key of keys) {
      if (typeof key !== 'string' || key === 'length') continue;
      if (INDEX.test(key) && Number(key) < slots) elements++;
      else extra.push(key);
    }
    // Counting the keys first means a sparse array with a huge length is never walked slot by slot.
    if (elements !== slots) return new Unread('holes', true, slots, elements);
    const items: unknown[] = [];
    for (let i = 0; i < slots && !tooLarge; i++) items.push(slot(descriptorOf(input, String(i)), depth + 1));
    return extra.length > 0 ? new IrregularArray(items, extra) : items;
  };

  const value = take(input, 0);
  return { value, size: Math.min(size, maxValues), tooLarge };
}
