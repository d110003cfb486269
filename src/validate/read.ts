// Reading untrusted input without running it or being broken by it: own data properties only
// (getters are never called), every access that can throw caught, long strings shortened before
// they reach a message.

/** What reading one own property gave; `value` is `undefined` unless a value was read. */
export type Read =
  | { readonly kind: 'value'; readonly value: unknown }
  | { readonly kind: 'missing'; readonly value?: undefined }
  | { readonly kind: 'accessor'; readonly value?: undefined }
  | { readonly kind: 'unreadable'; readonly value?: undefined };

const MISSING: Read = { kind: 'missing' };
const ACCESSOR: Read = { kind: 'accessor' };
const UNREADABLE: Read = { kind: 'unreadable' };

/** Reads an own data property; never calls a getter, and a throwing proxy trap gives `unreadable`. */
export function readOwn(object: object, key: string): Read {
  try {
    // The descriptor is always a fresh ordinary object, even when a proxy's trap made it.
    const descriptor = Object.getOwnPropertyDescriptor(object, key);
    if (descriptor === undefined) return MISSING;
    if (!Object.hasOwn(descriptor, 'value')) return ACCESSOR;
    return { kind: 'value', value: descriptor.value };
  } catch {
    return UNREADABLE;
  }
}

/** The own string keys of an object, or `undefined` if listing them throws. */
export function ownStringKeys(object: object): string[] | undefined {
  try {
    return Reflect.ownKeys(object).filter((key): key is string => typeof key === 'string');
  } catch {
    return undefined;
  }
}

/** How a value is shaped, for choosing a check; `unreadable` for a revoked proxy. */
export type Shape = 'array' | 'object' | 'null' | 'string' | 'number' | 'boolean' | 'other' | 'unreadable';

/** The shape of a value, without throwing. */
export function shapeOf(value: unknown): Shape {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'object':
      try {
        return Array.isArray(value) ? 'array' : 'object';
      } catch {
        return 'unreadable';
      }
    case 'string':
      return 'string';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    default:
      return 'other';
  }
}

/** Longest string, in UTF-16 code units, that a message quotes in full. */
const QUOTED = 60;

/** A string as a message quotes it: JSON-quoted, cut short with `…` past {@link QUOTED} code units. */
export function quoted(value: string): string {
  return value.length > QUOTED ? `${JSON.stringify(value.slice(0, QUOTED))}…` : JSON.stringify(value);
}

/** A value as a message names it: "the string "x"", "the number 1.5", "an array", … */
export function describe(value: unknown): string {
  switch (shapeOf(value)) {
    case 'null':
      return 'null';
    case 'array':
      return 'an array';
    case 'object':
      return 'an object';
    case 'unreadable':
      return 'a revoked proxy';
    case 'string':
      return `the string ${quoted(value as string)}`;
    case 'number':
      return `the number ${String(value)}`;
    case 'boolean':
      return String(value);
    case 'other':
      return value === undefined ? 'undefined' : `a ${typeof value}`;
  }
}

/** A path into the input, as a linked list so that taking a step copies nothing. */
export interface Path {
  /** The path of the containing value, `undefined` for the root. */
  readonly parent: Path | undefined;
  /** The property name or array index. */
  readonly key: string | number;
}

/** The path one step below `parent`. */
export function step(parent: Path | undefined, key: string | number): Path {
  return { parent, key };
}

/** Longest key, in UTF-16 code units, that a pointer spells out in full. */
const KEY = 100;

/** A path as a JSON Pointer (RFC 6901): `/events/3/relations/0/event`, `''` for the root. Overlong keys end in `…`. */
export function pointer(path: Path | undefined): string {
  const keys: string[] = [];
  for (let p = path; p !== undefined; p = p.parent) {
    const key = typeof p.key === 'number' ? String(p.key) : p.key.length > KEY ? `${p.key.slice(0, KEY)}…` : p.key;
    keys.push(key.replaceAll('~', '~0').replaceAll('/', '~1'));
  }
  return keys.reverse().reduce((pointer, key) => `${pointer}/${key}`, '');
}

/** A JSON Pointer as a message names it: the pointer, or "the top level" for the root. */
export function where(pointer: string): string {
  return pointer === '' ? 'the top level' : pointer;
}
