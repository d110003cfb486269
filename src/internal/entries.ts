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
