import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineArticle } from '../../src/define/define-article.js';
import { actorsOfKind } from '../../src/query/filter.js';
import { findActor, findRecord } from '../../src/query/lookup.js';
import { recordsAt } from '../../src/query/provenance.js';
import { validateArticle } from '../../src/validate/validate-article.js';
import { duplicateIdArticle, emptySpanArticle, numRuns, spanOutOfBoundsArticle, validArticle } from '../arbitraries/article.js';

const params = { numRuns };

function deepFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(deepFrozen);
}

describe('generated valid articles', () => {
  it('defineArticle output validates, is deep-frozen and survives a JSON round trip', () => {
    fc.assert(
      fc.property(validArticle(), (input) => {
        const defined = defineArticle(input);
        expect(validateArticle(defined)).toMatchObject({ ok: true });
        expect(deepFrozen(defined)).toBe(true);
        expect(JSON.parse(JSON.stringify(defined))).toEqual(input);
      }),
      params,
    );
  });

  it('indexed lookups and filters return what a scan of the arrays returns', () => {
    fc.assert(
      fc.property(validArticle(), fc.string({ maxLength: 4 }), (input, probe) => {
        const a = defineArticle(input);
        for (const id of [...a.actors.map((x) => x.id), probe, `a${probe}`]) {
          expect(findActor(a, id)).toBe(a.actors.find((x) => x.id === id));
          expect(findRecord(a, id)).toBe(a.actors.find((x) => x.id === id));
        }
        for (const kind of ['person', 'organisation', 'state', 'group'] as const) {
          expect(actorsOfKind(a, kind as never)).toEqual(a.actors.filter((x) => x.kind === kind));
        }
      }),
      params,
    );
  });

  it('recordsAt agrees with a brute-force check of every span', () => {
    fc.assert(
      fc.property(validArticle(), fc.nat(), (input, n) => {
        const a = defineArticle(input);
        const offset = n % (a.text.length + 2) - 1;
        const expected = a.actors.filter((x) => x.evidence.some((s) => s.start <= offset && offset < s.end));
        expect(recordsAt(a, offset).map((e) => e.record)).toEqual(expected);
      }),
      params,
    );
  });
});

describe('generated broken articles', () => {
  it.each([
    ['a duplicate id', duplicateIdArticle()],
    ['a span past the end of the text', spanOutOfBoundsArticle()],
    ['an empty span', emptySpanArticle()],
  ])('reports %s with the right problem, and does not throw', (_, arbitrary) => {
    fc.assert(
      fc.property(arbitrary, ({ input, code, path }) => {
        const result = validateArticle(input);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.problems).toContainEqual(expect.objectContaining({ code, path }));
      }),
      params,
    );
  });
});
