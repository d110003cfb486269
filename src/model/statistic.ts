import type { Attribution } from './attribution.js';
import type { ArticleIds } from './ids.js';
import type { Evidence, Link } from './span.js';
import type { TimeExpression } from './time.js';

/**
 * A number the text states exactly: "17", "six".
 *
 * @example
 * const six: ExactValue = { kind: 'exact', value: 6 };
 */
export interface ExactValue {
  /** Discriminant. */
  readonly kind: 'exact';
  /** The number. */
  readonly value: number;
}

/**
 * One end of a range.
 *
 * @example
 * const belowFour: Bound = { value: 4, inclusive: false };
 */
export interface Bound {
  /** The limit. */
  readonly value: number;
  /** Whether the limit itself is in the range. */
  readonly inclusive: boolean;
}

/**
 * A vague number kept vague: "thousands", "nearly four", "most". Either end may be open.
 *
 * @example
 * const thousands: RangeValue = { kind: 'range', min: { value: 2000, inclusive: true }, max: { value: 10000, inclusive: false }, reading: '…' };
 */
export interface RangeValue {
  /** Discriminant. */
  readonly kind: 'range';
  /** The lower bound, or `null` where the text gives none. */
  readonly min: Bound | null;
  /** The upper bound, or `null` where the text gives none. */
  readonly max: Bound | null;
  /** How the words were read as bounds, so a user can disagree. */
  readonly reading: string;
}

/**
 * A statistic's value: exact, or a range.
 *
 * @example
 * getStatistic(article, 'people-killed').value; // => { kind: 'exact', value: 6 }
 */
export type Quantity = ExactValue | RangeValue;

/**
 * Words that qualify a figure: `as-of` (true at a given time and may change) or
 * `known-so-far` ("are known to have been", a floor that may rise).
 *
 * @example
 * const q: Qualifier = { kind: 'known-so-far', evidence: [{ start: 397, end: 419 }] }; // are known to have been
 */
export interface Qualifier {
  /** What the qualifier says about the figure. */
  readonly kind: 'as-of' | 'known-so-far';
  /** The words that qualify it. */
  readonly evidence: Evidence;
}

/**
 * A figure the text gives: what is counted, the value, who gives it, and what it is about.
 * `V` is the kind of its value where that is known: the story's `Statistic<'people-killed',
 * StoryIds, ExactValue>` has a number, so `.value.value` needs no check.
 *
 * @example
 * getStatistic(article, 'people-injured').value.value; // => 17
 */
export interface Statistic<out Id extends string = string, out I extends ArticleIds = ArticleIds, out V extends Quantity = Quantity> {
  /** Stable kebab-case id, unique across the article. */
  readonly id: Id;
  /** What is counted or measured (written by the package authors). */
  readonly measure: string;
  /** The value, exact or a range. */
  readonly value: V;
  /** The unit as the text gives it, or `null` where the text leaves it unsaid. */
  readonly unit: string | null;
  /** Words that qualify the figure. */
  readonly qualifiers: readonly Qualifier[];
  /** When the figure holds, where the text says. */
  readonly time: readonly TimeExpression<I>[];
  /** Who gives the figure, and how. */
  readonly attribution: readonly Attribution<I>[];
  /** Ids of the events the figure is about. */
  readonly about: readonly I['event'][];
  /** The statistic this one is a part of ("among them two children"), or `null`. */
  readonly partOf: Link<I['statistic']> | null;
  /** The number's own words first, then the words around it. */
  readonly evidence: Evidence;
}
