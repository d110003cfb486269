import type { Article, RecordEntry } from '../model/article.js';
import { memo } from './memo.js';
import { entriesOf } from './references.js';

const frozenEntries = <A extends Article>(article: A): readonly RecordEntry<A>[] => Object.freeze(entriesOf(article));

/** Every record of the article with its collection, built once. */
export function entries<A extends Article>(article: A): readonly RecordEntry<A>[] {
  return memo(article, frozenEntries);
}

function byId<A extends Article>(article: A): ReadonlyMap<string, RecordEntry<A>> {
  const map = new Map<string, RecordEntry<A>>();
  for (const entry of entries(article)) if (!map.has(entry.record.id)) map.set(entry.record.id, entry);
  return map;
}

/** Records by id, built once. A later record with a duplicate id does not replace the first. */
export function entriesById<A extends Article>(article: A): ReadonlyMap<string, RecordEntry<A>> {
  return memo(article, byId);
}

/**
 * The article's renamed ids, old to new, from its own `moved` list (for untrusted data: only
 * well-formed entries, the first for each id; listed by its keys, so that neither an iterator nor
 * the holes of a sparse array are walked).
 */
function movedIds(article: Article): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  const moved: unknown = Object.hasOwn(article, 'moved') ? article.moved : undefined;
  if (!Array.isArray(moved)) return map;
  const keys = Object.keys(moved);
  for (let i = 0; i < keys.length; i++) {
    const entry: unknown = (moved as unknown as Record<string, unknown>)[keys[i] as string];
    if (typeof entry !== 'object' || entry === null) continue;
    const { from, to } = entry as { from?: unknown; to?: unknown };
    if (typeof from === 'string' && typeof to === 'string' && !map.has(from)) map.set(from, to);
  }
  return map;
}

/** The id a renamed id was renamed to (`article.moved`), or `undefined`. */
export function movedTo(article: Article, id: string): string | undefined {
  return memo(article, movedIds).get(id);
}
