// The set of articles frozen whole is shared between the package's entry points through one
// registered symbol on globalThis (src/internal/freeze.ts). A value someone else put there is
// trusted only if it is a real WeakSet, asked through WeakSet's own `has`. (Each test file runs in
// a process of its own, so nothing has set the symbol before this file does; the cases against the
// built entry points, in fresh processes, are in tests/shared-frozen.test.ts.)
import { afterEach, describe, expect, it, vi } from 'vitest';

const KEY = Symbol.for('ukraine-energy-strikes/frozen-whole');
const load = async () => {
  vi.resetModules();
  return import('../../src/internal/freeze.js');
};

afterEach(() => {
  Reflect.deleteProperty(globalThis, KEY);
});

describe('the shared set of articles frozen whole', () => {
  it('is not taken from a value that is not a WeakSet, however it answers', async () => {
    Object.defineProperty(globalThis, KEY, { value: { has: () => true, add: () => undefined }, configurable: true });
    const { freezeWhole, frozenWhole } = await load();
    expect(frozenWhole({})).toBe(false);
    const validated = freezeWhole({ c: [3] }, true);
    expect(frozenWhole(validated)).toBe(true);
    expect(Object.isFrozen(validated.c)).toBe(true);
  });

  // Last: the set it makes cannot be taken back.
  it('is made on the first shared freeze, and known to another copy of the module', async () => {
    const first = await load();
    const mine = first.freezeWhole({ a: [1] });
    expect(Reflect.has(globalThis, KEY)).toBe(false);
    const validated = first.freezeWhole({ b: [2] }, true);
    expect(Reflect.has(globalThis, KEY)).toBe(true);
    const second = await load();
    expect([second.frozenWhole(validated), second.frozenWhole(mine), first.frozenWhole(mine)]).toEqual([true, false, true]);
  });

  it('is only a hint: what anyone else adds to it is trusted only if nothing reachable from it can change', async () => {
    const { freezeWhole, frozenWhole } = await load();
    freezeWhole({ made: [1] }, true);
    const set = Reflect.get(globalThis, KEY) as WeakSet<object>;
    const frozen = <T extends object>(value: T): T => freezeWhole(structuredClone(value));
    const cyclic: { self?: unknown; list: unknown[] } = { list: [1] };
    cyclic.self = cyclic;
    const cases: [string, object, boolean][] = [
      ['a mutable object', { a: 1 }, false],
      ['a frozen object with a mutable part', Object.freeze({ a: { b: 1 } }), false],
      ['a frozen object with a getter', Object.freeze(Object.defineProperty({}, 'a', { get: () => 1, enumerable: true })), false],
      ['a frozen object holding a function', Object.freeze({ f: Object.freeze(() => 1) }), false],
      ['a frozen object of another class', Object.freeze(new (class Thing {})()), false],
      ['a frozen object with a mutable part under a symbol key', Object.freeze({ [Symbol('s')]: {} }), false],
      ['a deeply frozen plain object', Object.freeze({ a: Object.freeze([Object.freeze({ b: 'c' })]), n: null }), true],
      ['a deeply frozen cycle', Object.freeze(Object.assign(cyclic, { list: Object.freeze(cyclic.list) })), true],
      ['an object with no prototype, deeply frozen', Object.freeze(Object.assign(Object.create(null), { a: 1 })), true],
    ];
    for (const [what, value, trusted] of cases) {
      expect(frozenWhole(value), `${what}, not in the set`).toBe(false);
      set.add(value);
      expect(frozenWhole(value), what).toBe(trusted);
    }
    expect(frozenWhole(frozen({ x: [1] }))).toBe(true);
  });
});
