// The problems a validation finds, in one list that both passes add to, and the wording of their
// messages. Every message is bounded whatever the input: strings and keys are quoted in part, and
// lists of ids are cut short; the list itself holds at most MAX_PROBLEMS, then says how many more.
import type { ArticleProblem, ProblemCode } from './problem.js';
import { IrregularArray, Unread } from './snapshot.js';

/** The most problems a validation lists; past it, one TOO_MANY_PROBLEMS problem says how many more there were. */
export const MAX_PROBLEMS = 1000;

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

/** The path a list of keys below `path` leads to (`['relations', 0, 'event']`). */
export function below(path: Path | undefined, keys: readonly (string | number)[]): Path {
  let at = path;
  for (const key of keys) at = step(at, key);
  return at as Path;
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

/** Longest string, in UTF-16 code units, that a message quotes in full. */
const QUOTED = 60;

/** A string as a message quotes it: JSON-quoted, cut short with `…` past {@link QUOTED} code units. */
export function quoted(value: string): string {
  return value.length > QUOTED ? `${JSON.stringify(value.slice(0, QUOTED))}…` : JSON.stringify(value);
}

/** How many ids a message lists before it says how many there are in all. */
const LISTED = 10;

/** Ids as a message lists them, joined by `separator`: the first {@link LISTED}, then how many in all. */
export function listed(ids: readonly string[], separator: string): string {
  const shown = ids.slice(0, LISTED).map(quoted).join(separator);
  return ids.length > LISTED ? `${shown}${separator}… (${ids.length} in all)` : shown;
}

/** A value of the snapshot as a message names it: "the string "x"", "the number 1.5", "an array", … */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value) || value instanceof IrregularArray) return 'an array';
  if (value instanceof Unread) {
    if (value.reason === 'revoked') return 'a revoked proxy';
    if (value.reason === 'exotic') return 'an object that is not plain data (a typed array or a boxed primitive)';
    if (value.reason === 'cycle') return 'a cycle (an object that contains itself)';
    return value.isArray ? 'an array' : 'an object';
  }
  switch (typeof value) {
    case 'object':
      return 'an object';
    case 'string':
      return `the string ${quoted(value)}`;
    case 'number':
      return `the number ${String(value)}`;
    case 'boolean':
      return String(value);
    case 'undefined':
      return 'undefined';
    default:
      return `a ${typeof value}`;
  }
}

/** Each problem's path as its keys, in full (the pointer cuts long keys): for `articleSchema`'s issues. */
const segments = new WeakMap<ArticleProblem, readonly (string | number)[]>();

/** The keys of a problem's path, from the root (`['events', 3, 'relations', 0, 'event']`), `[]` for the input itself. */
export function keysOf(problem: ArticleProblem): readonly (string | number)[] {
  return segments.get(problem) ?? [];
}

/** The problems found so far: both passes of a validation add to one list. */
export class ProblemList {
  readonly #problems: ArticleProblem[] = [];
  #more = 0;

  /** How many problems were found, listed or not. */
  get count(): number {
    return this.#problems.length + this.#more;
  }

  /**
   * Adds a problem at `path`; `message` is given the path as a pointer, and is not even built past
   * the {@link MAX_PROBLEMS}th problem.
   */
  add(code: ProblemCode, path: Path | undefined, message: (at: string) => string): void {
    if (this.#problems.length >= MAX_PROBLEMS) {
      this.#more++;
      return;
    }
    const at = pointer(path);
    const problem: ArticleProblem = Object.freeze({ code, path: at, message: message(at) });
    const keys: (string | number)[] = [];
    for (let p = path; p !== undefined; p = p.parent) keys.push(p.key);
    segments.set(problem, Object.freeze(keys.reverse()));
    this.#problems.push(problem);
  }

  /** The problems as `validateArticle` returns them: frozen, and ending in TOO_MANY_PROBLEMS if some were left out. */
  list(): readonly ArticleProblem[] {
    const problems = [...this.#problems];
    if (this.#more > 0) {
      problems.push(
        Object.freeze({
          code: 'TOO_MANY_PROBLEMS',
          path: '',
          message: `${this.#more} more problems were found and are not listed: only the first ${MAX_PROBLEMS} are.`,
        }),
      );
    }
    return Object.freeze(problems);
  }
}
