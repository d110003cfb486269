import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { article, recordsAt } from '../src/index.js';
import type { Actor, Article, Span } from '../src/index.js';

/** What recordsAt must give: every record with a span covering the offset, in collection and text order. */
const scan = (a: Article, offset: number): string[] =>
  (['actors', 'places', 'events', 'quotes', 'statistics', 'claims'] as const)
    .flatMap((c) => a[c] as readonly { readonly id: string; readonly evidence: readonly Span[] }[])
    .filter((r) => r.evidence.some((s) => s.start <= offset && offset < s.end))
    .map((r) => r.id);

const span = fc.tuple(fc.nat({ max: 40 }), fc.nat({ max: 12 })).map(([start, length]): Span => ({ start, end: start + length }));

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
