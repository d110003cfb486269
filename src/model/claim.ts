import type { Attribution } from './attribution.js';
import type { ArticleIds } from './ids.js';
import type { Evidence, Link } from './span.js';

/**
 * How one claim bears on another: `contradicts` or `supports`.
 *
 * @example
 * const r: ClaimRelation<StoryIds> = { type: 'contradicts', claim: 'invasion-is-special-operation', basis: 'stated', evidence: [{ start: 1842, end: 1849 }] }; // However
 * getClaim(article, r.claim).attribution[0]?.source; // => 'putin'
 */
export interface ClaimRelation<out I extends ArticleIds = ArticleIds> {
  /** The kind of relation, read as "this claim <type> the other". */
  readonly type: 'contradicts' | 'supports';
  /** The id of the other claim. */
  readonly claim: I['claim'];
  /** Whether the text states the relation or only implies it. */
  readonly basis: Link['basis'];
  /** The words that state or imply it ("However"). */
  readonly evidence: Evidence;
}

/**
 * A position or framing the text attributes to someone and does not itself assert.
 *
 * @example
 * getClaim(article, 'war-is-illegal-land-grab').attribution[0]?.source; // => 'kyiv-and-allies'
 */
export interface Claim<out Id extends string = string, out I extends ArticleIds = ArticleIds> {
  /** Stable kebab-case id, unique across the article. */
  readonly id: Id;
  /** The proposition in plain words (written by the package authors; the evidence is the source). */
  readonly summary: string;
  /** Who holds or makes the claim, and how the text says so. */
  readonly attribution: readonly Attribution<I>[];
  /** Ids of the events, actors or places the claim is about. */
  readonly about: readonly (I['actor'] | I['place'] | I['event'] | I['quote'] | I['statistic'] | I['claim'])[];
  /** How the claim bears on other claims. */
  readonly relations: readonly ClaimRelation<I>[];
  /** The words of the claim and its attribution. */
  readonly evidence: Evidence;
}
