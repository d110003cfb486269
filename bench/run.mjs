// `npm run bench`: what the package costs its users, each figure beside its floor and target.
// Needs dist/ (`npm run bench` builds first) and --expose-gc for the memory rows. Prints one table.
// Scaling rows: see bench/scaling.mjs for the method.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Bench } from 'tinybench';
import { loadPackage } from './package.mjs';
import { helpers, measureSizes } from './sizes.mjs';
import { exponent, measureScaling } from './scaling.mjs';
import { definedConsumer, measure, storyConsumers } from './typecheck.mjs';

const root = resolve(import.meta.dirname, '..');
const distJs = join(root, 'dist/index.js');
const pkg = await loadPackage(distJs);
const { article } = pkg;
const rows = [];
const row = (figure, value, floor, target, met) => rows.push({ figure, value, floor, target, verdict: met === null ? '—' : met ? 'met' : 'MISSED' });
const kb = (b) => `${b} B`;
const ns = (t) => (t < 1000 ? `${t.toFixed(0)} ns` : t < 1e6 ? `${(t / 1000).toFixed(2)} µs` : `${(t / 1e6).toFixed(2)} ms`);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
};
const started = performance.now();
const tmp = mkdtempSync(join(tmpdir(), 'ues-bench-run-'));

// 1. Bundle sizes.
const s = measureSizes();
const ratio = s.data.brotli / s.json.brotli;
const ratioGz = s.data.gzip / s.json.gzip;
row('data bundle, brotli', kb(s.data.brotli), `${kb(s.json.brotli)} JSON (×${ratio.toFixed(3)})`, '≤ 1.10 × JSON', ratio <= 1.1);
row('data bundle, gzip', kb(s.data.gzip), `${kb(s.json.gzip)} JSON (×${ratioGz.toFixed(3)})`, '≤ 1.10 × JSON', ratioGz <= 1.1);
row('all helpers, brotli', kb(s.all.brotli), '—', '≤ 3072 B', s.all.brotli <= 3072);
for (const h of helpers) row(`  ${h}, brotli`, kb(s.each[h].brotli), '—', '≤ 1024 B', s.each[h].brotli <= 1024);
for (const [h, v] of Object.entries(s.extra)) row(`  ${h}, brotli (extra)`, kb(v.brotli), '—', '—', null);

// 2. Import cost: fresh processes, interleaved, median of 30.
const emptyMod = join(tmp, 'empty.mjs');
writeFileSync(emptyMod, 'export {};\n');
const timeImport = (file) => {
  const code = `const t = performance.now(); await import(${JSON.stringify(file)}); console.log(performance.now() - t);`;
  return Number(spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' }).stdout);
};
const runs = 30;
const tPkg = [],
  tEmpty = [];
for (let i = 0; i < runs; i++) {
  tEmpty.push(timeImport(emptyMod));
  tPkg.push(timeImport(distJs));
}
const extra = median(tPkg) - median(tEmpty);
row('import cost (median of 30)', `${median(tPkg).toFixed(2)} ms`, `${median(tEmpty).toFixed(2)} ms empty`, '≤ 2 ms extra', extra <= 2);

// 3. Query speed, warm, on the frozen built-in article, beside plain loops.
const { getActor, eventsOfType, quotesBy, recordsAt, timeline } = pkg;
const collections = ['actors', 'places', 'events', 'quotes', 'statistics', 'claims'];
const offset = article.text.indexOf('33');
const loops = {
  lookup: () => {
    for (const a of article.actors) if (a.id === 'zelensky') return a;
  },
  filter: () => article.events.filter((e) => e.type === 'statement'),
  quotes: () => article.quotes.filter((q) => q.speaker === 'zelensky'),
  at: () => {
    const out = [];
    for (const c of collections) for (const r of article[c]) if (r.evidence.some((sp) => sp.start <= offset && offset < sp.end)) out.push(r);
    return out;
  },
  timeline: () => [...article.events].sort((a, b) => a.evidence[0].start - b.evidence[0].start),
};
const cases = [
  ['lookup by id', () => getActor(article, 'zelensky'), loops.lookup, 100],
  ['narrowing filter', () => eventsOfType(article, 'statement'), loops.filter, null],
  ['quotes by speaker', () => quotesBy(article, 'zelensky'), loops.quotes, null],
  ['records at an offset', () => recordsAt(article, offset), loops.at, 1000],
  ['timeline', () => timeline(article), loops.timeline, 20000],
];
const bench = new Bench({ time: 300, warmup: true, warmupTime: 100 });
// Each task makes `batch` calls, so the figure is not the timer's resolution; sink keeps results live.
const batch = 100;
let sink;
const batched = (fn) => () => {
  for (let i = 0; i < batch; i++) sink = fn();
};
for (const [name, fn, loop] of cases) {
  bench.add(name, batched(fn));
  bench.add(`${name} (loop)`, batched(loop));
}
await bench.run();
globalThis.sink = sink;
const perOp = (name) => (bench.tasks.find((t) => t.name === name).result.latency.p50 * 1e6) / batch;
for (const [name, , , target] of cases) {
  const t = perOp(name);
  row(
    `query: ${name}`,
    ns(t),
    `${ns(perOp(`${name} (loop)`))} plain loop${name === 'timeline' ? ' (sort by text order only)' : ''}`,
    target === null ? '—' : `≤ ${ns(target)}`,
    target === null ? null : t <= target,
  );
}

// 4. Type-check cost of a consumer calling every helper, minus an empty consumer (bench/typecheck.mjs:
// TypeScript's Check phase in fresh processes, the two consumers alternating; medians).
const tc = storyConsumers(distJs);
const [empty, full] = measure([tc.empty, tc.every], 15);
if (full.errors) console.error(full.text);
row(
  'type-check: instantiations',
  `${full.instantiations - empty.instantiations} extra`,
  `${empty.instantiations} empty consumer`,
  '≤ 5,000 extra',
  full.instantiations - empty.instantiations <= 5000 && !full.errors,
);
row(
  'type-check: check time (median of 15)',
  `${(full.check - empty.check).toFixed(1)} ms extra`,
  `${empty.check.toFixed(1)} ms empty consumer`,
  '≤ 100 ms extra',
  full.check - empty.check <= 100,
);

// 5. Runtime scaling with defineArticle-built synthetic articles (method: bench/scaling.mjs).
const scale = measureScaling(pkg);
const floorExponent = exponent(scale, 'floor');
row('scaling: plain loop (floor)', scale.map((r) => `${r.n}: ${r.floor.toFixed(2)} ms`).join('; '), `exponent ${floorExponent.toFixed(2)}`, 'reported', null);
for (const [key, label] of [
  ['validate', 'validate'],
  ['define', 'defineArticle'],
  ['lookupIndex', 'first lookup (id index build)'],
  ['coverageIndex', 'first recordsAt (coverage build)'],
  ['kindIndex', 'first actorsOfKind (group build)'],
]) {
  const e = exponent(scale, key);
  row(
    `scaling: ${label}`,
    scale.map((r) => `${r.n}: ${r[key].toFixed(2)} ms`).join('; '),
    `exponent ${e.toFixed(2)} (floor ${floorExponent.toFixed(2)})`,
    'exponent ≤ 1.1 (10³→10⁵)',
    e <= 1.1,
  );
}
row('scaling: lookup / recordsAt per call', scale.map((r) => `${r.n}: ${ns(r.lookup)} / ${ns(r.at)}`).join('; '), '—', 'flat', null);
row(
  'scaling: heap after define / + indexes',
  scale.map((r) => `${r.n}: ${(r.heapArticle / 1048576).toFixed(1)} / ${(r.heapIdx / 1048576).toFixed(1)} MB`).join('; '),
  '—',
  'reported',
  null,
);

// 6. Type scaling: synthetic articles with literal ids, type-checked with a consumer.
const typeRows = [100, 1000, 5000].map((n) => ({ n, ...measure([definedConsumer(distJs, n)], 3)[0] }));
const perId = typeRows.map((r) => (r.instantiations - empty.instantiations) / r.n);
const linear = perId[2] <= perId[0] * 1.5 + 1;
row(
  'type scaling: instantiations',
  typeRows.map((r) => `${r.n}: ${r.instantiations - empty.instantiations}`).join('; '),
  `per id: ${perId.map((x) => x.toFixed(1)).join(', ')}`,
  'at most linear',
  linear,
);
row(
  'type scaling: check time, errors',
  typeRows.map((r) => `${r.n}: ${(r.check - empty.check).toFixed(0)} ms, ${r.errors} err${r.deep ? ' (excessively deep)' : ''}`).join('; '),
  '—',
  'no "excessively deep"',
  typeRows.every((r) => !r.deep && !r.errors),
);

// The table.
const head = ['figure', 'measured', 'floor / comparison', 'target', ''];
const body = rows.map((r) => [r.figure, r.value, r.floor, r.target, r.verdict]);
console.log(`| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|`);
for (const r of body) console.log(`| ${r.join(' | ')} |`);
console.log(
  `\nNode ${process.version}, ${cpus()[0]?.model} ×${cpus().length}, load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}, ${new Date().toISOString()}, ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
