import { findCurrentEntry, knownEntry } from '../internal/arguments.js';
import type {
  ActorId,
  ActorOf,
  Article,
  ClaimId,
  ClaimOf,
  EventId,
  EventOf,
  PlaceId,
  PlaceOf,
  QuoteId,
  QuoteOf,
  RecordId,
  RecordOf,
  StatisticId,
  StatisticOf,
} from '../model/article.js';

/**
 * The member of the record union `R` whose id is `Id`: one specific record type, not the whole
 * union. Where no member has exactly that id (an article whose ids are plain `string`s, or a
 * record whose id is not a literal), every member whose id type could be `Id`.
 */
export type WithId<R, Id> = [ExactlyId<R, Id>] extends [never] ? PossiblyId<R, Id> : ExactlyId<R, Id>;

// Both distribute over the records `R` only, never over a union `Id` (following a link typed as all
// 1,000 ids of an article is one pass over its records, not a million), and index `R['id']` rather
// than `infer` it, which spares every call an inference per record.
/** The members of `R` whose (literal) id is one of `Id`. */
export type ExactlyId<R, Id> = R extends { readonly id: string } ? (R['id'] extends Id ? R : never) : never;
/** The members of `R` whose id type is wider than a literal and could be `Id`. */
export type PossiblyId<R, Id> = R extends { readonly id: string } ? ([Id] extends [R['id']] ? R : never) : never;

/**
 * The record of article `A` whose id is `Id`, whichever collection holds it. Each collection's
 * records are searched only if its ids include `Id`, so the story's 56-member union is never
 * walked for one id.
 */
export type RecordWithId<A extends Article, Id> =
  | (Id extends ActorId<A> ? WithId<ActorOf<A>, Id> : never)
  | (Id extends PlaceId<A> ? WithId<PlaceOf<A>, Id> : never)
  | (Id extends EventId<A> ? WithId<EventOf<A>, Id> : never)
  | (Id extends QuoteId<A> ? WithId<QuoteOf<A>, Id> : never)
  | (Id extends StatisticId<A> ? WithId<StatisticOf<A>, Id> : never)
  | (Id extends ClaimId<A> ? WithId<ClaimOf<A>, Id> : never);

const find = (article: Article, scope: Parameters<typeof findCurrentEntry>[1], id: string): RecordOf<Article> | undefined =>
  findCurrentEntry(article, scope, id)?.record;

const get = (article: Article, scope: Parameters<typeof knownEntry>[1], id: string): RecordOf<Article> => knownEntry(article, scope, id).record;

/**
 * The actor with this id, typed as its own kind (`'zelensky'` gives a `Person`).
 * A misspelt id does not compile; at run time an unknown id throws {@link UnknownIdError}.
 *
 * Takes current ids only: for an id that `article.moved` lists as renamed, the error's
 * `movedTo` names the id now (the `find*` lookups follow renames).
 * @param article - the article to look in
 * @param id - an actor id of that article
 * @returns the actor
 * @example
 * getActor(article, 'zelensky').titles[0]?.title; // => 'President'
 * @group Lookups
 */
export function getActor<A extends Article, const Id extends ActorId<A>>(article: A, id: Id): WithId<ActorOf<A>, Id> {
  return get(article, 'actors', id) as WithId<ActorOf<A>, Id>;
}

/**
 * The place with this id, typed as its own kind.
 *
 * Takes current ids only: for an id that `article.moved` lists as renamed, the error's
 * `movedTo` names the id now (the `find*` lookups follow renames).
 * @param article - the article to look in
 * @param id - a place id of that article
 * @returns the place
 * @example
 * getPlace(article, 'kyiv').kind; // => 'city'
 * @group Lookups
 */
export function getPlace<A extends Article, const Id extends PlaceId<A>>(article: A, id: Id): WithId<PlaceOf<A>, Id> {
  return get(article, 'places', id) as WithId<PlaceOf<A>, Id>;
}

/**
 * The event with this id, typed as its own event type (`'overnight-strikes'` gives a `StrikeEvent`).
 *
 * Takes current ids only: for an id that `article.moved` lists as renamed, the error's
 * `movedTo` names the id now (the `find*` lookups follow renames).
 * @param article - the article to look in
 * @param id - an event id of that article
 * @returns the event
 * @example
 * getEvent(article, 'budapest-summit').status; // => 'cancelled'
 * @group Lookups
 */
export function getEvent<A extends Article, const Id extends EventId<A>>(article: A, id: Id): WithId<EventOf<A>, Id> {
  return get(article, 'events', id) as WithId<EventOf<A>, Id>;
}

/**
 * The quote with this id.
 *
 * Takes current ids only: for an id that `article.moved` lists as renamed, the error's
 * `movedTo` names the id now (the `find*` lookups follow renames).
 * @param article - the article to look in
 * @param id - a quote id of that article
 * @returns the quote
 * @example
 * getQuote(article, 'special-military-operation').speaker; // => 'putin'
 * @group Lookups
 */
export function getQuote<A extends Article, const Id extends QuoteId<A>>(article: A, id: Id): WithId<QuoteOf<A>, Id> {
  return get(article, 'quotes', id) as WithId<QuoteOf<A>, Id>;
}

/**
 * The statistic with this id.
 *
 * Takes current ids only: for an id that `article.moved` lists as renamed, the error's
 * `movedTo` names the id now (the `find*` lookups follow renames).
 * @param article - the article to look in
 * @param id - a statistic id of that article
 * @returns the statistic
 * @example
 * getStatistic(article, 'drones-intercepted').value; // => { kind: 'exact', value: 33 }
 * @group Lookups
 */
export function getStatistic<A extends Article, const Id extends StatisticId<A>>(article: A, id: Id): WithId<StatisticOf<A>, Id> {
  return get(article, 'statistics', id) as WithId<StatisticOf<A>, Id>;
}

/**
 * The claim with this id.
 *
 * Takes current ids only: for an id that `article.moved` lists as renamed, the error's
 * `movedTo` names the id now (the `find*` lookups follow renames).
 * @param article - the article to look in
 * @param id - a claim id of that article
 * @returns the claim
 * @example
 * getClaim(article, 'war-is-illegal-land-grab').attribution[0]?.mode; // => 'argued'
 * @group Lookups
 */
export function getClaim<A extends Article, const Id extends ClaimId<A>>(article: A, id: Id): WithId<ClaimOf<A>, Id> {
  return get(article, 'claims', id) as WithId<ClaimOf<A>, Id>;
}

/**
 * The record with this id, whichever collection it is in, typed as that record.
 *
 * Takes current ids only: for an id that `article.moved` lists as renamed, the error's
 * `movedTo` names the id now (the `find*` lookups follow renames).
 * @param article - the article to look in
 * @param id - any record id of that article
 * @returns the record
 * @example
 * getRecord(article, 'kyiv').name; // => 'Kyiv'
 * @group Lookups
 */
export function getRecord<A extends Article, const Id extends RecordId<A>>(article: A, id: Id): RecordWithId<A, Id> {
  return get(article, 'records', id) as RecordWithId<A, Id>;
}

/**
 * The actor with this id, or `undefined`: for ids that arrive at run time (from a URL, a form).
 *
 * An id that `article.moved` lists as renamed finds the record under its id now.
 * @param article - the article to look in
 * @param id - any string
 * @returns the actor, or `undefined` if the article has no actor with that id
 * @example
 * findActor(article, 'zelenskyy'); // => undefined
 * @group Lookups
 */
export function findActor<A extends Article>(article: A, id: string): ActorOf<A> | undefined {
  return find(article, 'actors', id) as ActorOf<A> | undefined;
}

/**
 * The place with this id, or `undefined`.
 *
 * An id that `article.moved` lists as renamed finds the record under its id now.
 * @param article - the article to look in
 * @param id - any string
 * @returns the place, or `undefined`
 * @example
 * findPlace(article, 'budapest')?.kind; // => 'city'
 * @group Lookups
 */
export function findPlace<A extends Article>(article: A, id: string): PlaceOf<A> | undefined {
  return find(article, 'places', id) as PlaceOf<A> | undefined;
}

/**
 * The event with this id, or `undefined`.
 *
 * An id that `article.moved` lists as renamed finds the record under its id now.
 * @param article - the article to look in
 * @param id - any string
 * @returns the event, or `undefined`
 * @example
 * findEvent(article, 'overnight-strikes')?.type; // => 'strike'
 * @group Lookups
 */
export function findEvent<A extends Article>(article: A, id: string): EventOf<A> | undefined {
  return find(article, 'events', id) as EventOf<A> | undefined;
}

/**
 * The quote with this id, or `undefined`.
 *
 * An id that `article.moved` lists as renamed finds the record under its id now.
 * @param article - the article to look in
 * @param id - any string
 * @returns the quote, or `undefined`
 * @example
 * findQuote(article, 'wasted-meeting')?.form; // => 'scare'
 * @group Lookups
 */
export function findQuote<A extends Article>(article: A, id: string): QuoteOf<A> | undefined {
  return find(article, 'quotes', id) as QuoteOf<A> | undefined;
}

/**
 * The statistic with this id, or `undefined`.
 *
 * An id that `article.moved` lists as renamed finds the record under its id now.
 * @param article - the article to look in
 * @param id - any string
 * @returns the statistic, or `undefined`
 * @example
 * findStatistic(article, 'people-killed')?.unit; // => 'people'
 * @group Lookups
 */
export function findStatistic<A extends Article>(article: A, id: string): StatisticOf<A> | undefined {
  return find(article, 'statistics', id) as StatisticOf<A> | undefined;
}

/**
 * The claim with this id, or `undefined`.
 *
 * An id that `article.moved` lists as renamed finds the record under its id now.
 * @param article - the article to look in
 * @param id - any string
 * @returns the claim, or `undefined`
 * @example
 * findClaim(article, 'no-such-claim'); // => undefined
 * @group Lookups
 */
export function findClaim<A extends Article>(article: A, id: string): ClaimOf<A> | undefined {
  return find(article, 'claims', id) as ClaimOf<A> | undefined;
}

/**
 * The record with this id in any collection, or `undefined`.
 *
 * An id that `article.moved` lists as renamed finds the record under its id now.
 * @param article - the article to look in
 * @param id - any string
 * @returns the record, or `undefined`
 * @example
 * findRecord(article, 'nato')?.id; // => 'nato'
 * @group Lookups
 */
export function findRecord<A extends Article>(article: A, id: string): RecordOf<A> | undefined {
  return find(article, 'records', id) as RecordOf<A> | undefined;
}
