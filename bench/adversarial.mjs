// Adversarial scaling: for every public function, the shape of input that costs it the most (nested
// and overlapping spans, long relation and part-of chains, many facts or references on one record,
// many near-duplicate ids behind "did you mean", repetitive text, …), at 10³, 10⁴ and 10⁵ of that
// shape, and how time and retained memory grow: the exponent log(x(10⁵) / x(10³)) / log(100),
// against ≤ 1.2 for time and ≤ 1.1 for memory. Needs --expose-gc.
//
//   node --expose-gc bench/adversarial.mjs [dist/index.js] [--only name,name]   (default: this build)
//
// Method: at each size the input is built first, untimed. A function that builds an index on its
// first call is timed on a fresh (unfrozen) shallow copy of the article each call (indexes are kept
// per frozen article object only), so every call pays the build. Each sample times a batch of ⌈10⁴ / n⌉ calls
// after a gc(); the figure is the median of 5 samples (3 at 10⁵), per call. Memory is the heap
// retained by a call's result and the indexes it built (on a copy validateArticle made, which keeps them), after
// a gc(), per call, over as many calls as make 10⁵ records in all. The floor row is the least an index does — read each record's id and spans, put
// the id in a Map — timed the same way: on a given machine cache misses and garbage collection
// alone raise its exponent above 1, and an index near the floor scales linearly.
import { resolve } from 'node:path';
import { loadPackage } from './package.mjs';

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : null;
const distArg = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--only');
const dist = resolve(distArg ?? new URL('../dist/index.js', import.meta.url).pathname);
const pkg = await loadPackage(dist);
const gc = globalThis.gc ?? (() => {});
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
export const sizes = [1000, 10000, 100000];

// ---- Shapes. Each builds a valid article (plain data) of n records of one adversarial kind.

/** Text of n sentences "Word i." and a person per sentence; the shared skeleton of every shape. */
function skeleton(n, { sentenceText = (i) => `Word ${i}.` } = {}) {
  let text = 'Herald: ';
  const sentences = [];
  const words = [];
  for (let i = 0; i < n; i++) {
    const start = text.length;
    const sentence = sentenceText(i);
    text += `${sentence} `;
    sentences.push({ start, end: start + sentence.length });
    words.push({ start, end: start + sentence.indexOf('.') });
  }
  text = text.trimEnd();
  sentences[0] = { start: 0, end: sentences[0].end };
  return {
    id: `adversarial-${n}`,
    publisher: { actor: 'herald', name: 'Herald', evidence: [{ start: 0, end: 6 }] },
    language: 'en',
    text,
    paragraphs: [{ start: 0, end: text.length }],
    sentences,
    actors: [{ kind: 'organisation', id: 'herald', name: 'Herald', aliases: ['Herald'], partOf: null, evidence: [{ start: 0, end: 6 }] }],
    places: [],
    events: [],
    quotes: [],
    statistics: [],
    claims: [],
    context: null,
    ambiguities: [],
    words,
  };
}
const finish = ({ words, ...article }) => article;
/** A person whose aliases are the words of its evidence, as the validator requires (SPAN_NOT_AN_ALIAS). */
const person = (a, id, evidence) => ({
  kind: 'person',
  id,
  name: id,
  aliases: [...new Set(evidence.map((s) => a.text.slice(s.start, s.end)))],
  titles: [],
  evidence,
});

/** n persons whose ids differ in one character from each other and from a near miss. */
function nearDuplicates(n) {
  const a = skeleton(n);
  for (let i = 0; i < n; i++) a.actors.push(person(a, `person-${String(i).padStart(6, '0')}`, [a.words[i]]));
  return finish(a);
}

/** n persons whose spans nest: person i covers the text from sentence i to the end of sentence n - 1 - i. */
function nested(n) {
  const a = skeleton(2 * n);
  for (let i = 0; i < n; i++) {
    a.actors.push(person(a, `p${i}`, [{ start: a.words[i].start, end: a.sentences[2 * n - 1 - i].end }]));
  }
  return finish(a);
}

/** n events, each after the one before, each with a date, all involving one person as agent. */
function chain(n) {
  const a = skeleton(n);
  a.actors.push(person(a, 'ann', [a.words[0]]));
  for (let i = 0; i < n; i++) {
    a.events.push({
      type: 'meeting',
      id: `e${i}`,
      summary: `Meeting ${i}`,
      status: 'occurred',
      cameo: { code: '040', note: 'n' },
      acled: null,
      participants: [{ actor: 'ann', role: 'agent', basis: 'stated', evidence: [a.words[i]] }],
      places: [],
      time: [{ kind: 'month', normalized: `${2000 + (Math.floor(i / 12) % 100)}-${String((i % 12) + 1).padStart(2, '0')}`, evidence: [a.words[i]] }],
      attribution: [{ source: 'herald', mode: 'narrated', evidence: [a.words[i]] }],
      // Each after the one before: the dates keep the order the relations give.
      relations: i === 0 ? [] : [{ type: 'after', event: `e${i - 1}`, basis: 'stated', evidence: [a.words[i]] }],
      evidence: [a.words[i]],
    });
  }
  // Dates must not contradict the relations: give every event one month, then the chain alone orders.
  for (const e of a.events) e.time[0].normalized = '2020-01';
  return finish(a);
}

/** n statistics, each part of the one before. */
function partChain(n) {
  const a = skeleton(n);
  for (let i = 0; i < n; i++) {
    a.statistics.push({
      id: `s${i}`,
      measure: `m${i}`,
      value: { kind: 'exact', value: i },
      unit: null,
      qualifiers: [],
      time: [],
      attribution: [],
      about: [],
      partOf: i === 0 ? null : { id: `s${i - 1}`, basis: 'stated', evidence: [a.words[i]] },
      evidence: [a.words[i]],
    });
  }
  return finish(a);
}

/** One claim about n persons, one event with n participants, one person with n spans and n facts. */
function wide(n) {
  const a = skeleton(n);
  for (let i = 0; i < n; i++) a.actors.push(person(a, `p${i}`, [a.words[i]]));
  a.actors[1].evidence = a.words.slice();
  a.events.push({
    type: 'meeting',
    id: 'big-meeting',
    summary: 'All met.',
    status: 'occurred',
    cameo: { code: '040', note: 'n' },
    acled: null,
    participants: a.actors.slice(1).map((p, i) => ({ actor: p.id, role: 'participant', basis: 'stated', evidence: [a.words[i]] })),
    places: [],
    time: [],
    attribution: [],
    relations: [],
    evidence: [a.words[0]],
  });
  a.claims.push({ id: 'about-everyone', summary: 's', attribution: [], about: a.actors.slice(1).map((p) => p.id), relations: [], evidence: [a.words[0]] });
  a.context = {
    sources: [{ id: 'wikidata', name: 'Wikidata', url: 'https://www.wikidata.org/', published: null }],
    facts: Array.from({ length: n }, (_, i) => ({ kind: 'wikidata', record: 'p0', qid: `Q${i + 1}`, source: 'wikidata' })),
  };
  return finish(a);
}

/** n persons in a text that is one sentence repeated: every quote selector must widen to be unique. */
function repeats(n) {
  const a = skeleton(n, { sentenceText: () => 'Ann met Bo.' });
  for (let i = 0; i < n; i++) a.actors.push(person(a, `p${i}`, [a.words[i]]));
  return finish(a);
}

// ---- Rows: a function, the shape that costs it most, and how to call it.
const define = (shape) => (n) => pkg.defineArticle(shape(n));
// A shallow copy: a new object, so no index is kept from a call before, and not one the package
// froze, so none is kept after; for the memory figure, a copy validateArticle made (made before the
// heap is measured), so that the index is kept and counted.
const fresh = (article) => (keep) => (keep ? pkg.validateArticle(article).article : { ...article });
/** The least an index over the records does: read each record's id and spans, and put the id in a Map. */
function floor(article) {
  const ids = new Map();
  let covered = 0;
  for (const record of article.actors) {
    for (const span of record.evidence) covered += span.end - span.start;
    ids.set(record.id, record);
  }
  return covered + ids.size;
}

const rows = [
  { name: 'floor (plain loop)', shape: 'near-duplicate ids', make: define(nearDuplicates), arg: fresh, call: floor, always: true },
  { name: 'validateArticle', shape: 'part-of chain', make: partChain, arg: (input) => () => input, call: (x) => pkg.validateArticle(x) },
  { name: 'validateArticle', shape: 'relation chain', make: chain, arg: (input) => () => input, call: (x) => pkg.validateArticle(x) },
  { name: 'validateArticle', shape: 'wide records', make: wide, arg: (input) => () => input, call: (x) => pkg.validateArticle(x) },
  {
    name: 'validateArticle',
    shape: '50 unknown near-duplicate ids',
    make: (n) => {
      const a = nearDuplicates(n);
      a.claims.push({
        id: 'c',
        summary: 's',
        attribution: [],
        about: Array.from({ length: 50 }, (_, i) => `person-${String(i).padStart(5, '0')}x`),
        relations: [],
        evidence: [{ start: 0, end: 6 }],
      });
      return a;
    },
    arg: (input) => () => input,
    call: (x) => pkg.validateArticle(x),
  },
  { name: 'defineArticle', shape: 'nested spans', make: nested, arg: (input) => () => input, call: (x) => pkg.defineArticle(x) },
  { name: 'getActor (first call)', shape: 'near-duplicate ids', make: define(nearDuplicates), arg: fresh, call: (a) => pkg.getActor(a, 'person-000000') },
  {
    name: 'getActor (unknown id)',
    shape: 'near-duplicate ids',
    make: define(nearDuplicates),
    arg: (a) => () => a,
    call: (a) => {
      try {
        pkg.getActor(a, 'person-00000x');
      } catch (error) {
        return error;
      }
    },
  },
  { name: 'findRecord (first call)', shape: 'near-duplicate ids', make: define(nearDuplicates), arg: fresh, call: (a) => pkg.findRecord(a, 'x') },
  { name: 'eventsOfType', shape: 'relation chain', make: define(chain), arg: fresh, call: (a) => pkg.eventsOfType(a, 'meeting') },
  { name: 'actorsOfKind', shape: 'near-duplicate ids', make: define(nearDuplicates), arg: fresh, call: (a) => pkg.actorsOfKind(a, 'person') },
  { name: 'quotesBy', shape: 'near-duplicate ids', make: define(nearDuplicates), arg: fresh, call: (a) => pkg.quotesBy(a, 'herald') },
  { name: 'statisticsAbout', shape: 'relation chain', make: define(chain), arg: fresh, call: (a) => pkg.statisticsAbout(a, 'e0') },
  { name: 'partsOf', shape: 'part-of chain', make: define(partChain), arg: fresh, call: (a) => pkg.partsOf(a, 's0') },
  { name: 'eventsInvolving', shape: 'wide records', make: define(wide), arg: fresh, call: (a) => pkg.eventsInvolving(a, 'p0', 'participant') },
  { name: 'claimsBy', shape: 'wide records', make: define(wide), arg: fresh, call: (a) => pkg.claimsBy(a, 'herald') },
  { name: 'mentioning', shape: 'wide records', make: define(wide), arg: fresh, call: (a) => pkg.mentioning(a, 'p0') },
  { name: 'evidenceOf', shape: 'wide records (n spans)', make: define(wide), arg: fresh, call: (a) => pkg.evidenceOf(a, 'p0') },
  { name: 'recordsAt', shape: 'nested spans', make: define(nested), arg: fresh, call: (a) => pkg.recordsAt(a, a.sentences[a.sentences.length >> 1].start) },
  {
    name: 'recordsOverlapping',
    shape: 'nested spans',
    make: define(nested),
    arg: fresh,
    call: (a) => pkg.recordsOverlapping(a, { start: 0, end: a.text.length }),
  },
  {
    name: 'sentencesOf',
    shape: 'n sentences in one span',
    make: define(nested),
    arg: fresh,
    call: (a) => pkg.sentencesOf(a, { start: 0, end: a.text.length }),
  },
  { name: 'timeline', shape: 'relation chain', make: define(chain), arg: fresh, call: (a) => pkg.timeline(a) },
  { name: 'factsAbout', shape: 'n facts on one record', make: define(wide), arg: fresh, call: (a) => pkg.factsAbout(a, 'p0') },
  {
    name: 'spanOf',
    shape: "phrase 'a'×(n/10)+'b' in 'a'×n",
    make: (n) => ({ text: 'a'.repeat(n), phrase: `${'a'.repeat(n / 10)}b` }),
    arg: (x) => () => x,
    call: ({ text, phrase }) => {
      try {
        pkg.spanOf(text, phrase);
      } catch (error) {
        return error;
      }
    },
  },
  {
    name: 'formatAttribution',
    shape: 'near-duplicate ids',
    make: define(nearDuplicates),
    arg: fresh,
    call: (a) => pkg.formatAttribution(a, { source: 'herald', mode: 'narrated', evidence: [{ start: 0, end: 1 }] }),
  },
  {
    name: 'formatQuantity',
    shape: '(constant work)',
    make: () => ({ kind: 'range', min: { value: 1e6, inclusive: true }, max: null, reading: '' }),
    arg: (q) => () => q,
    call: (q) => pkg.formatQuantity(q, 'people'),
  },
  { name: 'toJsonLd', shape: 'wide records (n facts on one record)', make: define(wide), arg: (a) => () => a, call: (a) => pkg.toJsonLd(a) },
  { name: 'toJsonLdScript', shape: 'wide records', make: define(wide), arg: (a) => () => a, call: (a) => pkg.toJsonLdScript(a) },
  { name: 'toWebAnnotations', shape: 'repetitive text', make: define(repeats), arg: (a) => () => a, call: (a) => pkg.toWebAnnotations(a) },
];

/** Time (ms per call) and retained heap (bytes) of one row at one size; `null` where the build lacks the function. */
function measure(row, n) {
  const input = row.make(n);
  const arg = row.arg(input);
  const batch = Math.max(1, Math.ceil(1e4 / n));
  row.call(arg());
  const times = [];
  for (let s = 0; s < (n >= 100000 ? 3 : 5); s++) {
    const xs = Array.from({ length: batch }, () => arg(false));
    gc();
    const t = performance.now();
    for (const x of xs) row.call(x);
    times.push((performance.now() - t) / batch);
  }
  // Memory: as many calls as make 10⁵ records in all (100 at 10³, one at 10⁵), each result kept, so
  // that the figure stands well above the heap's noise; per call.
  const copies = Math.max(1, Math.ceil(1e5 / n));
  const xs = Array.from({ length: copies }, () => arg(true));
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = xs.map((x) => row.call(x));
  gc();
  const retained = Math.max(1, (process.memoryUsage().heapUsed - before) / copies);
  globalThis.sink = [xs, kept];
  return { ms: median(times), retained };
}

export function exponentOf(a, b, n0 = 1000, n1 = 100000) {
  return Math.log(b / a) / Math.log(n1 / n0);
}

const results = [];
for (const row of rows) {
  if (only !== null && !only.includes(row.name)) continue;
  const fn = row.name.split(' ')[0];
  if (!row.always && typeof pkg[fn] !== 'function') {
    results.push({ ...row, missing: true });
    continue;
  }
  const points = [];
  for (const n of sizes) {
    try {
      points.push({ n, ...measure(row, n) });
    } catch (error) {
      points.push({ n, error: String(error).slice(0, 80) });
      break;
    }
  }
  results.push({ ...row, points });
  const ok = points.filter((p) => p.ms !== undefined);
  const t = ok.length === 3 ? exponentOf(ok[0].ms, ok[2].ms).toFixed(2) : '—';
  const m = ok.length === 3 ? exponentOf(ok[0].retained, ok[2].retained).toFixed(2) : '—';
  const cells = points.map((p) =>
    p.ms === undefined ? `${p.n}: ${p.error}` : `${p.n}: ${p.ms < 1 ? p.ms.toFixed(3) : p.ms.toFixed(1)} ms, ${(p.retained / 1048576).toFixed(1)} MB`,
  );
  console.log(`| ${row.name} | ${row.shape} | ${cells.join('; ')} | time ${t} | memory ${m} |`);
}
for (const r of results.filter((r) => r.missing)) console.log(`| ${r.name} | ${r.shape} | (not in this build) | — | — |`);
