import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { article } from '../../src/index.js';
import { PhraseError, spanOf } from '../../src/define.js';

function thrown(f: () => unknown): PhraseError {
  try {
    f();
  } catch (error) {
    if (error instanceof PhraseError) return error;
    throw error;
  }
  throw new Error('expected a throw');
}

describe('spanOf: the span of a phrase, for writing evidence', () => {
  it('finds a phrase that occurs once', () => {
    expect(spanOf(article.text, 'Russia claimed')).toEqual({ start: 832, end: 846 });
    expect(spanOf(article.text, 'The strikes')).toEqual({ start: 0, end: 11 });
    expect(spanOf(article.text, 'Source: Punch')).toEqual({ start: 2013, end: 2026 });
    expect(Object.isFrozen(spanOf(article.text, 'Source: Punch'))).toBe(true);
  });

  it('needs the occurrence of a phrase that occurs more than once, counted from 0', () => {
    expect(spanOf(article.text, 'Zelensky', 0)).toEqual({ start: 212, end: 220 });
    expect(spanOf(article.text, 'Zelensky', 2)).toEqual({ start: 1487, end: 1495 });
    const error = thrown(() => spanOf(article.text, 'Zelensky'));
    expect(error).toMatchObject({ code: 'PHRASE_AMBIGUOUS', name: 'PhraseError', phrase: 'Zelensky', occurrences: 3, starts: [212, 494, 1487] });
    expect(error.message).toBe('The phrase "Zelensky" occurs 3 times (at 212, 494, 1487): say which occurrence you mean, counted from 0.');
  });

  it('says how many there are when the occurrence asked for is not there', () => {
    const error = thrown(() => spanOf(article.text, 'Zelensky', 3));
    expect(error).toMatchObject({ code: 'PHRASE_NOT_FOUND', occurrences: 3 });
    expect(error.message).toBe('The phrase "Zelensky" has no occurrence 3: it occurs 3 times (at 212, 494, 1487), counted from 0.');
    expect(thrown(() => spanOf(article.text, 'Source: Punch', 1)).message).toBe(
      'The phrase "Source: Punch" has no occurrence 1: it occurs 1 time (at 2013), counted from 0.',
    );
  });

  it('rejects a phrase that is not there, an empty phrase and a bad occurrence', () => {
    expect(thrown(() => spanOf(article.text, 'Zelenskyy'))).toMatchObject({ code: 'PHRASE_NOT_FOUND', occurrences: 0, starts: [] });
    expect(thrown(() => spanOf(article.text, '')).message).toBe('The phrase must be a non-empty string, looked for in a string.');
    expect(thrown(() => spanOf(7 as never, 'x')).code).toBe('PHRASE_NOT_FOUND');
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(thrown(() => spanOf(article.text, 'Zelensky', bad)).message).toBe(`The occurrence must be a whole number from 0, got ${String(bad)}.`);
    }
  });

  it('counts overlapping occurrences, and lists only the first few of many', () => {
    expect(spanOf('aaaa', 'aa', 2)).toEqual({ start: 2, end: 4 });
    const many = thrown(() => spanOf('ab'.repeat(10_000), 'ab'));
    expect(many.starts).toEqual([0, 2, 4, 6, 8]);
    expect(many.message).toBe('The phrase "ab" occurs more than 5 times (at 0, 2, 4, 6, 8, …): say which occurrence you mean, counted from 0.');
  });

  it('quotes a long phrase only in part', () => {
    const long = 'x'.repeat(1000);
    expect(thrown(() => spanOf(article.text, long)).message).toBe(`The phrase "${'x'.repeat(60)}"… is not in the text.`);
  });

  it('gives the span whose text is the phrase, for any text and phrase in it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.nat(), fc.nat(), (text, a, b) => {
        if (text.length === 0) return;
        const start = a % text.length;
        const end = start + 1 + (b % (text.length - start));
        const phrase = text.slice(start, end);
        let count = 0;
        for (let i = text.indexOf(phrase); i !== -1; i = text.indexOf(phrase, i + 1)) count++;
        const span = spanOf(text, phrase, count > 1 ? count - 1 : undefined);
        expect(text.slice(span.start, span.end)).toBe(phrase);
      }),
    );
  });
});
