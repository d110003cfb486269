import type { ArticleIds } from './ids.js';
import type { Evidence } from './span.js';

/**
 * How the text attributes a fact or position to its source, normalised from the verb it uses.
 * Ordered roughly from the outlet's own voice to contested positions:
 *
 * - `narrated`: the outlet states it in its own voice, naming no other source.
 * - `reported`: the source reported it ("journalists reported", "Russia … reported").
 * - `confirmed`: the source confirmed it ("the ministry confirmed").
 * - `stated`: the source said it ("Zelensky said", "calling it …").
 * - `claimed`: the source claimed it; the text does not vouch for it ("Russia claimed").
 * - `cited`: the source gave it as a reason ("citing concerns over …").
 * - `held`: a position the text ascribes to the source ("Ukraine has firmly rejected …").
 * - `found`: a court, inquiry or investigation found it, as its finding ("the judge found that …").
 * - `supported`: the source backs another party's position ("European allies supporting …").
 * - `argued`: the source argues it against another view ("Kyiv and its allies argue").
 * - `framed`: the source framed it in its own terms ("framed as … by President Vladimir Putin").
 */
export type AttributionMode = 'narrated' | 'reported' | 'confirmed' | 'stated' | 'claimed' | 'cited' | 'held' | 'found' | 'supported' | 'argued' | 'framed';

/**
 * Who the text says a fact or position comes from, and how it says so.
 *
 * @example
 * const byRussia: Attribution<StoryIds> = { source: 'russia', mode: 'claimed', evidence: [{ start: 832, end: 846 }] }; // Russia claimed
 * getActor(article, byRussia.source).kind; // => 'state'
 */
export interface Attribution<out I extends ArticleIds = ArticleIds> {
  /** The id of the actor the text attributes it to. */
  readonly source: I['actor'];
  /** The verb of attribution the text uses, normalised. */
  readonly mode: AttributionMode;
  /** The spans that carry the attribution (the source and its verb, or the narrated sentence). */
  readonly evidence: Evidence;
}
