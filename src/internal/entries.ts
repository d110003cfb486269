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

/** The article's renamed ids, old to new, from its `moved` list (for untrusted data: only well-formed entries, the first for each id). */
function movedIds(article: Article): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  const moved: unknown = article.moved;
  if (!Array.isArray(moved)) return map;
  for (const entry of moved as readonly unknown[]) {
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
