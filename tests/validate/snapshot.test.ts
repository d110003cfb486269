// The one place that reads the input: what each kind of value becomes in the snapshot.
import { describe, expect, it } from 'vitest';
import { IrregularArray, MAX_CHARS, MAX_DEPTH, snapshot, Unread } from '../../src/validate/snapshot.js';
import { validateArticle } from '../../src/validate/validate-article.js';

const reason = (value: unknown): string | undefined => (value instanceof Unread ? value.reason : undefined);

describe('snapshot', () => {
  it('copies plain data into new objects and arrays, primitives as they are', () => {
    const input = { a: 1, b: ['x', null, true], c: { d: undefined } };
    const taken = snapshot(input);
    expect(taken.value).toEqual(input);
    expect(taken.value).not.toBe(input);
    expect((taken.value as { b: unknown }).b).not.toBe(input.b);
    expect(taken).toMatchObject({ size: 8, tooLarge: false });
  });

  it('keeps functions, symbols and BigInt as values, not read', () => {
    const f = (): number => 1;
    const s = Symbol('s');
    expect(snapshot([f, s, 10n]).value).toEqual([f, s, 10n]);
  });

  it('marks an accessor without calling it, and a property whose reading throws', () => {
    let calls = 0;
    const input = Object.defineProperty({}, 'x', {
      enumerable: true,
      get: () => {
        calls++;
        return 1;
      },
    });
    expect(reason((snapshot(input).value as { x: unknown }).x)).toBe('accessor');
    expect(calls).toBe(0);
    const throwing = new Proxy(
      { x: 1 },
      {
        getOwnPropertyDescriptor: () => {
          throw new Error('trap');
        },
      },
    );
    expect(reason((snapshot(throwing).value as { x: unknown }).x)).toBe('unreadable');
    // A proxy may list a key and then deny having it.
    const denying = new Proxy({}, { ownKeys: () => ['x'], getOwnPropertyDescriptor: () => undefined });
    expect(reason((snapshot(denying).value as { x: unknown }).x)).toBe('unreadable');
  });

  it('marks objects and arrays it cannot list or read, and revoked proxies', () => {
    const trap = (): never => {
      throw new Error('trap');
    };
    expect(reason(snapshot(new Proxy({}, { ownKeys: trap })).value)).toBe('unlisted');
    expect(reason(snapshot(new Proxy([], { ownKeys: trap })).value)).toBe('array-unreadable');
    expect(reason(snapshot(new Proxy([], { getOwnPropertyDescriptor: trap })).value)).toBe('array-unreadable');
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(reason(snapshot(proxy).value)).toBe('revoked');
  });

  it('marks typed arrays and boxed primitives without listing their keys, however long', () => {
    // Listing the keys of 5·10⁷ bytes would take seconds and gigabytes; its size counts one value.
    const taken = snapshot({ name: new Uint8Array(50_000_000) });
    expect(reason((taken.value as { name: unknown }).name)).toBe('exotic');
    expect(taken.size).toBe(2);
    for (const boxed of [new String('x'.repeat(1000)), new Number(5), new Boolean(false), new DataView(new ArrayBuffer(8))]) {
      expect(reason(snapshot([boxed]).value && (snapshot([boxed]).value as unknown[])[0]), String(boxed)).toBe('exotic');
    }
    // A proxy is no typed array, whatever its target: it is read through its traps.
    expect(snapshot(new Proxy({ a: 1 }, {})).value).toEqual({ a: 1 });
  });

  it('marks an object met again inside itself as a cycle, and copies a shared one each time', () => {
    const loop: Record<string, unknown> = { a: 1 };
    loop['self'] = loop;
    expect(reason((snapshot(loop).value as { self: unknown }).self)).toBe('cycle');
    const shared = { x: 1 };
    expect(snapshot([shared, shared]).value).toEqual([{ x: 1 }, { x: 1 }]);
    // A thousand keys that all point back: one level, not a thousand to the seventh power.
    const fan: Record<string, unknown> = {};
    for (let i = 0; i < 1000; i++) fan[`k${i}`] = fan;
    const taken = snapshot(fan);
    expect(taken.tooLarge).toBe(false);
    expect(taken.size).toBe(1001);
  });

  it('stops at more than MAX_CHARS code units of strings in all', () => {
    const half = 'x'.repeat(MAX_CHARS / 2);
    expect(snapshot([half, half]).tooLarge).toBe(false);
    expect(snapshot([half, half, 'x']).tooLarge).toBe(true);
  });

  it('defines every key, so a setter on Object.prototype is never run', () => {
    let called = 0;
    Object.defineProperty(Object.prototype, 'language', { set: () => called++, configurable: true });
    try {
      const copy = snapshot({ language: 'en' }).value as { language: unknown };
      expect(Object.getOwnPropertyDescriptor(copy, 'language')?.value).toBe('en');
      expect(validateArticle({ language: 'en' }).ok).toBe(false);
      expect(called).toBe(0);
    } finally {
      delete (Object.prototype as { language?: unknown }).language;
    }
  });

  it('marks an array with holes by its slots and elements, without walking them', () => {
    const sparse: unknown[] = [];
    sparse.length = 1_000_000;
    sparse[3] = 1;
    expect(snapshot(sparse).value).toEqual(new Unread('holes', true, 1_000_000, 1));
  });

  it('copies an array with other own properties as an IrregularArray, naming them', () => {
    const odd = Object.assign(['a'], { name: 'x', '01': 1 });
    const taken = snapshot(odd).value;
    expect(taken).toBeInstanceOf(IrregularArray);
    expect(taken).toMatchObject({ items: ['a'], extra: ['name', '01'] });
  });

  it('does not read past the depth the model goes to', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < MAX_DEPTH + 3; i++) deep = i % 2 === 0 ? { next: deep } : [deep];
    let at = snapshot(deep).value;
    for (let i = 0; i < MAX_DEPTH; i++) at = Array.isArray(at) ? at[0] : (at as { next: unknown }).next;
    expect(reason(at)).toBe('deep');
    // A cycle stops where it comes back, not at the depth limit.
    const cycle: Record<string, unknown> = {};
    cycle['self'] = cycle;
    expect(snapshot(cycle).size).toBe(2);
  });

  it('leaves symbol keys out, and defines a "__proto__" key as an own property', () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as object;
    Object.defineProperty(input, Symbol('s'), { value: 1, enumerable: true });
    const taken = snapshot(input).value as Record<string, unknown>;
    expect(Object.getOwnPropertySymbols(taken)).toEqual([]);
    expect(Object.hasOwn(taken, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(taken)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('stops at its limit: on the values, on an array length, or on a count of keys, before reading them', () => {
    expect(snapshot([1, 2, 3], 4)).toMatchObject({ tooLarge: false, size: 4 });
    expect(snapshot([1, 2, 3, 4], 4)).toMatchObject({ tooLarge: true });
    expect(snapshot({ a: 1, b: 2, c: 3, d: 4 }, 4)).toMatchObject({ tooLarge: true });
    // Each count fits, but their sum does not.
    expect(snapshot({ a: { b: 1 }, c: { d: 1 } }, 3)).toMatchObject({ tooLarge: true, size: 3 });
    let listed = false;
    const long = new Proxy([], {
      getOwnPropertyDescriptor: (t, k) =>
        k === 'length' ? { value: 100, writable: true, enumerable: false, configurable: false } : Reflect.getOwnPropertyDescriptor(t, k),
      ownKeys: () => {
        listed = true;
        return ['length'];
      },
    });
    expect(snapshot(long, 50)).toMatchObject({ tooLarge: true });
    expect(listed).toBe(false);
  });
});
