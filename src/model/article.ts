import type { Actor } from './actor.js';
import type { Ambiguity } from './ambiguity.js';
import type { Claim } from './claim.js';
import type { OutsideContext } from './context.js';
import type { Event } from './event.js';
import type { ArticleIds } from './ids.js';
import type { MovedId } from './moved.js';
import type { Place } from './place.js';
import type { Quote } from './quote.js';
import type { Evidence, Span } from './span.js';
import type { Statistic } from './statistic.js';

/**
 * The record types an article is made of, the ids its links may name, and its outside context.
 * An article of this model picks a subtype of each (the story's own has literal ids, and links
 * typed by them), and every helper infers its answers from that choice.
 */
export interface ArticleRecords {
  /** The ids of each collection, which the records' links name: `StoryIds` for the story. */
  readonly ids: ArticleIds;
  /** The type of `article.actors[number]`. */
  readonly actor: Actor;
  /** The type of `article.places[number]`. */
  readonly place: Place;
  /** The type of `article.events[number]`. */
  readonly event: Event;
  /** The type of `article.quotes[number]`. */
  readonly quote: Quote;
  /** The type of `article.statistics[number]`. */
  readonly statistic: Statistic;
  /** The type of `article.claims[number]`. */
  readonly claim: Claim;
  /** The type of `article.context`: `null`, or facts from outside the text about its records. */
  readonly context: OutsideContext | null;
}

/**
 * The outlet that published the article.
 *
 * @example
 * article.publisher.name; // => 'Punch'
 */
export interface Publisher<out I extends ArticleIds = ArticleIds> {
  /** The id of the publisher's actor record. */
  readonly actor: I['actor'];
  /** The publisher's name. */
  readonly name: string;
  /** Where the text names it ("Source: Punch"). */
  readonly evidence: Evidence;
}

// `out` here and on the `Id` of every record type: they are only read, and saying so spares
// TypeScript from measuring each type's variance when it relates an article to `Article`, a cost
// in every consumer's type check (BENCHMARKS.md, "Type-check cost").
/**
 * One news story: its exact text and everything modelled from it.
 * Every collection is in text order (by the start of each record's first evidence span).
 *
 * @example
 * article.quotes.length; // => 5
 */
export interface Article<out R extends ArticleRecords = ArticleRecords> {
  /** Stable kebab-case id of the article. */
  readonly id: string;
  /** The outlet that published it. */
  readonly publisher: Publisher<R['ids']>;
  /** BCP 47 language tag of the text. */
  readonly language: string;
  /** The exact text; every span points into it (UTF-16 offsets). */
  readonly text: string;
  /** The paragraphs, as spans, in order. */
  readonly paragraphs: readonly Span[];
  /** The sentences, as spans, in order; each lies inside one paragraph. */
  readonly sentences: readonly Span[];
  /** People, states, organisations and groups. */
  readonly actors: readonly R['actor'][];
  /** Countries, cities and regions. */
  readonly places: readonly R['place'][];
  /** What happens, discriminated by `type`. */
  readonly events: readonly R['event'][];
  /** Words in quotation marks. */
  readonly quotes: readonly R['quote'][];
  /** Figures, exact or as ranges. */
  readonly statistics: readonly R['statistic'][];
  /** Positions and framings the text attributes and does not assert. */
  readonly claims: readonly R['claim'][];
  /** Facts from outside the text, each naming its source, or `null` (the story has them). */
  readonly context: R['context'];
  /** Where the text allows more than one reading: the one the data takes, and the others. */
  readonly ambiguities: readonly Ambiguity<R['ids']>[];
  /**
   * Ids that were renamed, each with the record's id now (optional; none for an article whose ids
   * never changed). No record has a `from` id, and each `to` names a record.
   */
  readonly moved?: readonly MovedId[];
}

/** The actor type of article `A`. */
export type ActorOf<A extends Article> = A['actors'][number];
/** The place type of article `A`. */
export type PlaceOf<A extends Article> = A['places'][number];
/** The event type of article `A`. */
export type EventOf<A extends Article> = A['events'][number];
/** The quote type of article `A`. */
export type QuoteOf<A extends Article> = A['quotes'][number];
/** The statistic type of article `A`. */
export type StatisticOf<A extends Article> = A['statistics'][number];
/** The claim type of article `A`. */
export type ClaimOf<A extends Article> = A['claims'][number];

/** The actor ids of article `A`: a union of literals for the story. */
export type ActorId<A extends Article> = ActorOf<A>['id'];
/** The place ids of article `A`. */
export type PlaceId<A extends Article> = PlaceOf<A>['id'];
/** The event ids of article `A`. */
export type EventId<A extends Article> = EventOf<A>['id'];
/** The quote ids of article `A`. */
export type QuoteId<A extends Article> = QuoteOf<A>['id'];
/** The statistic ids of article `A`. */
export type StatisticId<A extends Article> = StatisticOf<A>['id'];
/** The claim ids of article `A`. */
export type ClaimId<A extends Article> = ClaimOf<A>['id'];

/** Any record of article `A`. */
export type RecordOf<A extends Article> = ActorOf<A> | PlaceOf<A> | EventOf<A> | QuoteOf<A> | StatisticOf<A> | ClaimOf<A>;
/** Any record id of article `A`. */
export type RecordId<A extends Article> = ActorId<A> | PlaceId<A> | EventId<A> | QuoteId<A> | StatisticId<A> | ClaimId<A>;

/** The names of an article's record collections. */
export type Collection = 'actors' | 'places' | 'events' | 'quotes' | 'statistics' | 'claims';

/**
 * A record together with the collection it belongs to, so that a mixed list can be narrowed.
 *
 * @example
 * for (const entry of recordsAt(article, 0)) if (entry.collection === 'events') entry.record.type;
 */
export type RecordEntry<A extends Article> =
  | { readonly collection: 'actors'; readonly record: ActorOf<A> }
  | { readonly collection: 'places'; readonly record: PlaceOf<A> }
  | { readonly collection: 'events'; readonly record: EventOf<A> }
  | { readonly collection: 'quotes'; readonly record: QuoteOf<A> }
  | { readonly collection: 'statistics'; readonly record: StatisticOf<A> }
  | { readonly collection: 'claims'; readonly record: ClaimOf<A> };
