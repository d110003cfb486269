import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { article, recordsAt, recordsOverlapping } from '../src/index.js';
import { defineArticle, spanOf } from '../src/define.js';
import type { Actor, Article, Span } from '../src/index.js';

/** What recordsAt must give: every record with a span covering the offset, in collection and text order. */
const scan = (a: Article, offset: number): string[] =>
  (['actors', 'places', 'events', 'quotes', 'statistics', 'claims'] as const)
    .flatMap((c) => a[c] as readonly { readonly id: string; readonly evidence: readonly Span[] }[])
    .filter((r) => r.evidence.some((s) => s.start <= offset && offset < s.end))
    .map((r) => r.id);

const span = fc.tuple(fc.nat({ max: 40 }), fc.nat({ max: 12 })).map(([start, length]): Span => ({ start, end: start + length }));

/** What recordsOverlapping must give: every record with a span sharing a character with `target`, or covering its offset if it is empty. */
const overlapScan = (a: Article, target: Span): string[] =>
  (['actors', 'places', 'events', 'quotes', 'statistics', 'claims'] as const)
    .flatMap((c) => a[c] as readonly { readonly id: string; readonly evidence: readonly Span[] }[])
    .filter((r) =>
      // An empty evidence span covers no character, so it overlaps nothing.
      r.evidence.some(
        (s) => s.end > s.start && (target.end > target.start ? s.start < target.end && target.start < s.end : s.start <= target.start && target.start < s.end),
      ),
    )
    .map((r) => r.id);

/** Articles of actors with arbitrary evidence: overlapping, nested, repeated, adjacent and empty spans. */
const evidence = fc.tuple(span, fc.array(span, { maxLength: 3 })).map(([head, tail]): Actor['evidence'] => [head, ...tail]);
const overlapping = fc.array(evidence, { maxLength: 12 }).map(
  (evidences): Article => ({
    ...article,
    actors: evidences.map((evidence, i): Actor => ({ kind: 'state', id: `a${i}`, name: `A${i}`, aliases: [], evidence })),
    places: [],
    events: [],
    quotes: [],
    statistics: [],
    claims: [],
  }),
);

describe('recordsAt', () => {
  it('agrees with a scan of every span, at every offset, for any evidence', () => {
    fc.assert(
      fc.property(overlapping, (a) => {
        for (let offset = -1; offset <= 54; offset++) expect(recordsAt(a, offset).map((e) => e.record.id)).toEqual(scan(a, offset));
      }),
    );
  });
});

describe('recordsAt on deeply nested spans', () => {
  it('keeps a bounded number of answers, and answers right after dropping some', () => {
    // 1,500 actors whose spans nest like parentheses over "a a a …": sweeping every offset asks
    // for about 1.1 million records in all, more than the answers kept (a million).
    const n = 1500;
    const text = Array.from({ length: 2 * n }, () => 'a').join(' ');
    const spans = Array.from({ length: n }, (_, i): Span => ({ start: 2 * i, end: text.length - 2 * i }));
    const nested = defineArticle({
      ...article,
      text,
      paragraphs: [{ start: 0, end: text.length }],
      sentences: [{ start: 0, end: text.length }],
      publisher: { actor: 'a0', name: 'A0', evidence: [spans[0] as Span] },
      actors: spans.map((s, i) => ({ kind: 'state' as const, id: `a${i}`, name: `A${i}`, aliases: [text.slice(s.start, s.end)], evidence: [s] as const })),
      places: [],
      events: [],
      quotes: [],
      statistics: [],
      claims: [],
      context: null,
      ambiguities: [],
    });
    let total = 0;
    for (let offset = 0; offset < text.length; offset += 2) total += recordsAt(nested, offset).length;
    expect(total).toBeGreaterThan(1_000_000);
    for (const offset of [0, 1000, 2000, 2998, text.length - 1]) {
      const expected = spans.flatMap((s, i) => (s.start <= offset && offset < s.end ? [`a${i}`] : []));
      expect(
        recordsAt(nested, offset).map((e) => e.record.id),
        String(offset),
      ).toEqual(expected);
    }
    // The answer last asked for is kept.
    expect(recordsAt(nested, 2998)).toBe(recordsAt(nested, 2998));
  });
});

describe('recordsOverlapping', () => {
  it('agrees with a scan of every span, for any span and any evidence', () => {
    fc.assert(
      fc.property(overlapping, fc.nat({ max: 56 }), fc.nat({ max: 20 }), (a, start, length) => {
        const target = { start: start - 1, end: start - 1 + length };
        expect(recordsOverlapping(a, target).map((e) => e.record.id)).toEqual(overlapScan(a, target));
      }),
    );
  });

  it('finds the cancellation in "the canceled talks", which recordsAt(start) misses', () => {
    const talks = { start: 1509, end: 1527 }; // the canceled talks
    expect(article.text.slice(talks.start, talks.end)).toBe('the canceled talks');
    expect(recordsAt(article, talks.start).map((e) => e.record.id)).not.toContain('summit-cancellation');
    expect(recordsOverlapping(article, talks).map((e) => e.record.id)).toContain('summit-cancellation');
    expect(recordsOverlapping(article, spanOf(article.text, 'the canceled talks'))).toEqual(recordsOverlapping(article, talks));
  });

  it('returns the same frozen empty list where nothing overlaps', () => {
    const none = recordsOverlapping(article, { start: 180, end: 182 }); // the blank line after the first paragraph
    expect(none).toEqual([]);
    expect(Object.isFrozen(none)).toBe(true);
    expect(Object.isFrozen(recordsOverlapping(article, { start: 0, end: 5 }))).toBe(true);
  });
});
