/**
 * A half-open range of UTF-16 code units in `article.text`: `text.slice(start, end)`.
 *
 * @example
 * const span: Span = { start: 0, end: 11 }; // The strikes
 * article.text.slice(span.start, span.end); // => 'The strikes'
 */
export interface Span {
  /** Offset of the first code unit, counted from 0. */
  readonly start: number;
  /** Offset just past the last code unit (exclusive), so `end > start`. */
  readonly end: number;
}

/**
 * The spans of the text that support a record: always at least one.
 *
 * @example
 * const evidence: Evidence = [{ start: 0, end: 11 }]; // The strikes
 */
export type Evidence = readonly [Span, ...Span[]];

/**
 * A span together with the text it covers, as returned by the provenance helpers.
 *
 * @example
 * const quoted: SpanText = { start: 0, end: 11, text: 'The strikes' }; // The strikes
 */
export interface SpanText extends Span {
  /** `article.text.slice(start, end)`. */
  readonly text: string;
}

/**
 * How a link between two records is known: said in so many words, or implied by the text
 * (for example "the capital" implies that Kyiv is in the country the story is about).
 */
export type Basis = 'stated' | 'implied';

/**
 * A reference from one record to another, with the text that supports it. `Id` is the union of
 * ids it may name (for the story, `StoryIds['place']` for a containment).
 *
 * @example
 * const inUkraine: Link<StoryIds['place']> = { id: 'ukraine-country', basis: 'implied', evidence: [{ start: 626, end: 637 }] }; // the capital
 * getPlace(article, inUkraine.id).name; // => 'Ukraine'
 */
export interface Link<out Id extends string = string> {
  /** The id of the record linked to. */
  readonly id: Id;
  /** Whether the text states the link or only implies it. */
  readonly basis: Basis;
  /** The spans that state or imply the link. */
  readonly evidence: Evidence;
}
