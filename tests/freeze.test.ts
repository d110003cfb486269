import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../src/internal/freeze.js';

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

  it('skips what is already frozen, and what it holds', () => {
    const inner = { g: 1 };
    const frozen = Object.freeze({ inner });
    deepFreeze({ frozen });
    expect(Object.isFrozen(inner)).toBe(false);
  });
});
