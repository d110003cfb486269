// The entry points are separate files, each with its own copy of the set of articles frozen whole;
// validated and defined articles are shared through one registered symbol on globalThis. Each case
// runs the built package (dist/) in a fresh Node process, since the symbol, once set, cannot be
// taken back.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dist = new URL('../dist/', import.meta.url);
const built = existsSync(new URL('index.js', dist)) && existsSync(new URL('validate.js', dist));

/** Runs ESM code with `main`, `validate` and `define` imported from dist/; returns what it printed. */
function run(code: string, before = ''): string {
  const script = `${before}
const main = await import(${JSON.stringify(new URL('index.js', dist).href)});
const validate = await import(${JSON.stringify(new URL('validate.js', dist).href)});
const define = await import(${JSON.stringify(new URL('define.js', dist).href)});
const key = Symbol.for('ukraine-energy-strikes/frozen-whole');
const copy = () => JSON.parse(JSON.stringify(main.article));
${code}`;
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }).trim();
}

/** Whether the helpers of the main entry point keep indexes for `a`: a rename after a lookup shows up only if they do not. */
const caches = `(a) => { main.findActor(a, 'zelensky'); try { a.actors[1].id = 'renamed'; } catch { return 'frozen'; } return main.findActor(a, 'zelensky') === undefined ? 'fresh' : 'cached'; }`;

describe.runIf(built)('articles frozen whole, across entry points', () => {
  it('importing any entry point sets no global; the first validation sets one, hidden and fixed', () => {
    const out = run(`
const before = Reflect.ownKeys(globalThis).includes(key);
validate.validateArticle(copy());
const d = Object.getOwnPropertyDescriptor(globalThis, key);
console.log(JSON.stringify([before, d.writable, d.enumerable, d.configurable, d.value instanceof WeakSet]));`);
    expect(JSON.parse(out)).toEqual([false, false, false, false, true]);
  });

  it('lets the main entry point keep its indexes for articles from ./validate and ./define', () => {
    const out = run(`
const validated = validate.validateArticle(copy()).article;
const defined = define.defineArticle(copy());
console.log(JSON.stringify([main.findActor(validated, 'zelensky')?.name, main.getActor(defined, 'trump').name, Object.isFrozen(defined.actors[0].evidence[0])]));`);
    expect(JSON.parse(out)).toEqual(['Volodymyr Zelensky', 'Donald Trump', true]);
  });

  it('trusts no look-alike set put there first: a mutable article still gets fresh answers', () => {
    const out = run(
      `const check = ${caches};
validate.validateArticle(copy());
console.log(JSON.stringify([check(copy()), main.findActor(validate.validateArticle(copy()).article, 'zelensky')?.id]));`,
      `Object.defineProperty(globalThis, Symbol.for('ukraine-energy-strikes/frozen-whole'), { value: { has: () => true, add() {} } });`,
    );
    expect(JSON.parse(out)).toEqual(['fresh', 'zelensky']);
  });

  it('trusts no real WeakSet subclass that claims every object either', () => {
    const out = run(
      `const check = ${caches};
validate.validateArticle(copy());
console.log(check(copy()));`,
      `class Liar extends WeakSet { has() { return true; } }
Object.defineProperty(globalThis, Symbol.for('ukraine-energy-strikes/frozen-whole'), { value: new Liar() });`,
    );
    expect(out).toBe('fresh');
  });

  it('still validates, and still answers right, where globalThis takes no new property', () => {
    const out = run(
      `const a = validate.validateArticle(copy());
console.log(JSON.stringify([a.ok, main.getActor(a.article, 'putin').name, Reflect.ownKeys(globalThis).includes(key)]));`,
      'Object.preventExtensions(globalThis);',
    );
    expect(JSON.parse(out)).toEqual([true, 'Vladimir Putin', false]);
  });
});
