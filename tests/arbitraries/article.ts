import fc from 'fast-check';
import type { Article } from '../../src/model/article.js';
import type { Span } from '../../src/model/span.js';

/** Runs per property: 1,000 in CI, fewer locally. */
export const numRuns: number = process.env['CI'] === 'true' ? 1000 : 100;

/** Options for {@link validArticle}. */
export interface ValidArticleOptions {
  /** Most actors to generate (at least one, the publisher, is always present). */
  readonly maxRecords?: number;
}

/**
 * Valid articles of any size: a text of words, one paragraph, one sentence, and actors (the
 * publisher organisation plus persons and organisations) whose evidence spans are words of the text,
 * in text order. Places, events, quotes, statistics and claims are empty in this first version.
 */
export function validArticle({ maxRecords = 12 }: ValidArticleOptions = {}): fc.Arbitrary<Article> {
  const word = fc.stringMatching(/^[A-Za-z]{1,8}$/);
  return fc
    .record({
      words: fc.array(word, { minLength: maxRecords + 1, maxLength: maxRecords + 8 }),
      count: fc.integer({ min: 0, max: maxRecords }),
      kinds: fc.array(fc.constantFrom('person' as const, 'organisation' as const), { minLength: maxRecords, maxLength: maxRecords }),
      extra: fc.array(fc.boolean(), { minLength: maxRecords, maxLength: maxRecords }),
    })
    .map(({ words, count, kinds, extra }) => {
      const text = words.join(' ');
      const spans: Span[] = [];
      let at = 0;
      for (const w of words) {
        spans.push({ start: at, end: at + w.length });
        at += w.length + 1;
      }
      const span = (i: number): Span => spans[i] ?? { start: 0, end: 1 };
      const actors: unknown[] = [
        { kind: 'organisation', id: 'publisher', name: 'Publisher', aliases: [], partOf: null, evidence: [span(0)] },
      ];
      for (let i = 1; i <= count; i++) {
        const evidence = extra[i - 1] === true ? [span(i), span(i + 1)] : [span(i)];
        actors.push(
          kinds[i - 1] === 'person'
            ? { kind: 'person', id: `a${i}`, name: `A${i}`, aliases: [], titles: [], evidence }
            : { kind: 'organisation', id: `a${i}`, name: `A${i}`, aliases: [], partOf: null, evidence },
        );
      }
      return {
        id: 'generated',
        publisher: { actor: 'publisher', name: 'Publisher', evidence: [span(0)] },
        language: 'en',
        text,
        paragraphs: [{ start: 0, end: text.length }],
        sentences: [{ start: 0, end: text.length }],
        actors,
        places: [],
        events: [],
        quotes: [],
        statistics: [],
        claims: [],
        context: null,
      } as unknown as Article;
    });
}

/** A kind of breakage and the problem code `validateArticle` must report for it. */
export interface BrokenArticle {
  /** The broken input. */
  readonly input: unknown;
  /** The code that must be among the problems. */
  readonly code: string;
  /** The JSON Pointer of the problem. */
  readonly path: string;
}

/** Valid articles with one actor id duplicated. */
export function duplicateIdArticle(): fc.Arbitrary<BrokenArticle> {
  return validArticle().map((a) => ({
    input: { ...a, actors: [...a.actors, { ...a.actors[0], evidence: [{ start: 0, end: 1 }] }] },
    code: 'DUPLICATE_ID',
    path: `/actors/${a.actors.length}/id`,
  }));
}

/** Valid articles with one span moved past the end of the text. */
export function spanOutOfBoundsArticle(): fc.Arbitrary<BrokenArticle> {
  return fc.tuple(validArticle(), fc.integer({ min: 1, max: 100 })).map(([a, past]) => ({
    input: { ...a, paragraphs: [{ start: 0, end: a.text.length + past }] },
    code: 'SPAN_OUT_OF_BOUNDS',
    path: '/paragraphs/0',
  }));
}

/** Valid articles with one span emptied. */
export function emptySpanArticle(): fc.Arbitrary<BrokenArticle> {
  return validArticle().map((a) => ({
    input: { ...a, sentences: [{ start: 1, end: 1 }] },
    code: 'SPAN_EMPTY',
    path: '/sentences/0',
  }));
}
