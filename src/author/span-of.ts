import { PhraseError } from '../errors.js';
import type { Evidence, Span } from '../model/span.js';

/** How many offsets of other occurrences an ambiguity error lists at most. */
const LISTED = 5;

/**
 * The span of a phrase in a text: what an author of an article writes as evidence, found rather
 * than counted. Offsets are UTF-16 code units, as every span of the model.
 *
 * A phrase that occurs more than once is ambiguous: say which occurrence you mean (counted from 0,
 * overlapping occurrences included), or the call throws rather than pick the first one for you.
 *
 * @param text - the text to look in (an article's `text`)
 * @param phrase - the exact words, as they stand in the text (curly quotes included)
 * @param occurrence - which occurrence, counted from 0; needed only when the phrase occurs more than once
 * @returns the span of that occurrence
 * @throws {PhraseError} `PHRASE_NOT_FOUND` if the phrase (or that occurrence) is not in the text,
 *   `PHRASE_AMBIGUOUS` if it occurs more than once and no occurrence is given
 * @example
 * spanOf(article.text, 'Russia claimed'); // => { start: 832, end: 846 } (Russia claimed)
 * spanOf(article.text, 'Zelensky', 1); // => { start: 494, end: 502 } (Zelensky)
 * @group Authoring
 */
export function spanOf(text: string, phrase: string, occurrence?: number): Span {
  if (typeof text !== 'string' || typeof phrase !== 'string' || phrase.length === 0) {
    throw new PhraseError('PHRASE_NOT_FOUND', String(phrase), 0, [], 'The phrase must be a non-empty string, looked for in a string.');
  }
  if (occurrence !== undefined && !(Number.isInteger(occurrence) && occurrence >= 0)) {
    throw new PhraseError('PHRASE_NOT_FOUND', phrase, 0, [], `The occurrence must be a whole number from 0, got ${String(occurrence)}.`);
  }
  const wanted = occurrence ?? 0;
  const starts: number[] = [];
  // Counting stops once the answer is known: at the wanted occurrence, or at the second one when
  // none is given (then a few more, for the message).
  const enough = occurrence === undefined ? LISTED + 1 : wanted + 1;
  for (let at = text.indexOf(phrase); at !== -1 && starts.length < enough; at = text.indexOf(phrase, at + 1)) starts.push(at);
  if (occurrence === undefined && starts.length > 1) {
    throw new PhraseError('PHRASE_AMBIGUOUS', phrase, starts.length, starts.slice(0, LISTED));
  }
  const start = starts[wanted];
  if (start === undefined) throw new PhraseError('PHRASE_NOT_FOUND', phrase, starts.length, starts.slice(0, LISTED), undefined, occurrence);
  return Object.freeze({ start, end: start + phrase.length });
}

/**
 * A phrase for {@link spansOf}: the words, or the words and which occurrence (counted from 0).
 *
 * @example
 * const second: Phrase = ['Zelensky', 1];
 */
export type Phrase = string | readonly [phrase: string, occurrence: number];

/**
 * The spans of several phrases in a text, in the order given: a record's evidence in one call, with
 * the at-least-one-span type that `evidence` fields require.
 *
 * @param text - the text to look in (an article's `text`)
 * @param phrases - each phrase, or `[phrase, occurrence]` for one that occurs more than once
 * @returns one span per phrase, as {@link spanOf} finds it
 * @throws {PhraseError} as {@link spanOf} does, for the first phrase that is missing or ambiguous
 * @example
 * spansOf(article.text, 'Russia claimed', ['Zelensky', 1]); // => [{ start: 832, end: 846 }, { start: 494, end: 502 }] (Russia claimed | Zelensky)
 * @group Authoring
 */
export function spansOf(text: string, ...phrases: readonly [Phrase, ...Phrase[]]): Evidence {
  if (phrases.length === 0) throw new PhraseError('PHRASE_NOT_FOUND', '', 0, [], 'Give at least one phrase: evidence holds at least one span.');
  return Object.freeze(phrases.map((p) => (typeof p === 'string' ? spanOf(text, p) : spanOf(text, p[0], p[1])))) as unknown as Evidence;
}
