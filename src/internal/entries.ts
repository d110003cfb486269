import type { Article, RecordEntry } from '../model/article.js';
import { memo } from './memo.js';
import { entriesOf } from './references.js';

/** Every record of the article with its collection, built once. */
export function entries<A extends Article>(article: A): readonly RecordEntry<A>[] {
  return memo(article, 'entries', () => Object.freeze(entriesOf(article)));
}

/** Records by id, built once. A later record with a duplicate id does not replace the first. */
export function entriesById<A extends Article>(article: A): ReadonlyMap<string, RecordEntry<A>> {
  return memo(article, 'byId', () => {
    const byId = new Map<string, RecordEntry<A>>();
    for (const entry of entries(article)) if (!byId.has(entry.record.id)) byId.set(entry.record.id, entry);
    return byId;
  });
}
