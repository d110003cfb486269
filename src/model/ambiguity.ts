import type { AnyRecordId, ArticleIds } from './ids.js';
import type { Evidence } from './span.js';

/**
 * One way to read words of the text, with the words that support it.
 *
 * @example
 * const reading: Reading = { reading: 'The assault is a Ukrainian drone attack.', evidence: [{ start: 867, end: 913 }] }; // 33 Ukrainian drones during the night’s assault
 */
export interface Reading {
  /** The reading, in plain words (written by the package authors). */
  readonly reading: string;
  /** The words that support it. */
  readonly evidence: Evidence;
}

/**
 * A place where the text allows more than one reading, and the data had to take one: the reading
 * taken, the others with the words that support them, and why. Nothing in the data is silently
 * chosen: where a user reads the text otherwise, this says which records to read otherwise.
 *
 * @example
 * article.ambiguities.find((a) => a.id === 'whose-assault')?.alternatives.length; // => 1
 */
export interface Ambiguity<out I extends ArticleIds = ArticleIds> {
  /** Stable kebab-case id, unique among the article's ambiguities. */
  readonly id: string;
  /** What the text leaves open, as a question. */
  readonly question: string;
  /** The records whose data follows the reading taken: at least one. */
  readonly records: readonly [AnyRecordId<I>, ...AnyRecordId<I>[]];
  /** The reading the data takes. */
  readonly chosen: Reading;
  /** The other readings the text allows: at least one. */
  readonly alternatives: readonly [Reading, ...Reading[]];
  /** Why the data takes the reading it does, and what another would change. */
  readonly note: string;
}
