import { TimelineCycleError, UnknownIdError } from '../errors.js';
import { orderEvents } from '../internal/event-order.js';
import { memo } from '../internal/memo.js';
import type { Article, EventOf } from '../model/article.js';

/**
 * The events in the order the text establishes: by the before/after relations it states or
 * implies, and by the calendar dates it gives (a day, month or year: an event comes after one whose
 * date ends before its own begins, so 2021 before 2022-02, while 2022 and 2022-02 overlap and set
 * no order). Where the text sets no order between two events
 * they come in text order, each event counted as early as the earliest event that must follow
 * it (so the cancellation that the strikes followed comes just before them, not after
 * everything written before it). No order is made up.
 *
 * Built once per article, in O((n + r) log n) time for n events and r relations.
 *
 * @param article - the article to order
 * @returns every event exactly once
 * @throws {TimelineCycleError} if the relations contradict each other (listing the events that
 *   cannot be ordered: those in a cycle and those that must follow one)
 * @throws {UnknownIdError} if a relation names an event the article does not have (without
 *   suggestions: `validateArticle` reports the same mistake with the closest ids)
 * @example
 * timeline(article).slice(0, 5).map((e) => e.id);
 * // => ['russian-invasion', 'talks-proposal', 'summit-cancellation', 'pressure-to-cede-territory', 'plans-abandonment']
 * @group Timeline
 */
export function timeline<A extends Article>(article: A): readonly EventOf<A>[] {
  return memo(article, chronological);
}

/** The events in timeline order; `timeline` caches it. */
function chronological<A extends Article>(article: A): readonly EventOf<A>[] {
  const order = orderEvents(article.events);
  if (order.unknown !== undefined) throw new UnknownIdError(order.unknown, 'events', []);
  if (order.stuck.length > 0) throw new TimelineCycleError(order.stuck);
  return order.ordered;
}
