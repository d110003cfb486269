import type { Channel } from './event.js';
import type { ArticleIds } from './ids.js';
import type { Evidence, Span } from './span.js';

/**
 * How a quotation is used:
 * `direct` is a full quoted utterance; `partial` is a fragment quoted inside paraphrase
 * ("does not feel enough pressure"); `scare` is a single word set off as the speaker's, not the writer's
 * ("wasted"); `framing` is a term one side uses for something ("special military operation").
 */
export type QuoteForm = 'direct' | 'partial' | 'scare' | 'framing';

/**
 * Words the text puts in quotation marks, with who they belong to.
 *
 * @example
 * getQuote(article, 'wasted-meeting').text; // => 'wasted'
 */
export interface Quote<out Id extends string = string, out I extends ArticleIds = ArticleIds> {
  /** Stable kebab-case id, unique across the article. */
  readonly id: Id;
  /** The id of the actor whose words these are. */
  readonly speaker: I['actor'];
  /** The exact text between the quotation marks, equal to `article.text.slice(span.start, span.end)`. */
  readonly text: string;
  /** Where `text` stands, quotation marks excluded. */
  readonly span: Span;
  /** How the quotation is used. */
  readonly form: QuoteForm;
  /** Where it was said, where the text says. */
  readonly channel: Channel | null;
  /** The id of the event the words react to, where the text says or implies it. */
  readonly respondsTo: I['event'] | null;
  /** The id of the event or record the words are about, where that differs from `respondsTo`. */
  readonly about: I['actor'] | I['place'] | I['event'] | I['quote'] | I['statistic'] | I['claim'] | null;
  /** `span`, then the words that attribute the quote ("Zelensky said"). */
  readonly evidence: Evidence;
}
