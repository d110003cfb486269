// `npm run bench`: what the package costs its users, each figure beside its floor and target.
// Needs dist/ (`npm run bench` builds first) and --expose-gc for the memory rows. Prints one table.
// Scaling rows: see bench/scaling.mjs for the method.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Bench } from 'tinybench';
import { helpers, measureSizes } from './sizes.mjs';
import { exponent, measureScaling } from './scaling.mjs';
import { syntheticInput } from './synthetic.mjs';

const root = resolve(import.meta.dirname, '..');
const distJs = join(root, 'dist/index.js');
const pkg = await import(distJs);
const { article } = pkg;
const rows = [];
const row = (figure, value, floor, target, met) => rows.push({ figure, value, floor, target, verdict: met === null ? '—' : met ? 'met' : 'MISSED' });
const kb = (b) => `${b} B`;
const ns = (t) => (t < 1000 ? `${t.toFixed(0)} ns` : t < 1e6 ? `${(t / 1000).toFixed(2)} µs` : `${(t / 1e6).toFixed(2)} ms`);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]; };
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
const tPkg = [], tEmpty = [];
for (let i = 0; i < runs; i++) { tEmpty.push(timeImport(emptyMod)); tPkg.push(timeImport(distJs)); }
const extra = median(tPkg) - median(tEmpty);
row('import cost (median of 30)', `${median(tPkg).toFixed(2)} ms`, `${median(tEmpty).toFixed(2)} ms empty`, '≤ 2 ms extra', extra <= 2);

// 3. Query speed, warm, on the frozen built-in article, beside plain loops.
const { getActor, eventsOfType, quotesBy, recordsAt, timeline } = pkg;
const collections = ['actors', 'places', 'events', 'quotes', 'statistics', 'claims'];
const offset = article.text.indexOf('33');
const loops = {
  lookup: () => { for (const a of article.actors) if (a.id === 'zelensky') return a; },
  filter: () => article.events.filter((e) => e.type === 'statement'),
  quotes: () => article.quotes.filter((q) => q.speaker === 'zelensky'),
  at: () => { const out = []; for (const c of collections) for (const r of article[c]) if (r.evidence.some((sp) => sp.start <= offset && offset < sp.end)) out.push(r); return out; },
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
const batched = (fn) => () => { for (let i = 0; i < batch; i++) sink = fn(); };
for (const [name, fn, loop] of cases) { bench.add(name, batched(fn)); bench.add(`${name} (loop)`, batched(loop)); }
await bench.run();
globalThis.sink = sink;
const perOp = (name) => (bench.tasks.find((t) => t.name === name).result.latency.p50 * 1e6) / batch;
for (const [name, , , target] of cases) {
  const t = perOp(name);
  row(`query: ${name}`, ns(t), `${ns(perOp(`${name} (loop)`))} plain loop${name === 'timeline' ? ' (sort by text order only)' : ''}`, target === null ? '—' : `≤ ${ns(target)}`, target === null ? null : t <= target);
}

// 4. Type-check cost of a consumer calling every helper, minus an empty consumer.
const tsc = join(root, 'node_modules/.bin/tsc');
const tsconfig = { compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', skipLibCheck: true, types: [] }, files: ['consumer.ts'] };
const diag = (dir) => {
  const out = spawnSync(tsc, ['-p', dir, '--extendedDiagnostics'], { encoding: 'utf8' }).stdout;
  const num = (label) => Number((out.match(new RegExp(`${label}:\\s+([\\d.]+)`)) ?? [])[1]);
  const errors = (out.match(/error TS\d+/g) ?? []).length;
  return { inst: num('Instantiations'), check: num('Check time') * 1000, errors, deep: /excessively deep/.test(out), out };
};
const consumer = (dir, body, repeat = false) => {
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  writeFileSync(join(dir, 'consumer.ts'), body);
  if (!repeat) return diag(dir);
  // Check time is noisy on a busy machine: the median of five runs (instantiations are exact).
  const ds = Array.from({ length: 5 }, () => diag(dir));
  return { ...ds[0], check: median(ds.map((d) => d.check)) };
};
const mk = (name) => { const d = join(tmp, name); execFileSync('mkdir', ['-p', d]); return d; };
const imp = `import * as p from ${JSON.stringify(distJs)};\nconst a = p.article;\n`;
const every = `${imp}export const r = [
p.getActor(a, 'zelensky'), p.getPlace(a, 'kyiv'), p.getEvent(a, 'overnight-strikes'), p.getQuote(a, 'wasted-meeting'),
p.getStatistic(a, 'people-killed'), p.getClaim(a, 'invasion-aims'), p.getRecord(a, 'budapest'),
p.findActor(a, 'x'), p.findPlace(a, 'x'), p.findEvent(a, 'x'), p.findQuote(a, 'x'), p.findStatistic(a, 'x'), p.findClaim(a, 'x'), p.findRecord(a, 'x'),
p.eventsOfType(a, 'statement'), p.actorsOfKind(a, 'person'), p.quotesBy(a, 'zelensky'), p.statisticsAbout(a, 'overnight-strikes'),
p.partsOf(a, 'people-killed'), p.eventsInvolving(a, 'trump', 'agent'), p.claimsBy(a, 'putin'), p.mentioning(a, 'budapest'),
p.evidenceOf(a, 'zelensky'), p.recordsAt(a, 0), p.sentencesOf(a, { start: 0, end: 1 }), p.timeline(a),
] as const;\n`;
const empty = consumer(mk('tc-empty'), `${imp}export const r = a;\n`, true);
const full = consumer(mk('tc-full'), every, true);
if (full.errors) console.error(full.out);
row('type-check: instantiations', `${full.inst - empty.inst} extra`, `${empty.inst} empty consumer`, '≤ 5,000 extra', full.inst - empty.inst <= 5000 && !full.errors);
row('type-check: check time (median of 5)', `${(full.check - empty.check).toFixed(0)} ms extra`, `${empty.check.toFixed(0)} ms empty consumer`, '≤ 100 ms extra', full.check - empty.check <= 100);

// 5. Runtime scaling with defineArticle-built synthetic articles (method: bench/scaling.mjs).
const scale = measureScaling(pkg);
const floorExponent = exponent(scale, 'floor');
row('scaling: plain loop (floor)', scale.map((r) => `${r.n}: ${r.floor.toFixed(2)} ms`).join('; '), `exponent ${floorExponent.toFixed(2)}`, 'reported', null);
for (const [key, label] of [['validate', 'validate'], ['define', 'defineArticle'], ['lookupIndex', 'first lookup (id index build)'], ['coverageIndex', 'first recordsAt (coverage build)'], ['kindIndex', 'first actorsOfKind (group build)']]) {
  const e = exponent(scale, key);
  row(`scaling: ${label}`, scale.map((r) => `${r.n}: ${r[key].toFixed(2)} ms`).join('; '), `exponent ${e.toFixed(2)} (floor ${floorExponent.toFixed(2)})`, 'exponent ≤ 1.1 (10³→10⁵)', e <= 1.1);
}
row('scaling: lookup / recordsAt per call', scale.map((r) => `${r.n}: ${ns(r.lookup)} / ${ns(r.at)}`).join('; '), '—', 'flat', null);
row('scaling: heap after define / + indexes', scale.map((r) => `${r.n}: ${(r.heapArticle / 1048576).toFixed(1)} / ${(r.heapIdx / 1048576).toFixed(1)} MB`).join('; '), '—', 'reported', null);

// 6. Type scaling: synthetic articles with literal ids, type-checked with a consumer.
const typeRows = [];
for (const n of [100, 1000, 5000]) {
  const dir = mk(`ts-${n}`);
  const body = `import { defineArticle, getActor, actorsOfKind } from ${JSON.stringify(distJs)};
const mine = defineArticle(${JSON.stringify(syntheticInput(n))});
export const last = getActor(mine, 'p${n - 1}').name;
export const people = actorsOfKind(mine, 'person').length;
`;
  const d = consumer(dir, body);
  typeRows.push({ n, ...d });
}
const perId = typeRows.map((r) => (r.inst - empty.inst) / r.n);
const linear = perId[2] <= perId[0] * 1.5 + 1;
row('type scaling: instantiations', typeRows.map((r) => `${r.n}: ${r.inst - empty.inst}`).join('; '), `per id: ${perId.map((x) => x.toFixed(1)).join(', ')}`, 'at most linear', linear);
row('type scaling: check time, errors', typeRows.map((r) => `${r.n}: ${(r.check - empty.check).toFixed(0)} ms, ${r.errors} err${r.deep ? ' (excessively deep)' : ''}`).join('; '), '—', 'no "excessively deep"', typeRows.every((r) => !r.deep && !r.errors));

// The table.
const head = ['figure', 'measured', 'floor / comparison', 'target', ''];
const body = rows.map((r) => [r.figure, r.value, r.floor, r.target, r.verdict]);
console.log(`| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|`);
for (const r of body) console.log(`| ${r.join(' | ')} |`);
console.log(`\nNode ${process.version}, ${cpus()[0]?.model} ×${cpus().length}, load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}, ${new Date().toISOString()}, ${((performance.now() - started) / 1000).toFixed(0)} s`);
