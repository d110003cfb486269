// validateArticle reads its input once and checks what it read: fed input that answers differently
// each time it is asked (proxies whose traps flip, getters), an `ok` answer is an article that
// validates again, to itself. And whatever it is fed — proxies with throwing, changing or revoked
// traps, getters, null prototypes, sparse and huge arrays, cycles, deep nesting, symbol keys,
// BigInt, NaN and infinite offsets, lone surrogates, NUL, ten-million-character strings — it never
// throws, its answer is well formed, and every message and list in it is bounded; defineArticle
// throws nothing but InvalidArticleError.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validArticle } from '../arbitraries/article.js';
import { article } from '../../src/index.js';
import { InvalidArticleError, defineArticle } from '../../src/define.js';
import { validateArticle } from '../../src/validate.js';
import type { ValidationResult } from '../../src/validate.js';

/** A proxy over `target` whose answer for `key` alternates between `first` and `second` at each read. */
function flip<T extends object>(target: T, key: string, first: unknown, second: unknown): T {
  let reads = 0;
  const current = (): unknown => (reads++ % 2 === 0 ? first : second);
  return new Proxy(target, {
    getOwnPropertyDescriptor: (t, k) =>
      k === key ? { value: current(), writable: true, enumerable: true, configurable: true } : Reflect.getOwnPropertyDescriptor(t, k),
    get: (t, k, r) => (k === key ? current() : Reflect.get(t, k, r)),
  });
}

const tiny = () => ({
  id: 'tiny',
  publisher: { actor: 'herald', name: 'Herald', evidence: [{ start: 0, end: 6 }] },
  language: 'en',
  text: 'Herald: Ann met Bo.',
  paragraphs: [{ start: 0, end: 19 }],
  sentences: [{ start: 0, end: 19 }],
  actors: [
    { kind: 'organisation', id: 'herald', name: 'Herald', aliases: ['Herald'], partOf: null, evidence: [{ start: 0, end: 6 }] },
    { kind: 'person', id: 'ann', name: 'Ann', aliases: ['Ann'], titles: [], evidence: [{ start: 8, end: 11 }] },
  ],
  places: [],
  events: [],
  quotes: [],
  statistics: [],
  claims: [],
  context: null,
  ambiguities: [],
});

/** What an `ok` answer promises: the article validates again, and is equal to itself after. */
function checkedIsReturned(result: ValidationResult): void {
  if (!result.ok) return;
  const again = validateArticle(result.article);
  expect(again.ok, JSON.stringify(again.ok ? [] : again.problems.slice(0, 3))).toBe(true);
  if (again.ok) expect(again.article).toEqual(result.article);
}

describe('validateArticle checks exactly what it returns', () => {
  it('reads a flipping text once: the spans it checked are the spans of the text it returns', () => {
    const result = validateArticle(flip(tiny(), 'text', 'Herald: Ann met Bo.', 'Hi!'));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.article.text).toBe('Herald: Ann met Bo.');
    checkedIsReturned(result);
    // Read the other way round, the text the checks see is too short for the spans.
    const short = validateArticle(flip(tiny(), 'text', 'Hi!', 'Herald: Ann met Bo.'));
    expect(short.ok).toBe(false);
  });

  it('reads a flipping id once: duplicates and references are checked on the id it returns', () => {
    const input = tiny();
    const actors = input.actors;
    actors[1] = flip(actors[1] as (typeof actors)[number], 'id', 'ann', 'herald') as (typeof actors)[number];
    const result = validateArticle(input);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.article.actors.map((a) => a.id)).toEqual(['herald', 'ann']);
    checkedIsReturned(result);
    actors[1] = flip(tiny().actors[1] as (typeof actors)[number], 'id', 'herald', 'ann') as (typeof actors)[number];
    const duplicate = validateArticle(input);
    expect(duplicate.ok ? [] : duplicate.problems.map((p) => p.code)).toEqual(['DUPLICATE_ID']);
  });

  it('never calls a getter, and calls each proxy trap at most once a property', () => {
    const calls = new Map<string, number>();
    const counted = <T extends object>(target: T, name: string): T =>
      new Proxy(target, {
        getOwnPropertyDescriptor: (t, k) => {
          calls.set(`${name}.${String(k)}`, (calls.get(`${name}.${String(k)}`) ?? 0) + 1);
          return Reflect.getOwnPropertyDescriptor(t, k);
        },
      });
    const input = tiny();
    const result = validateArticle(counted({ ...input, actors: input.actors.map((a, i) => counted(a, `actor${i}`)) }, 'article'));
    expect(result.ok).toBe(true);
    expect([...calls.values()].every((n) => n === 1)).toBe(true);
    expect(calls.get('article.text')).toBe(1);
    expect(calls.get('actor1.id')).toBe(1);
  });

  /** Input that answers differently each time: a flip of one of its values, somewhere. */
  const flipped = fc
    .tuple(validArticle({ maxRecords: 4 }), fc.nat(), fc.nat(), fc.constantFrom<unknown>('x', 0, 1, null, [], {}, 'Not An Id', 'a', -1))
    .map(([valid, pick, which, other]) => {
      const copy = structuredClone(valid) as unknown as Record<string, unknown>;
      // Every object in the copy, with one of its own keys: flip that key.
      const objects: [Record<string, unknown>, string, object, string | number][] = [];
      const walk = (value: unknown, parent: object, key: string | number): void => {
        if (typeof value !== 'object' || value === null) return;
        for (const [k, v] of Object.entries(value)) {
          objects.push([value as Record<string, unknown>, k, parent, key]);
          walk(v, value, Array.isArray(value) ? Number(k) : k);
        }
      };
      walk(copy, copy, '');
      const [object, key, parent, slot] = objects[pick % objects.length] as (typeof objects)[number];
      const [first, second] = which % 2 === 0 ? [object[key], other] : [other, object[key]];
      const proxy = flip(object, key, first, second);
      if (object === copy) return proxy;
      (parent as Record<string | number, unknown>)[slot] = proxy;
      return copy;
    });

  it('for any input that answers differently each time it is read, an ok answer validates again to itself', () => {
    fc.assert(fc.property(flipped, (input) => checkedIsReturned(validateArticle(input))));
  });
});

// Hostile values, each one made once (a 10-million-character string is made once, not per run).
const huge = 'x'.repeat(10_000_000);
const hostileLeaves: readonly (() => unknown)[] = [
  () => huge,
  () => '\uD800',
  () => 'a\u0000b',
  () => '\uDFFF\uD800',
  () => Number.NaN,
  () => Number.POSITIVE_INFINITY,
  () => Number.NEGATIVE_INFINITY,
  () => -0,
  () => 2 ** 53,
  () => 10n,
  () => Symbol('s'),
  () => () => 1,
  () => undefined,
  () => Object.create(null),
  () => Object.assign(Object.create(null), { id: 'x', kind: 'person' }),
  () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  },
  () =>
    new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('ownKeys');
        },
      },
    ),
  () =>
    new Proxy(
      { a: 1 },
      {
        getOwnPropertyDescriptor: () => {
          throw new Error('descriptor');
        },
      },
    ),
  () => new Proxy([1, 2], { ownKeys: () => ['0', '1', 'length', 'length'] }),
  () =>
    new Proxy([], {
      getOwnPropertyDescriptor: (t, k) =>
        k === 'length' ? { value: 2 ** 32 - 1, writable: true, enumerable: false, configurable: false } : Reflect.getOwnPropertyDescriptor(t, k),
    }),
  () => {
    const sparse: unknown[] = [];
    sparse.length = 2 ** 32 - 1;
    sparse[5] = 1;
    return sparse;
  },
  () => Array.from({ length: 100_000 }, (_, i) => i),
  () => {
    const cycle: Record<string, unknown> = { id: 'c' };
    cycle['self'] = cycle;
    cycle['evidence'] = [cycle];
    return cycle;
  },
  () => {
    let deep: unknown = {};
    for (let i = 0; i < 100_000; i++) deep = { next: deep, evidence: [deep] };
    return deep;
  },
  () =>
    Object.defineProperty({}, 'start', {
      get: () => {
        throw new Error('getter');
      },
      enumerable: true,
    }),
  () => ({ [Symbol('key')]: 1, start: 0, end: 1 }),
  () => new Uint8Array(10),
  () => new Map([['id', 'x']]),
  () => new Date(0),
];
/**
 * A valid article, and where to put which hostile value in it (or in place of the whole). The value
 * is made inside the property, by `hostileInput`: fast-check itself cannot look at a revoked proxy.
 */
const hostileArticle = fc.tuple(validArticle({ maxRecords: 3 }), fc.nat(), fc.nat({ max: hostileLeaves.length - 1 }), fc.boolean());

function hostileInput([valid, pick, leaf, replace]: [unknown, number, number, boolean]): unknown {
  const value = (hostileLeaves[leaf] as () => unknown)();
  {
    if (pick % 23 === 0) return value;
    const copy = structuredClone(valid) as unknown as Record<string, unknown>;
    const places: [Record<string | number, unknown>, string | number][] = [];
    const walk = (node: unknown): void => {
      if (typeof node !== 'object' || node === null) return;
      for (const [k, v] of Object.entries(node)) {
        places.push([node as Record<string | number, unknown>, Array.isArray(node) ? Number(k) : k]);
        walk(v);
      }
    };
    walk(copy);
    const [parent, key] = places[pick % places.length] as (typeof places)[number];
    if (replace || !Array.isArray(parent)) parent[key] = value;
    else parent.push(value);
    return copy;
  }
}

/** What every answer must be, whatever the input: well formed, and bounded. */
function wellFormed(result: ValidationResult): void {
  expect(typeof result.ok).toBe('boolean');
  expect(Object.isFrozen(result)).toBe(true);
  if (result.ok) return;
  expect(result.problems.length).toBeGreaterThan(0);
  expect(result.problems.length).toBeLessThanOrEqual(1001);
  for (const p of result.problems) {
    expect(typeof p.code).toBe('string');
    expect(typeof p.path).toBe('string');
    expect(p.message.length).toBeLessThan(2000);
    expect(p.path.length).toBeLessThan(1000);
  }
}

describe('validateArticle never throws, and defineArticle throws only InvalidArticleError', () => {
  // Three times the suite's run count: 3,000 runs in CI.
  const runs = { numRuns: 3 * (fc.readConfigureGlobal().numRuns ?? 100) };

  it('answers, well formed and bounded, for a hostile value anywhere in an article', () => {
    fc.assert(
      fc.property(hostileArticle, (where) => {
        wellFormed(validateArticle(hostileInput(where)));
      }),
      runs,
    );
  });

  it('defineArticle gives an article or throws InvalidArticleError, for the same inputs', () => {
    fc.assert(
      fc.property(hostileArticle, (where) => {
        try {
          defineArticle(hostileInput(where) as never);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidArticleError);
          expect((error as Error).message.length).toBeLessThan(1001 * 2100);
        }
      }),
      runs,
    );
  });

  it('answers for every hostile value on its own', () => {
    for (const make of hostileLeaves) wellFormed(validateArticle(make()));
  });

  it('lists at most 1,000 problems, then says how many more there were', () => {
    const result = validateArticle({ ...article, quotes: Array.from({ length: 1500 }, () => ({ ...article.quotes[0], speaker: 'nobody' })) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1001);
    expect(result.problems.at(-1)).toEqual({
      code: 'TOO_MANY_PROBLEMS',
      path: '',
      message: expect.stringMatching(/^\d+ more problems were found and are not listed: only the first 1000 are\.$/),
    });
  });

  it('stops at input larger than it reads, with one problem', () => {
    // A length past the budget is seen before a key is listed or an element read.
    const many = { ...article, claims: new Array(10_000_001) };
    const result = validateArticle(many);
    expect(result.ok ? [] : result.problems).toEqual([
      {
        code: 'INPUT_TOO_LARGE',
        path: '',
        message:
          'The input holds more than 10000000 values (or an array longer than that) or more than 67108864 code units of strings, more than the validator reads: nothing was checked.',
      },
    ]);
    // (That many small values count up to the same limit is tested on snapshot itself, with a small one.)
  });
});
