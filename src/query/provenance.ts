import { knownSpan } from '../internal/arguments.js';
import { entries } from '../internal/entries.js';
import { memo, none } from '../internal/memo.js';
import type { Article, RecordEntry, RecordId } from '../model/article.js';
import type { Span, SpanText } from '../model/span.js';
import { getRecord } from './lookup.js';

/** A cache of each record's evidence with its text, filled as records are asked for. */
const newEvidenceCache = (): Map<string, readonly SpanText[]> => new Map();

const sentenceStarts = (article: Article): readonly number[] => article.sentences.map((s) => s.start);

function withText(text: string, span: Span): SpanText {
  return Object.freeze({ start: span.start, end: span.end, text: text.slice(span.start, span.end) });
}

/**
 * The evidence of a record, each span with the text it covers.
 *
 * @param article - the article to look in
 * @param id - any record id
 * @returns the record's evidence spans with their text, in the record's order
 * @example
 * evidenceOf(article, 'people-killed').map((s) => s.text); // => ['six', 'six people were killed']
 * @group Provenance
 */
export function evidenceOf<A extends Article>(article: A, id: RecordId<A>): readonly SpanText[] {
  const spans = memo(article, newEvidenceCache);
  let found = spans.get(id);
  if (found === undefined) {
    found = Object.freeze(getRecord(article, id).evidence.map((span) => withText(article.text, span)));
    spans.set(id, found);
  }
  return found;
}

/**
 * Where the records' evidence lies, for the questions "what covers this offset" and "what overlaps
 * this span", at any nesting of spans: the distinct span ends (`bounds`), a segment tree over the
 * segments between them whose nodes hold the records covering all of a node's segments (each span
 * is held by O(log s) nodes: `held[from[node]] … held[from[node + 1] - 1]`), and every span's start
 * with its record, sorted. Built in O(s log s) time and space for s evidence spans; `covering`
 * keeps the answers last asked for, up to CACHED records in all (so that sweeping every offset of
 * deeply nested spans, whose answers are long, does not keep them all).
 */
interface Coverage<A extends Article> {
  readonly all: readonly RecordEntry<A>[];
  readonly bounds: Float64Array;
  readonly leaves: number;
  readonly from: Int32Array;
  readonly held: Int32Array;
  readonly starts: Float64Array;
  readonly startOwner: Int32Array;
  readonly covering: Map<number, readonly RecordEntry<A>[]>;
  /** How many records the answers in `covering` hold, in all. */
  cached: number;
  /** The position of each entry in `all`. */
  readonly position: ReadonlyMap<RecordEntry<A>, number>;
}

const ascending = (a: number, b: number): number => a - b;

function coverage<A extends Article>(article: A): Coverage<A> {
  return memo(article, buildCoverage);
}

function buildCoverage<A extends Article>(article: A): Coverage<A> {
  const all = entries(article);
  // Every non-empty span: its record, start and end.
  const owner: number[] = [];
  const begin: number[] = [];
  const finish: number[] = [];
  for (let i = 0; i < all.length; i++) {
    const evidence = (all[i] as RecordEntry<A>).record.evidence;
    for (let j = 0; j < evidence.length; j++) {
      const span = evidence[j] as Span;
      if (span.end <= span.start) continue;
      owner.push(i);
      begin.push(span.start);
      finish.push(span.end);
    }
  }
  // Typed arrays sort numerically, natively; then each position once.
  const sorted = Float64Array.from([...begin, ...finish]).sort();
  let distinct = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[distinct++] = sorted[k] as number;
  const bounds = sorted.subarray(0, distinct);
  // Segment j runs from bounds[j] to bounds[j + 1]; leaves (a power of two) hold them, node 1 is the root.
  let leaves = 1;
  while (leaves < distinct) leaves *= 2;
  const nodes = 2 * leaves;
  // Each span covers segments lastAtOrBefore(start) … lastAtOrBefore(end) - 1: the nodes of its
  // canonical cover, counted in a first pass and written in a second.
  const count = new Int32Array(nodes + 1);
  const visit = (lo: number, hi: number, each: (node: number) => void): void => {
    for (let l = lo + leaves, h = hi + leaves; l < h; l >>= 1, h >>= 1) {
      if (l & 1) each(l++);
      if (h & 1) each(--h);
    }
  };
  const first = new Int32Array(owner.length);
  const last = new Int32Array(owner.length);
  for (let k = 0; k < owner.length; k++) {
    first[k] = lastAtOrBefore(bounds, begin[k] as number);
    last[k] = lastAtOrBefore(bounds, finish[k] as number);
    visit(first[k] as number, last[k] as number, (node) => {
      count[node + 1] = (count[node + 1] as number) + 1;
    });
  }
  const from = new Int32Array(nodes + 1);
  for (let node = 0; node < nodes; node++) from[node + 1] = (from[node] as number) + (count[node + 1] as number);
  const held = new Int32Array(from[nodes] as number);
  const next = from.slice(0, nodes);
  for (let k = 0; k < owner.length; k++) {
    visit(first[k] as number, last[k] as number, (node) => {
      held[next[node] as number] = owner[k] as number;
      next[node] = (next[node] as number) + 1;
    });
  }
  // Span starts in order, for the records a span overlaps without covering its start.
  const order = Array.from({ length: owner.length }, (_, k) => k).sort((x, y) => (begin[x] as number) - (begin[y] as number));
  const starts = Float64Array.from(order, (k) => begin[k] as number);
  const startOwner = Int32Array.from(order, (k) => owner[k] as number);
  const position = new Map<RecordEntry<A>, number>();
  for (let i = 0; i < all.length; i++) position.set(all[i] as RecordEntry<A>, i);
  return { all, bounds, leaves, from, held, starts, startOwner, covering: new Map(), cached: 0, position };
}

/** The most records the cached answers of one article hold, in all: about 8 MB of references. */
const CACHED = 1_000_000;

/** The records covering segment `segment`, in collection and text order: the nodes above its leaf. */
function coveringSegment<A extends Article>(c: Coverage<A>, segment: number): readonly RecordEntry<A>[] {
  let found = c.covering.get(segment);
  if (found !== undefined) return found;
  const ids = new Set<number>();
  for (let node = segment + c.leaves; node >= 1; node >>= 1) {
    for (let k = c.from[node] as number; k < (c.from[node + 1] as number); k++) ids.add(c.held[k] as number);
  }
  found = ids.size === 0 ? none : Object.freeze([...ids].sort(ascending).map((i) => c.all[i] as RecordEntry<A>));
  // The oldest answers go first (a Map iterates in insertion order), until this one fits or it is
  // the only one kept.
  for (const [oldest, answer] of c.covering) {
    if (c.cached + found.length <= CACHED) break;
    c.covering.delete(oldest);
    c.cached -= answer.length;
  }
  c.covering.set(segment, found);
  c.cached += found.length;
  return found;
}

/** Index of the last value `<= target` in an ascending array, or -1. */
function lastAtOrBefore(values: ArrayLike<number>, target: number): number {
  let lo = 0;
  let hi = values.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) <= target) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/**
 * The records whose evidence covers a character offset (`start <= offset < end`): what a
 * highlighting UI shows for the character under the pointer. In collection order, then text order.
 *
 * @param article - the article to look in
 * @param offset - a UTF-16 offset into `article.text`
 * @returns the records covering that offset, each with its collection
 * @example
 * recordsAt(article, article.text.indexOf('33')).map((e) => e.record.id);
 * // => ['russia-statement', 'drone-interception', 'drones-intercepted', 'russia-intercepted-drones']
 * @group Provenance
 */
export function recordsAt<A extends Article>(article: A, offset: number): readonly RecordEntry<A>[] {
  const c = coverage(article);
  const segment = lastAtOrBefore(c.bounds, offset);
  return segment < 0 ? none : coveringSegment(c, segment);
}

/**
 * The records whose evidence overlaps a span of the text: what a selection or a search result is
 * about. A record overlaps if any of its evidence spans shares a character with the span
 * (`start < span.end && span.start < end`), so "the canceled talks" finds the cancellation whose
 * evidence begins inside it, which `recordsAt(start)` misses. An empty span is a caret: the records
 * covering its offset, as `recordsAt` gives. In collection order, then text order. For a phrase,
 * find its span with `spanOf`.
 *
 * Built on the index `recordsAt` uses: O(log s + k) for k spans that cover its start or start inside it.
 *
 * @param article - the article to look in
 * @param target - any span of `article.text` (a selection, a search result, a record's evidence)
 * @returns the overlapping records, each with its collection
 * @throws {TypeError} if `target` is not a span: `start` and `end` numbers, `end` not before `start`
 * @example
 * recordsOverlapping(article, spanOf(article.text, 'the canceled talks')).map((e) => e.record.id);
 * // => ['summit-cancellation', 'budapest-summit', 'zelensky-reaction', 'russian-words-mean-nothing', 'russian-diplomacy-is-empty']
 * recordsOverlapping(article, { start: 1509, end: 1527 }).length; // => 5 (the canceled talks)
 * @group Provenance
 */
export function recordsOverlapping<A extends Article>(article: A, target: Span): readonly RecordEntry<A>[] {
  const span = knownSpan(target);
  const c = coverage(article);
  const segment = lastAtOrBefore(c.bounds, span.start);
  const covering = segment < 0 ? none : coveringSegment(c, segment);
  // Every record covering the start, then every record with a span starting after it, before the end.
  const found = new Set<number>();
  for (let k = lastAtOrBefore(c.starts, span.start) + 1; k < c.starts.length && (c.starts[k] as number) < span.end; k++) {
    found.add(c.startOwner[k] as number);
  }
  if (found.size === 0) return covering;
  for (const entry of covering) found.add(c.position.get(entry) as number);
  return Object.freeze([...found].sort(ascending).map((i) => c.all[i] as RecordEntry<A>));
}

/**
 * The sentences a span overlaps, each with its text: usually one.
 *
 * @param article - the article to look in
 * @param target - any span of `article.text` (a record's evidence, a quote's span, a selection)
 * @returns the overlapping sentences, in order
 * @throws {TypeError} if `target` is not a span: `start` and `end` numbers, `end` not before `start`
 * @example
 * sentencesOf(article, getQuote(article, 'wasted-meeting').span)[0]?.text.slice(0, 32);
 * // => 'However, he abandoned the plans,'
 * @group Provenance
 */
export function sentencesOf(article: Article, target: Span): readonly SpanText[] {
  const span = knownSpan(target);
  const starts = memo(article, sentenceStarts);
  // An empty span is a caret: it is in the sentence whose characters include its offset.
  const end = Math.max(span.end, span.start + 1);
  const result: SpanText[] = [];
  for (let i = Math.max(0, lastAtOrBefore(starts, span.start)); i < article.sentences.length; i++) {
    const sentence = article.sentences[i] as Span;
    if (sentence.start >= end) break;
    if (sentence.end > span.start) result.push(withText(article.text, sentence));
  }
  return result.length === 0 ? none : Object.freeze(result);
}
