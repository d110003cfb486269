import type { Span } from '../model/span.js';

/**
 * The aliases of an actor or place, from its evidence: the distinct words its spans cover, in the
 * order they first appear in the text, which is what `aliases` holds (and what the validator checks
 * every evidence span against).
 *
 * @param text - the article's text
 * @param evidence - the spans that name the actor or place
 * @returns each surface form once, first use first
 * @example
 * aliasesOf(article.text, getActor(article, 'zelensky').evidence); // => getActor(article, 'zelensky').aliases
 * const text = 'Kyiv, the capital, woke to sirens. Kyiv was dark.';
 * aliasesOf(text, spansOf(text, ['Kyiv', 1], 'the capital', ['Kyiv', 0])); // => ['Kyiv', 'the capital']
 * @group Authoring
 */
export function aliasesOf(text: string, evidence: readonly Span[]): readonly string[] {
  const forms = [...evidence].sort((a, b) => a.start - b.start).map((span) => text.slice(span.start, span.end));
  return Object.freeze([...new Set(forms)]);
}
