import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { article } from '../../src/index.js';
import { validateArticle } from '../../src/validate/validate-article.js';

/** Runs validateArticle, failing the test if it throws or answers ok. */
function rejected(input: unknown): readonly { readonly code: string; readonly path: string; readonly message: string }[] {
  const result = validateArticle(input);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems;
}

const prototypeKeys = (): string[] => Object.getOwnPropertyNames(Object.prototype).sort();

describe('validateArticle never throws, whatever it is given', () => {
  it('rejects arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const problems = rejected(value);
        expect(problems.length).toBeGreaterThan(0);
        for (const p of problems) expect(typeof p.message).toBe('string');
      }),
    );
  });

  it('rejects arbitrary values of any kind', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withMap: true,
          withSet: true,
          withDate: true,
          withTypedArray: true,
          withSparseArray: true,
          withNullPrototype: true,
          withObjectString: true,
          withBoxedValues: true,
        }),
        (value) => {
          rejected(value);
        },
      ),
    );
  });

  it('rejects the article with any one value replaced by an arbitrary JSON value of another type', () => {
    const json = JSON.parse(JSON.stringify(article)) as unknown;
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]): void => {
      paths.push(path);
      if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) walk(v, [...path, Array.isArray(value) ? Number(k) : k]);
    };
    walk(json, []);
    fc.assert(
      fc.property(fc.constantFrom(...paths.slice(1)), fc.jsonValue(), (path, replacement) => {
        const copy = structuredClone(json) as Record<string | number, unknown>;
        let parent = copy;
        for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
        const last = path.at(-1) as string | number;
        const before = parent[last];
        fc.pre(typeof replacement !== typeof before || Array.isArray(replacement) !== Array.isArray(before) || (replacement === null) !== (before === null));
        parent[last] = replacement;
        const result = validateArticle(copy);
        // A nullable field may legitimately become null, or a string where it was a null string field.
        const mayBeValid = replacement === null || (before === null && typeof replacement === 'string');
        if (!mayBeValid) expect(result.ok).toBe(false);
      }),
    );
  });

  it('never writes to Object.prototype, whatever keys the input has', () => {
    const before = prototypeKeys();
    const hostile = fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'id', 'kind'), fc.jsonValue());
    fc.assert(
      fc.property(hostile, hostile, (top, nested) => {
        const input = JSON.parse(JSON.stringify({ ...structuredClone(article), actors: [{ ...article.actors[0], ...nested }] }));
        for (const [key, value] of Object.entries(top)) Object.defineProperty(input, key, { value, enumerable: true, configurable: true, writable: true });
        validateArticle(input);
        validateArticle(JSON.parse(`{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}`));
      }),
    );
    expect(prototypeKeys()).toEqual(before);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('reports __proto__ and constructor keys as properties the model does not have', () => {
    const input = JSON.parse(`{"__proto__": {"id": "x"}, "constructor": 1}`) as object;
    const unexpected = rejected(input).filter((p) => p.message.startsWith('Unexpected'));
    expect(unexpected.map((p) => p.path)).toEqual(['/__proto__', '/constructor']);
  });

  it('handles a cyclic object', () => {
    const cyclic: Record<string, unknown> = structuredClone(article) as never;
    cyclic['actors'] = [cyclic];
    (cyclic['publisher'] as Record<string, unknown>)['evidence'] = [cyclic];
    cyclic['self'] = cyclic;
    const problems = rejected(cyclic);
    expect(problems.map((p) => p.path)).toContain('/self');
    // The article met again inside itself is reported where it is met, not walked again.
    expect(problems.find((p) => p.path === '/actors/0')?.message).toBe('Expected an object at /actors/0, got a cycle (an object that contains itself).');
  });

  it('handles nesting 100,000 deep', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 100_000; i++) deep = { actors: [deep], evidence: [deep] };
    expect(rejected(deep).length).toBeGreaterThan(0);
    let deepArray: unknown = [];
    for (let i = 0; i < 100_000; i++) deepArray = [deepArray];
    expect(rejected({ ...article, actors: deepArray })[0]).toEqual({
      code: 'SHAPE',
      path: '/actors/0',
      message: 'Expected an object at /actors/0, got an array.',
    });
  });

  it('handles a 10 MB string wherever it stands, quoting only its start', () => {
    const huge = 'a'.repeat(10 * 1024 * 1024);
    const asText = rejected({ ...article, text: huge });
    expect(asText).toEqual([
      {
        code: 'INPUT_TOO_LARGE',
        path: '/text',
        message: `The text at /text is ${huge.length} code units long, longer than the validator reads (4194304): nothing else was checked.`,
      },
    ]);
    const asId = rejected({ ...article, quotes: [{ ...article.quotes[0], speaker: huge }] }).filter((p) => p.path.startsWith('/quotes'));
    expect(asId).toEqual([
      {
        code: 'SHAPE',
        path: '/quotes/0/speaker',
        message: `Expected an id (up to 64 lower-case letters and digits, in groups joined by single hyphens) at /quotes/0/speaker, got the string "${'a'.repeat(60)}"….`,
      },
    ]);
    const asName = rejected({ ...article, quotes: [{ ...article.quotes[0], text: huge }] }).filter((p) => p.path.startsWith('/quotes'));
    expect(asName.map((p) => [p.code, p.message.length < 500])).toEqual([['QUOTE_MISMATCH', true]]);
    const asKey = rejected({ ...article, [huge]: huge });
    expect(asKey[0]?.path.length).toBeLessThan(200);
  });

  it('does not change its input', () => {
    const input = structuredClone(article);
    const snapshot = JSON.stringify(input);
    validateArticle(input);
    validateArticle({ ...input, id: 1 });
    expect(JSON.stringify(input)).toBe(snapshot);
    expect(Object.isFrozen(input)).toBe(false);
  });
});
