import { knownValue } from '../internal/arguments.js';
import { groupBy, memo, none } from '../internal/memo.js';
import { ACTOR_KINDS, EVENT_TYPES } from '../internal/vocabulary.js';
import type { ActorOf, Article, EventOf } from '../model/article.js';

/** The members of the event union `E` of type `T` (as `Extract`, by indexing rather than by a structural check per member). */
export type EventsOfType<E, T> = E extends { readonly type: string } ? (E['type'] extends T ? E : never) : never;

/** The members of the actor union `R` of kind `K`. */
export type ActorsOfKind<R, K> = R extends { readonly kind: string } ? (R['kind'] extends K ? R : never) : never;

const byType = (article: Article) => groupBy(article.events, (e) => [e.type]);
const byKind = (article: Article) => groupBy(article.actors, (a) => [a.kind]);

/**
 * The events of one type, in text order, typed as that event type.
 *
 * @param article - the article to look in
 * @param type - an event type (`'strike'`, `'statement'`, …)
 * @returns the events of that type (none is an empty list)
 * @throws {UnknownValueError} if `type` is not an event type of the model
 * @example
 * eventsOfType(article, 'statement').map((e) => e.id);
 * // => ['zelensky-casualty-statement', 'ministry-confirmation', 'russia-statement', 'zelensky-reaction']
 * @group Filters
 */
export function eventsOfType<A extends Article, const T extends EventOf<A>['type']>(article: A, type: T): readonly EventsOfType<EventOf<A>, T>[] {
  knownValue(EVENT_TYPES, type, 'event type');
  return (memo(article, byType).get(type) ?? none) as readonly EventsOfType<EventOf<A>, T>[];
}

/**
 * The actors of one kind, in text order, typed as that kind.
 *
 * @param article - the article to look in
 * @param kind - `'person'`, `'state'`, `'organisation'`, `'group'`, `'company'`, `'court'` or `'party'`
 * @returns the actors of that kind (none is an empty list)
 * @throws {UnknownValueError} if `kind` is not an actor kind of the model
 * @example
 * actorsOfKind(article, 'person').map((p) => p.name);
 * // => ['Volodymyr Zelensky', 'Donald Trump', 'Vladimir Putin']
 * @group Filters
 */
export function actorsOfKind<A extends Article, const K extends ActorOf<A>['kind']>(article: A, kind: K): readonly ActorsOfKind<ActorOf<A>, K>[] {
  knownValue(ACTOR_KINDS, kind, 'actor kind');
  return (memo(article, byKind).get(kind) ?? none) as readonly ActorsOfKind<ActorOf<A>, K>[];
}
