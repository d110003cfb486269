// Runtime scaling on synthetic articles (bench/synthetic.mjs) of 10², 10³, 10⁴ and 10⁵ records.
// Needs --expose-gc. `node --expose-gc bench/scaling.mjs` prints the figures alone.
//
// Method: at each size, one untimed call of each measured function (warm-up); then samples, each
// after a gc(), each timing a batch of ⌈10⁵ / n⌉ calls (one call at 10⁵, a hundred at 10³), so that
// every sample handles the same number of records and allocates about as much: a single call at 10³
// takes ~0.2 ms, near the timer's resolution, and its garbage is collected after the timer stops,
// while at 10⁵ the collections fall inside the call. The figure is the median sample divided by the
// batch size. First-query index builds run on fresh shallow copies (indexes are memoised per article).
// A plain loop over the same records (the least an index build does: read each record's id and
// spans, put the id in a Map) is measured the same way: its exponent is the machine's floor (cache
// misses grow with the working set), so an index scales linearly if its exponent is near that floor.
import { syntheticInput } from './synthetic.mjs';
import { loadPackage } from './package.mjs';

export const sizes = [100, 1000, 10000, 100000];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
};

/** The least any index over the records does: read each id and span, and put the id in a Map. */
function plainLoop(article) {
  const ids = new Map();
  let covered = 0;
  for (const record of article.actors) {
    for (const span of record.evidence) covered += span.end - span.start;
    ids.set(record.id, record);
  }
  return covered + ids.size;
}

/** Times every scaling figure; `pkg` is the built package. Returns one row per size. */
export function measureScaling(pkg) {
  const { validateArticle, defineArticle, getActor, recordsAt, actorsOfKind } = pkg;
  const gc = globalThis.gc ?? (() => {});
  const rows = [];
  for (const n of sizes) {
    const input = syntheticInput(n);
    const batch = Math.ceil(1e5 / n);
    const samples = n >= 100000 ? 3 : 5;
    // `arg()` makes each call's argument before the timer starts.
    const time = (fn, arg) => {
      fn(arg());
      const xs = [];
      for (let s = 0; s < samples; s++) {
        const args = Array.from({ length: batch }, arg);
        gc();
        const t = performance.now();
        for (const x of args) fn(x);
        xs.push((performance.now() - t) / batch);
      }
      return median(xs);
    };
    const validate = time(
      (x) => validateArticle(x),
      () => input,
    );
    const define = time(
      (x) => defineArticle(x),
      () => input,
    );
    gc();
    const heap0 = process.memoryUsage().heapUsed;
    const a = defineArticle(input);
    gc();
    const heapArticle = process.memoryUsage().heapUsed - heap0;
    const copy = () => ({ ...a });
    const floor = time(plainLoop, copy);
    const lookupIndex = time((c) => getActor(c, 'p0'), copy);
    const coverageIndex = time((c) => recordsAt(c, 10), copy);
    const kindIndex = time((c) => actorsOfKind(c, 'person'), copy);
    getActor(a, 'p0');
    recordsAt(a, 10);
    actorsOfKind(a, 'person');
    gc();
    const heapIdx = process.memoryUsage().heapUsed - heap0;
    const q = (fn) => {
      const k = 2000;
      const t = performance.now();
      for (let i = 0; i < k; i++) fn(i);
      return ((performance.now() - t) * 1e6) / k;
    };
    const lookup = q((i) => getActor(a, `p${(i * 7919) % n}`));
    const at = q((i) => recordsAt(a, a.actors[((i * 7919) % n) + 1].evidence[0].start));
    rows.push({ n, validate, define, floor, lookupIndex, coverageIndex, kindIndex, lookup, at, heapArticle, heapIdx });
  }
  return rows;
}

/** The fitted exponent of a figure from 10³ to 10⁵ records. */
export function exponent(rows, key) {
  const a = rows.find((r) => r.n === 1000);
  const b = rows.find((r) => r.n === 100000);
  return Math.log(b[key] / a[key]) / Math.log(b.n / a.n);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const pkg = await loadPackage(new URL('../dist/index.js', import.meta.url).pathname);
  const rows = measureScaling(pkg);
  for (const key of ['validate', 'define', 'floor', 'lookupIndex', 'coverageIndex', 'kindIndex']) {
    console.log(`${key.padEnd(14)} ${rows.map((r) => `${r.n}: ${r[key].toFixed(3)} ms`).join('; ')}  exponent ${exponent(rows, key).toFixed(2)}`);
  }
}
