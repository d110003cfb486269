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
 * - `SPAN_SPLITS_CHARACTER`: a span starts or ends between the two halves of a surrogate pair, in
 *   the middle of one character (such a span has no place in code points, which the Web Annotation
 *   export counts in).
 * - `SPAN_CUTS_WORD`: a span starts or ends inside a word (between two letters, or two digits), as
 *   spans do when the offsets have shifted. A letter next to a digit is a boundary ("10km"), an
 *   apostrophe is one ("Russia’s"), and a format character (a soft hyphen) is looked past. Scripts
 *   written without spaces between words (Chinese, Japanese, Thai, …) and those that write particles
 *   and clitics attached to a word (Arabic, Hebrew, Korean, …) are not checked.
 * - `SPAN_NOT_AN_ALIAS`: an actor's or place's evidence span covers words that are none of its
 *   aliases (which list every form the text uses for it: "Ukrainian", "the capital").
 * - `UNKNOWN_CAMEO_CODE`: an event's `cameo.code` is not one of the 291 CAMEO event codes in GDELT's
 *   list (a two-digit root such as `'19'` is a category, and 1951 is in CAMEO 1.1b3 but not GDELT's files).
 * - `CAMEO_NOT_FOR_TYPE`: an event's CAMEO code is not one its type takes (`'046'` on a strike), or
 *   is `null` on a type that needs one (see `EventCameoPrefixes` and `UncodedEventType`).
 * - `INPUT_TOO_LARGE`: the input is larger than the validator reads (more than 10,000,000 values,
 *   about 300,000 records; more than 67,108,864 code units of strings in all; or a text of more
 *   than 4,194,304 code units): nothing else is checked.
 * - `TOO_MANY_PROBLEMS`: the last problem of a list cut at 1,000, saying how many more there were.
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
  | 'TIMELINE_CYCLE'
  | 'SPAN_SPLITS_CHARACTER'
  | 'SPAN_CUTS_WORD'
  | 'SPAN_NOT_AN_ALIAS'
  | 'UNKNOWN_CAMEO_CODE'
  | 'CAMEO_NOT_FOR_TYPE'
  | 'INPUT_TOO_LARGE'
  | 'TOO_MANY_PROBLEMS';

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
  /**
   * Every problem found, structural ones first, each once (at least one): at most 1,000, and then
   * one `TOO_MANY_PROBLEMS` saying how many more there were.
   */
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
