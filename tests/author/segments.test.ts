import { afterEach, describe, expect, it, vi } from 'vitest';
import { article } from '../../src/index.js';
import { aliasesOf, paragraphsIn, PhraseError, sentencesIn, spansOf } from '../../src/define.js';

const words = (text: string, spans: readonly { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

describe('paragraphsIn and sentencesIn: the spans of an article’s paragraphs and sentences', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('give the story’s own paragraphs and sentences', () => {
    expect(paragraphsIn(article.text)).toEqual(article.paragraphs);
    expect(sentencesIn(article.text, article.language)).toEqual(article.sentences);
  });

  it('leave out the white space around each, and blank paragraphs', () => {
    const text = '  One. Two.  \n \n\n\t Three.\n\n   \n\nFour';
    expect(words(text, paragraphsIn(text))).toEqual(['One. Two.', 'Three.', 'Four']);
    expect(words(text, sentencesIn(text))).toEqual(['One.', 'Two.', 'Three.', 'Four']);
    // A paragraph separator (U+2029) is no blank line, but ends a sentence: the white space between makes no sentence.
    expect(words('One.\u2029 \u2029Two.', sentencesIn('One.\u2029 \u2029Two.'))).toEqual(['One.', 'Two.']);
    expect(paragraphsIn('')).toEqual([]);
    expect(paragraphsIn(' \n\n ')).toEqual([]);
  });

  it('keep a single line break inside a paragraph; a sentence ends at one, as Unicode’s sentence rules say', () => {
    const text = 'A line\nand its end.\n\nNext';
    expect(words(text, paragraphsIn(text))).toEqual(['A line\nand its end.', 'Next']);
    expect(words(text, sentencesIn(text))).toEqual(['A line', 'and its end.', 'Next']);
  });

  it('are frozen', () => {
    expect(Object.isFrozen(paragraphsIn('a')) && Object.isFrozen(paragraphsIn('a')[0])).toBe(true);
    expect(Object.isFrozen(sentencesIn('a. b.'))).toBe(true);
  });

  it('sentencesIn says what it needs where the runtime has no Intl.Segmenter', () => {
    vi.stubGlobal('Intl', { ...Intl, Segmenter: undefined });
    expect(() => sentencesIn('a')).toThrow(new TypeError('sentencesIn needs Intl.Segmenter, which this runtime does not have.'));
  });
});

describe('spansOf and aliasesOf: a record’s evidence and aliases from phrases', () => {
  it('spansOf finds each phrase, a repeated one by its occurrence', () => {
    const text = 'Kyiv, the capital, woke. Kyiv was dark.';
    expect(words(text, spansOf(text, ['Kyiv', 1], 'the capital'))).toEqual(['Kyiv', 'the capital']);
    expect(spansOf(text, ['Kyiv', 1])[0]).toEqual({ start: 25, end: 29 });
    expect(Object.isFrozen(spansOf(text, 'woke'))).toBe(true);
  });

  it('spansOf throws for a missing or ambiguous phrase, and for no phrase at all', () => {
    expect(() => spansOf('a b a', 'a')).toThrow(PhraseError);
    expect(() => spansOf('a b a', 'c')).toThrow('The phrase "c" is not in the text.');
    expect(() => (spansOf as (text: string) => unknown)('a')).toThrow('Give at least one phrase: evidence holds at least one span.');
  });

  it('aliasesOf lists each form once, in text order whatever the order of the spans', () => {
    for (const actor of article.actors) expect(aliasesOf(article.text, actor.evidence), actor.id).toEqual(actor.aliases);
    expect(
      aliasesOf('b a b', [
        { start: 4, end: 5 },
        { start: 2, end: 3 },
        { start: 0, end: 1 },
      ]),
    ).toEqual(['b', 'a']);
    expect(aliasesOf('x', [])).toEqual([]);
  });
});
