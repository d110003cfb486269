import type { Article } from '../model/article.js';

/**
 * What is wrong, as a stable code for programs:
 *
 * - `SHAPE`: a value has the wrong type, a property is missing or not part of the model, an
 *   evidence list is empty, or the input is not plain data (a getter, a proxy that throws).
 * - `SPAN_OUT_OF_BOUNDS`: a span starts before the text or ends past its end.
 * - `SPAN_EMPTY`: a span's end is not after its start.
 * - `DUPLICATE_ID`: two records share an id (ids are unique across all collections), or two
 *   outside-context sources do.
 * - `UNKNOWN_REFERENCE`: an id names no record (or no context source).
 * - `WRONG_REFERENCE_KIND`: an id names a record of the wrong collection (a place where an event is needed).
 * - `RANGE_INVERTED`: a range's minimum is above its maximum, or the range holds no number at all.
 * - `PART_OF_CYCLE`: records are part of themselves through `partOf`.
 * - `QUOTE_MISMATCH`: a quote's `text` differs from the article text at its `span`.
 * - `QUOTE_SPAN_NOT_IN_EVIDENCE`: a quote's first evidence span is not its `span`.
 * - `NOT_TEXT_ORDER`: a collection, the paragraphs or the sentences are out of text order.
 * - `TIMELINE_CYCLE`: the events' before/after relations contradict each other, so `timeline` would throw.
 */
export type ProblemCode =
  | 'SHAPE'
  | 'SPAN_OUT_OF_BOUNDS'
  | 'SPAN_EMPTY'
  | 'DUPLICATE_ID'
  | 'UNKNOWN_REFERENCE'
  | 'WRONG_REFERENCE_KIND'
  | 'RANGE_INVERTED'
  | 'PART_OF_CYCLE'
  | 'QUOTE_MISMATCH'
  | 'QUOTE_SPAN_NOT_IN_EVIDENCE'
  | 'NOT_TEXT_ORDER'
  | 'TIMELINE_CYCLE';

/**
 * One thing wrong with an article, found by `validateArticle`.
 *
 * @example
 * const problem: ArticleProblem = {
 *   code: 'UNKNOWN_REFERENCE',
 *   path: '/quotes/0/speaker',
 *   message: '/quotes/0/speaker names "zelenskyy", which is not the id of any actor. Did you mean "zelensky"?',
 * };
 */
export interface ArticleProblem {
  /** What is wrong, as a stable code. */
  readonly code: ProblemCode;
  /** Where, as a JSON Pointer into the input (`''` is the input itself): `/events/3/relations/0/event`. */
  readonly path: string;
  /** What is wrong, in plain English, naming the path or id. */
  readonly message: string;
}

/**
 * The answer of `validateArticle` for a valid input: a deeply frozen copy of it.
 *
 * @example
 * const result = validateArticle(article);
 * if (result.ok) result.article.quotes.length; // => 5
 */
export interface ValidationSuccess {
  /** Discriminant: the input is a valid article. */
  readonly ok: true;
  /** A deeply frozen copy of the input, made of its own data properties: exactly what was checked. */
  readonly article: Article;
}

/**
 * The answer of `validateArticle` for an invalid input: every problem found.
 *
 * @example
 * const result = validateArticle({});
 * if (!result.ok) result.problems[0]?.message; // => 'Missing property "id" at the top level.'
 */
export interface ValidationFailure {
  /** Discriminant: the input is not a valid article. */
  readonly ok: false;
  /** Every problem found, structural ones first, each once (at least one). */
  readonly problems: readonly ArticleProblem[];
}

/**
 * What `validateArticle` returns: narrow on `ok`.
 *
 * @example
 * const result: ValidationResult = validateArticle(JSON.parse(json));
 * const problems = result.ok ? [] : result.problems;
 */
export type ValidationResult = ValidationSuccess | ValidationFailure;
