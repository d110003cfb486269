import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sharedPrefixes } from '../../src/export/repeats.js';
import { defineArticle } from '../../src/define.js';
import { toWebAnnotations } from '../../src/web-annotation.js';

/** The oracle: whether `text.slice(from, to)` occurs once, by scanning. */
const unique = (text: string, from: number, to: number): boolean => {
  const quote = text.slice(from, to);
  return text.indexOf(quote) === text.lastIndexOf(quote);
};

describe('sharedPrefixes: which segments of a text occur once', () => {
  it('agrees with a scan for every segment of any text, repetitive ones and surrogates included', () => {
    const text = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', 'b', '\uD83D', '\uDE00'), maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.tuple(fc.string({ unit: fc.constantFrom('a', 'b'), minLength: 1, maxLength: 4 }), fc.nat({ max: 12 })).map(([unit, n]) => unit.repeat(n)),
    );
    fc.assert(
      fc.property(text, (t) => {
        const shared = sharedPrefixes(t);
        for (let from = 0; from < t.length; from++) {
          for (let to = from + 1; to <= t.length; to++)
            expect(to - from > (shared[from] as number), `${JSON.stringify(t)} ${from}–${to}`).toBe(unique(t, from, to));
        }
      }),
    );
  });

  it('gives nothing to compare in a text of one code unit or none', () => {
    expect([...sharedPrefixes('')]).toEqual([]);
    expect([...sharedPrefixes('x')]).toEqual([0]);
    expect([...sharedPrefixes('aaaa')]).toEqual([3, 3, 2, 1]);
  });
});

describe('toWebAnnotations on a text of repeats', () => {
  it('widens each quote until it is unique or 256 code units wide each side, and every selector finds its span again', () => {
    const text = `Herald: ${'Ann met Bo. '.repeat(40)}`.trimEnd();
    const sentences = Array.from({ length: 40 }, (_, i) => ({ start: 8 + 12 * i, end: 8 + 12 * i + 11 }));
    sentences[0] = { start: 0, end: 19 };
    const mine = defineArticle({
      id: 'repeats',
      publisher: { actor: 'herald', name: 'Herald', evidence: [{ start: 0, end: 6 }] },
      language: 'en',
      text,
      paragraphs: [{ start: 0, end: text.length }],
      sentences,
      actors: [
        { kind: 'organisation', id: 'herald', name: 'Herald', aliases: ['Herald'], partOf: null, evidence: [{ start: 0, end: 6 }] },
        {
          kind: 'person',
          id: 'ann',
          name: 'Ann',
          aliases: ['Ann'],
          titles: [],
          evidence: [{ start: 8, end: 11 }, ...Array.from({ length: 39 }, (_, i) => ({ start: 20 + 12 * i, end: 23 + 12 * i }))] as [
            { start: number; end: number },
            ...{ start: number; end: number }[],
          ],
        },
      ],
      places: [],
      events: [],
      quotes: [],
      statistics: [],
      claims: [],
      context: null,
      ambiguities: [],
    });
    const targets = toWebAnnotations(mine).first?.items[1]?.target ?? [];
    expect(targets).toHaveLength(40);
    let capped = 0;
    for (const target of targets) {
      const [position, quote] = target.selector;
      const whole = `${quote.prefix}${quote.exact}${quote.suffix}`;
      // The position always finds the span; the quote does too, unless it needed more than 256
      // code units of context each side, where it stops (and may repeat).
      expect(text.slice(position.start, position.end)).toBe(quote.exact);
      expect(text.slice(position.start - quote.prefix.length, position.end + quote.suffix.length)).toBe(whole);
      if (quote.prefix.length < 256 && quote.suffix.length < 256) expect(text.indexOf(whole), JSON.stringify(quote)).toBe(text.lastIndexOf(whole));
      else capped++;
    }
    // The middle of 40 repeats needs more than 256 code units each side: those quotes stop there.
    expect(capped).toBeGreaterThan(0);
  });
});
