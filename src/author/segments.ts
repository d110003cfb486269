import type { Span } from '../model/span.js';

/** A run of a text, without the white space at either end; `undefined` if it is all white space. */
function trimmed(text: string, start: number, end: number): Span | undefined {
  while (start < end && /\s/u.test(text.charAt(start))) start++;
  while (end > start && /\s/u.test(text.charAt(end - 1))) end--;
  return end > start ? Object.freeze({ start, end }) : undefined;
}

/**
 * The paragraphs of a text, as spans: the runs between blank lines, without the white space around
 * them. What an article's `paragraphs` holds, for a text whose paragraphs are separated by blank lines.
 *
 * @param text - the article's text
 * @returns one span per paragraph, in text order
 * @example
 * paragraphsIn(article.text); // => article.paragraphs
 * const text = 'One.\n\nTwo. Three.\n';
 * paragraphsIn(text).map((p) => text.slice(p.start, p.end)); // => ['One.', 'Two. Three.']
 * @group Authoring
 */
export function paragraphsIn(text: string): readonly Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const blank of text.matchAll(/\n[^\S\n]*\n\s*/gu)) {
    const span = trimmed(text, start, blank.index);
    if (span !== undefined) spans.push(span);
    start = blank.index + blank[0].length;
  }
  const last = trimmed(text, start, text.length);
  if (last !== undefined) spans.push(last);
  return Object.freeze(spans);
}

/**
 * The sentences of a text, as spans, found by the runtime's `Intl.Segmenter` within each paragraph
 * (so a sentence never runs across a blank line), without white space around them. A line break
 * ends a sentence too, as Unicode's sentence rules (UAX #29) have it. A starting point for an
 * article's `sentences`: segmenters split after some abbreviations ("Gen.", "No."), so read the
 * result and join what should be one sentence.
 *
 * @param text - the article's text
 * @param language - the BCP 47 language of the text, for the segmenter (`article.language`)
 * @returns one span per sentence, in text order
 * @throws {TypeError} if the runtime has no `Intl.Segmenter`
 * @example
 * sentencesIn(article.text).length; // => article.sentences.length
 * const text = 'It rained. The river rose.\n\nSource: Courier';
 * sentencesIn(text).map((s) => text.slice(s.start, s.end)); // => ['It rained.', 'The river rose.', 'Source: Courier']
 * @group Authoring
 */
export function sentencesIn(text: string, language = 'en'): readonly Span[] {
  if (typeof Intl.Segmenter !== 'function') throw new TypeError('sentencesIn needs Intl.Segmenter, which this runtime does not have.');
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  const spans: Span[] = [];
  for (const paragraph of paragraphsIn(text)) {
    for (const { index, segment } of segmenter.segment(text.slice(paragraph.start, paragraph.end))) {
      const span = trimmed(text, paragraph.start + index, paragraph.start + index + segment.length);
      if (span !== undefined) spans.push(span);
    }
  }
  return Object.freeze(spans);
}
