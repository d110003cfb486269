import { knownEntry, knownValue } from '../internal/arguments.js';
import { entries } from '../internal/entries.js';
import { groupBy, memo, none } from '../internal/memo.js';
import { referencesOf } from '../internal/references.js';
import { ROLES } from '../internal/vocabulary.js';
import type { ActorId, Article, ClaimOf, EventId, EventOf, PlaceId, QuoteOf, RecordEntry, StatisticId, StatisticOf } from '../model/article.js';
import type { Role } from '../model/event.js';

// The indexes the helpers read, each built once per article (see memo).
const bySpeaker = (article: Article) => groupBy(article.quotes, (q) => [q.speaker]);
const byEvent = (article: Article) => groupBy(article.statistics, (s) => s.about);
const byWhole = (article: Article) => groupBy(article.statistics, (s) => (s.partOf === null ? [] : [s.partOf.id]));
const byActor = (article: Article) => groupBy(article.events, (e) => e.participants.map((p) => p.actor));
// One index per role, so that no id, whatever it holds, can stand for another's key.
const byActorInRole = (article: Article) =>
  new Map(
    (Object.keys(ROLES) as Role[]).map((role) => [role, groupBy(article.events, (e) => e.participants.filter((p) => p.role === role).map((p) => p.actor))]),
  );
const bySource = (article: Article) => groupBy(article.claims, (c) => c.attribution.map((a) => a.source));
const byTarget = <A extends Article>(article: A) =>
  groupBy(entries(article), (entry) =>
    referencesOf(entry)
      .map((ref) => ref.id)
      .filter((target) => target !== entry.record.id),
  );

/**
 * The quotes of one speaker, in text order.
 *
 * @param article - the article to look in
 * @param speaker - an actor id
 * @returns the speaker's quotes (none is an empty list)
 * @throws {UnknownIdError} if `speaker` is not the id of an actor of the article
 * @example
 * quotesBy(article, 'zelensky').map((q) => q.form); // => ['partial', 'direct', 'direct']
 * @group Relations
 */
export function quotesBy<A extends Article>(article: A, speaker: ActorId<A>): readonly QuoteOf<A>[] {
  knownEntry(article, 'actors', speaker);
  return (memo(article, bySpeaker).get(speaker) ?? none) as readonly QuoteOf<A>[];
}

/**
 * The statistics about one event, in text order.
 *
 * @param article - the article to look in
 * @param event - an event id
 * @returns the statistics whose `about` names the event
 * @throws {UnknownIdError} if `event` is not the id of an event of the article
 * @example
 * statisticsAbout(article, 'overnight-strikes').map((s) => s.id);
 * // => ['left-without-power', 'people-injured', 'people-killed', 'children-killed']
 * @group Relations
 */
export function statisticsAbout<A extends Article>(article: A, event: EventId<A>): readonly StatisticOf<A>[] {
  knownEntry(article, 'events', event);
  return (memo(article, byEvent).get(event) ?? none) as readonly StatisticOf<A>[];
}

/**
 * The statistics that are part of another ("among them two children" is part of "six people were killed").
 *
 * @param article - the article to look in
 * @param whole - a statistic id
 * @returns the statistics whose `partOf` names it
 * @throws {UnknownIdError} if `whole` is not the id of a statistic of the article
 * @example
 * partsOf(article, 'people-killed').map((s) => s.id); // => ['children-killed']
 * @group Relations
 */
export function partsOf<A extends Article>(article: A, whole: StatisticId<A>): readonly StatisticOf<A>[] {
  knownEntry(article, 'statistics', whole);
  return (memo(article, byWhole).get(whole) ?? none) as readonly StatisticOf<A>[];
}

/**
 * The events an actor takes part in, in text order; with `role`, only those in which it has that role.
 * Attribution alone ("journalists reported") is not taking part: see `claimsBy` and `mentioning`.
 *
 * @param article - the article to look in
 * @param actor - an actor id
 * @param role - optionally, the role the actor must have
 * @returns the events
 * @throws {UnknownIdError} if `actor` is not the id of an actor of the article
 * @throws {UnknownValueError} if `role` is given and is not a role
 * @example
 * eventsInvolving(article, 'trump', 'agent').map((e) => e.id); // => ['talks-proposal', 'plans-abandonment']
 * @group Relations
 */
export function eventsInvolving<A extends Article>(article: A, actor: ActorId<A>, role?: Role): readonly EventOf<A>[] {
  knownEntry(article, 'actors', actor);
  if (role !== undefined) knownValue(ROLES, role, 'role');
  const index = role === undefined ? memo(article, byActor) : memo(article, byActorInRole).get(role);
  return (index?.get(actor) ?? none) as readonly EventOf<A>[];
}

/**
 * The claims attributed to an actor, in text order, whatever the mode (stated, claimed, argued, …).
 * A group's claims are its own: `claimsBy(article, 'ukraine')` does not include those of `'kyiv-and-allies'`.
 *
 * @param article - the article to look in
 * @param actor - an actor id
 * @returns the claims whose attribution names the actor
 * @throws {UnknownIdError} if `actor` is not the id of an actor of the article
 * @example
 * claimsBy(article, 'putin').map((c) => c.id); // => ['invasion-is-special-operation', 'invasion-aims']
 * @group Relations
 */
export function claimsBy<A extends Article>(article: A, actor: ActorId<A>): readonly ClaimOf<A>[] {
  knownEntry(article, 'actors', actor);
  return (memo(article, bySource).get(actor) ?? none) as readonly ClaimOf<A>[];
}

/**
 * Every record that refers to an actor or place in any of its fields (participant, speaker,
 * attribution, containment, membership, `about`, …), with its collection, in collection and text order.
 *
 * @param article - the article to look in
 * @param id - an actor or place id
 * @returns the records that refer to it, not including itself
 * @throws {UnknownIdError} if `id` is not the id of an actor or a place of the article
 * @example
 * mentioning(article, 'budapest').map((e) => e.record.id); // => ['budapest-summit', 'talks-proposal']
 * @group Relations
 */
export function mentioning<A extends Article>(article: A, id: ActorId<A> | PlaceId<A>): readonly RecordEntry<A>[] {
  knownEntry(article, ['actors', 'places'], id);
  return memo(article, byTarget).get(id) ?? none;
}
