import { groupBy, memo, none } from '../internal/memo.js';
import type { ActorOf, Article, EventOf } from '../model/article.js';

const byType = (article: Article) => groupBy(article.events, (e) => [e.type]);
const byKind = (article: Article) => groupBy(article.actors, (a) => [a.kind]);

/**
 * The events of one type, in text order, typed as that event type.
 *
 * @param article - the article to look in
 * @param type - an event type (`'strike'`, `'statement'`, …)
 * @returns the events of that type
 * @example
 * eventsOfType(article, 'statement').map((e) => e.id);
 * // => ['zelensky-casualty-statement', 'russia-statement', 'zelensky-reaction']
 */
export function eventsOfType<A extends Article, const T extends EventOf<A>['type']>(
  article: A,
  type: T,
): readonly Extract<EventOf<A>, { readonly type: T }>[] {
  return (memo(article, byType).get(type) ?? none) as readonly Extract<EventOf<A>, { readonly type: T }>[];
}

/**
 * The actors of one kind, in text order, typed as that kind.
 *
 * @param article - the article to look in
 * @param kind - `'person'`, `'state'`, `'organisation'` or `'group'`
 * @returns the actors of that kind
 * @example
 * actorsOfKind(article, 'person').map((p) => p.name);
 * // => ['Volodymyr Zelensky', 'Donald Trump', 'Vladimir Putin']
 */
export function actorsOfKind<A extends Article, const K extends ActorOf<A>['kind']>(
  article: A,
  kind: K,
): readonly Extract<ActorOf<A>, { readonly kind: K }>[] {
  return (memo(article, byKind).get(kind) ?? none) as readonly Extract<ActorOf<A>, { readonly kind: K }>[];
}
