/**
 * The ids of one article's records, collection by collection: what each kind of link may name.
 * Every record type that links to other records takes it as its last type parameter, so that a
 * link of the built-in story (`Quote<'wasted-meeting', StoryIds>`) is typed as the story's own ids
 * and a lookup can follow it without a cast. The default, plain `string` for every collection,
 * is the type of untyped data such as the result of `validateArticle`.
 *
 * @example
 * const speaker: StoryIds['actor'] = getQuote(article, 'wasted-meeting').speaker;
 * getActor(article, speaker).name; // => 'Donald Trump'
 */
export interface ArticleIds {
  /** The ids of the actors: what a speaker, a participant or an attribution's source may name. */
  readonly actor: string;
  /** The ids of the places: what an event's places or a containment may name. */
  readonly place: string;
  /** The ids of the events: what an event relation, a statistic's `about` or a quote's `respondsTo` may name. */
  readonly event: string;
  /** The ids of the quotes. */
  readonly quote: string;
  /** The ids of the statistics: what a `partOf` of a statistic or a duration may name. */
  readonly statistic: string;
  /** The ids of the claims: what a claim relation may name. */
  readonly claim: string;
}

/**
 * Any record id of the article whose ids are `I`: what an `about` field may name.
 *
 * @example
 * const about: AnyRecordId<StoryIds> = 'budapest-summit';
 */
export type AnyRecordId<I extends ArticleIds> = I['actor'] | I['place'] | I['event'] | I['quote'] | I['statistic'] | I['claim'];
