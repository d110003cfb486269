import { knownEntry } from '../internal/arguments.js';
import { groupBy, memo, none } from '../internal/memo.js';
import type { Article, RecordId } from '../model/article.js';

/** The ambiguities of article `A`, typed by its ids. */
export type AmbiguityOf<A extends Article> = A['ambiguities'][number];

const byRecord = (article: Article) => groupBy(article.ambiguities, (a) => a.records);

/**
 * The places where the text allows more than one reading and the data of a record follows the one
 * it takes: the reading chosen, the others with their evidence, and why. In article order.
 *
 * @param article - the article to look in
 * @param id - any record id of the article
 * @returns the ambiguities that name the record (none is an empty list)
 * @throws {UnknownIdError} if `id` is not the id of a record of the article
 * @example
 * ambiguitiesOf(article, 'pressure-to-cede-territory').map((a) => a.id); // => ['pressure-who']
 * ambiguitiesOf(article, 'ukrainian-drone-assault')[0]?.alternatives[0].reading;
 * // => 'The Russian strikes the article is about, during which Russia intercepted Ukrainian drones.'
 * @group Context
 */
export function ambiguitiesOf<A extends Article>(article: A, id: RecordId<A>): readonly AmbiguityOf<A>[] {
  knownEntry(article, 'records', id);
  return (memo(article, byRecord).get(id) ?? none) as readonly AmbiguityOf<A>[];
}
