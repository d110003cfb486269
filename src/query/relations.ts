import { entries } from '../internal/entries.js';
import { groupBy, memo, none } from '../internal/memo.js';
import { referencesOf } from '../internal/references.js';
import type {
  ActorId,
  Article,
  ClaimOf,
  EventId,
  EventOf,
  PlaceId,
  QuoteOf,
  RecordEntry,
  StatisticId,
  StatisticOf,
} from '../model/article.js';
import type { Role } from '../model/event.js';

// The indexes the helpers read, each built once per article (see memo).
const bySpeaker = (article: Article) => groupBy(article.quotes, (q) => [q.speaker]);
const byEvent = (article: Article) => groupBy(article.statistics, (s) => s.about);
const byWhole = (article: Article) => groupBy(article.statistics, (s) => (s.partOf === null ? [] : [s.partOf.id]));
const byActor = (article: Article) =>
  groupBy(article.events, (e) => e.participants.flatMap((p) => [p.actor, `${p.actor}\u0000${p.role}`]));
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
 * @returns the speaker's quotes
 * @example
 * quotesBy(article, 'zelensky').map((q) => q.form); // => ['partial', 'direct', 'direct']
 */
export function quotesBy<A extends Article>(article: A, speaker: ActorId<A>): readonly QuoteOf<A>[] {
  return (memo(article, bySpeaker).get(speaker) ?? none) as readonly QuoteOf<A>[];
}

/**
 * The statistics about one event, in text order.
 *
 * @param article - the article to look in
 * @param event - an event id
 * @returns the statistics whose `about` names the event
 * @example
 * statisticsAbout(article, 'overnight-strikes').map((s) => s.id);
 * // => ['left-without-power', 'people-injured', 'people-killed', 'children-killed']
 */
export function statisticsAbout<A extends Article>(article: A, event: EventId<A>): readonly StatisticOf<A>[] {
  return (memo(article, byEvent).get(event) ?? none) as readonly StatisticOf<A>[];
}

/**
 * The statistics that are part of another ("among them two children" is part of "six people were killed").
 *
 * @param article - the article to look in
 * @param whole - a statistic id
 * @returns the statistics whose `partOf` names it
 * @example
 * partsOf(article, 'people-killed').map((s) => s.id); // => ['children-killed']
 */
export function partsOf<A extends Article>(article: A, whole: StatisticId<A>): readonly StatisticOf<A>[] {
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
 * @example
 * eventsInvolving(article, 'trump', 'agent').map((e) => e.id); // => ['talks-proposal', 'plans-abandonment']
 */
export function eventsInvolving<A extends Article>(article: A, actor: ActorId<A>, role?: Role): readonly EventOf<A>[] {
  return (memo(article, byActor).get(role === undefined ? actor : `${actor}\u0000${role}`) ?? none) as readonly EventOf<A>[];
}

/**
 * The claims attributed to an actor, in text order, whatever the mode (stated, claimed, argued, …).
 * A group's claims are its own: `claimsBy(article, 'ukraine')` does not include those of `'kyiv-and-allies'`.
 *
 * @param article - the article to look in
 * @param actor - an actor id
 * @returns the claims whose attribution names the actor
 * @example
 * claimsBy(article, 'putin').map((c) => c.id); // => ['invasion-is-special-operation', 'invasion-aims']
 */
export function claimsBy<A extends Article>(article: A, actor: ActorId<A>): readonly ClaimOf<A>[] {
  return (memo(article, bySource).get(actor) ?? none) as readonly ClaimOf<A>[];
}

/**
 * Every record that refers to an actor or place in any of its fields (participant, speaker,
 * attribution, containment, membership, `about`, …), with its collection, in collection and text order.
 *
 * @param article - the article to look in
 * @param id - an actor or place id
 * @returns the records that refer to it, not including itself
 * @example
 * mentioning(article, 'budapest').map((e) => e.record.id); // => ['budapest-summit', 'talks-proposal']
 */
export function mentioning<A extends Article>(article: A, id: ActorId<A> | PlaceId<A>): readonly RecordEntry<A>[] {
  return memo(article, byTarget).get(id) ?? none;
}
