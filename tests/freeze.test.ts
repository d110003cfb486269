import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../src/internal/freeze.js';
import { storyData } from '../src/story/data.js';

function* objectsIn(value: unknown): Generator<object> {
  if (typeof value !== 'object' || value === null) return;
  yield value;
  for (const child of Object.values(value)) yield* objectsIn(child);
}

describe('deepFreeze', () => {
  it('freezes every object and array reachable from the value, and returns the value', () => {
    const value = { a: [1, { b: 'x', c: [[], { d: null }] }], e: { f: true } };
    expect(deepFreeze(value)).toBe(value);
    const objects = [...objectsIn(value)];
    expect(objects).toHaveLength(7);
    expect(objects.every((o) => Object.isFrozen(o))).toBe(true);
  });

  it('returns strings, numbers, null and undefined as they are', () => {
    expect([deepFreeze('s'), deepFreeze(1), deepFreeze(null), deepFreeze(undefined)]).toEqual(['s', 1, null, undefined]);
  });

  it('ends at cycles', () => {
    const cyclic: { self?: unknown; list: unknown[] } = { list: [] };
    cyclic.self = cyclic;
    cyclic.list.push(cyclic, cyclic.list);
    deepFreeze(cyclic);
    expect(Object.isFrozen(cyclic) && Object.isFrozen(cyclic.list)).toBe(true);
  });

  it('freezes objects and arrays only: a function is left as it is, wherever it sits', () => {
    const [alone, inArray, inObject] = [() => 1, () => 2, () => 3];
    deepFreeze(alone);
    const value = { list: [inArray], object: { inObject } };
    deepFreeze(value);
    expect([alone, inArray, inObject].map((f) => Object.isFrozen(f))).toEqual([false, false, false]);
    expect(Object.isFrozen(value.list) && Object.isFrozen(value.object)).toBe(true);
  });

  it("follows an array's elements, not other properties it has", () => {
    const element = {};
    const extra = {};
    const list = Object.assign([element], { extra });
    deepFreeze(list);
    expect([Object.isFrozen(list), Object.isFrozen(element), Object.isFrozen(extra)]).toEqual([true, true, false]);
  });

  it('follows own enumerable properties only, not hidden or inherited ones', () => {
    // Placed where a read one past the last key (`object[undefined]`) or the last element
    // (`list[list.length]`) would find them.
    const hidden = {};
    const object = Object.defineProperty({ shown: {} }, 'undefined', { value: hidden, enumerable: false });
    const inherited = {};
    const list = Object.setPrototypeOf([{}], Object.assign(Object.create(Array.prototype) as object, { 1: inherited })) as object[];
    deepFreeze({ object, list });
    expect([Object.isFrozen(object.shown), Object.isFrozen(list[0])]).toEqual([true, true]);
    expect([Object.isFrozen(hidden), Object.isFrozen(inherited)]).toEqual([false, false]);
  });

  it('skips what is already frozen, and what it holds', () => {
    const inner = { g: 1 };
    const frozen = Object.freeze({ inner });
    deepFreeze({ frozen });
    expect(Object.isFrozen(inner)).toBe(false);
  });
});

// Needs a build (`npm test` builds first; UES_DIST points at another build directory).
describe('the built article', () => {
  const root = resolve(import.meta.dirname, '..');
  const dist = resolve(process.env['UES_DIST'] ?? join(root, 'dist'));

  it('is the source data, deeply frozen', async () => {
    expect(existsSync(join(dist, 'index.js')), `no build at ${dist}: run npm run build`).toBe(true);
    const built = (await import(pathToFileURL(join(dist, 'index.js')).href)) as { article: unknown };
    expect(built.article).toEqual(storyData);
    expect([...objectsIn(built.article)].filter((o) => !Object.isFrozen(o))).toEqual([]);
  });

  // What keeps importing the package cheap (BENCHMARKS.md, "Import cost"): the data ships as one
  // JSON string, which V8 parses faster than an object literal, in a file of ASCII only (one
  // other character makes V8 hold the whole source as two-byte text).
  it.each(['index.js', 'index.cjs'])('%s ships the data as JSON.parse of a plain string, in ASCII', (file) => {
    const code = readFileSync(join(dist, file), 'utf8');
    expect(code.match(/JSON\.parse\('\{"id":"punch-russian-strikes-ukraine-energy"/g)).toHaveLength(1);
    expect(code.match(/[^\x00-\x7f]/g)).toBeNull();
  });
});
