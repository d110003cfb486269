import type { ArticleIds } from './ids.js';

/**
 * Where a fact from outside the text comes from.
 *
 * @example
 * const wikidata: ContextSource = { id: 'wikidata', name: 'Wikidata', url: 'https://www.wikidata.org/', published: null };
 * article.context.sources[0]?.name; // => 'Wikidata'
 */
export interface ContextSource {
  /** Stable id that facts use to name the source. */
  readonly id: string;
  /** Human-readable name. */
  readonly name: string;
  /** Where to check it. */
  readonly url: string;
  /** ISO 8601 publication date, where the source has one. */
  readonly published: string | null;
}

/**
 * A Wikidata item for a record of the story.
 *
 * @example
 * const f: WikidataFact<StoryIds> = { kind: 'wikidata', record: 'zelensky', qid: 'Q3874799', source: 'wikidata' };
 * getRecord(article, f.record).id; // => 'zelensky'
 */
export interface WikidataFact<out I extends ArticleIds = ArticleIds> {
  /** Discriminant. */
  readonly kind: 'wikidata';
  /** The id of the actor or place. */
  readonly record: I['actor'] | I['place'];
  /** The Wikidata item id. */
  readonly qid: `Q${number}`;
  /** The id of the `ContextSource`. */
  readonly source: string;
}

/**
 * A calendar date for an event that the text dates only relatively ("on Tuesday").
 *
 * @example
 * const f: DateFact<StoryIds> = { kind: 'date', record: 'summit-cancellation', date: '2025-10-21', source: 'afp-dawn' };
 * getEvent(article, f.record).type; // => 'cancellation'
 */
export interface DateFact<out I extends ArticleIds = ArticleIds> {
  /** Discriminant. */
  readonly kind: 'date';
  /** The id of the event. */
  readonly record: I['event'];
  /** ISO 8601 date, or an interval `start/end` of dates. */
  readonly date: string;
  /** The id of the `ContextSource`. */
  readonly source: string;
}

/**
 * A fact about the story from outside its text.
 *
 * @example
 * const f: ContextFact = { kind: 'wikidata', record: 'nato', qid: 'Q7184', source: 'wikidata' };
 */
export type ContextFact<I extends ArticleIds = ArticleIds> = WikidataFact<I> | DateFact<I>;

/**
 * Facts from outside the text, kept apart from it: the text never says these, and each names its source.
 *
 * @example
 * article.context.facts.filter((f) => f.kind === 'date').length; // => 2
 */
export interface OutsideContext<out I extends ArticleIds = ArticleIds> {
  /** Where the facts come from. */
  readonly sources: readonly ContextSource[];
  /** The facts. */
  readonly facts: readonly ContextFact<I>[];
}
