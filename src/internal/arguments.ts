// What the helpers check of their arguments before they answer, so that an id or a name that the
// article or the model does not have is an error, not an empty answer (plain-JavaScript callers
// and ids that arrive at run time get the same help as the compiler gives typed ones).
import { UnknownIdError, UnknownValueError } from '../errors.js';
import type { Article, Collection, RecordEntry } from '../model/article.js';
import type { Span } from '../model/span.js';
import { closest } from './closest.js';
import { entries, entriesById, movedTo } from './entries.js';

/** Where an id is looked for: one collection, several, or every record. */
export type Scope = Collection | 'records' | readonly Collection[];

const inScope = (scope: Scope, collection: Collection): boolean =>
  scope === 'records' || (typeof scope === 'string' ? scope === collection : scope.includes(collection));

/** The record with this id in `scope`, or `undefined`. */
export function findEntry(article: Article, scope: Scope, id: string): RecordEntry<Article> | undefined {
  const entry = entriesById(article).get(id);
  return entry !== undefined && inScope(scope, entry.collection) ? entry : undefined;
}

/**
 * The record with this id in `scope`, following a rename (`article.moved`) if no record has the id
 * now, or `undefined`: for the untyped `find*` lookups, whose ids may have been stored before it.
 */
export function findCurrentEntry(article: Article, scope: Scope, id: string): RecordEntry<Article> | undefined {
  const byId = entriesById(article);
  const entry = byId.get(id);
  if (entry !== undefined) return inScope(scope, entry.collection) ? entry : undefined;
  const to = movedTo(article, id);
  const moved = to === undefined ? undefined : byId.get(to);
  return moved !== undefined && inScope(scope, moved.collection) ? moved : undefined;
}

/** The record with this id in `scope`; throws {@link UnknownIdError}, with the closest ids, if there is none. */
export function knownEntry(article: Article, scope: Scope, id: string): RecordEntry<Article> {
  const entry = findEntry(article, scope, id);
  if (entry !== undefined) return entry;
  const where = typeof scope === 'string' ? scope : scope.join(' or ');
  // Not a string (from plain JavaScript): nothing can have it as an id, and nothing is close to it.
  if (typeof id !== 'string') throw new UnknownIdError(id, where, []);
  const ids = entries(article)
    .filter((e) => inScope(scope, e.collection))
    .map((e) => e.record.id);
  const elsewhere = entriesById(article).get(id)?.collection ?? null;
  // A rename is named only where it leads to a record this lookup could return.
  const to = elsewhere === null ? movedTo(article, id) : undefined;
  const renamed = to === undefined ? undefined : findEntry(article, scope, to);
  throw new UnknownIdError(id, where, closest(id, ids), elsewhere, renamed === undefined ? null : renamed.record.id);
}

/** `value`, if it is a member of the closed set `members`; else throws {@link UnknownValueError}, naming them. */
export function knownValue<T extends string>(members: Readonly<Record<T, true>>, value: T, noun: string): T {
  if (typeof value === 'string' && Object.hasOwn(members, value)) return value;
  const allowed = Object.keys(members);
  throw new UnknownValueError(value, noun, allowed, typeof value === 'string' ? closest(value, allowed) : []);
}

/** A span argument, read once: its `start` and `end`, which must be numbers with `start <= end`; else a clear TypeError. */
export function knownSpan(span: Span): Span {
  const start: unknown = typeof span === 'object' && span !== null ? span.start : undefined;
  const end: unknown = typeof span === 'object' && span !== null ? span.end : undefined;
  if (typeof start !== 'number' || typeof end !== 'number' || Number.isNaN(start) || Number.isNaN(end) || end < start) {
    throw new TypeError('Expected a span: an object { start, end } of numbers, with end not before start.');
  }
  return { start, end };
}
