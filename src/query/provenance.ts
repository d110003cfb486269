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

/** Boundaries at which the set of covering records changes, and the set after each boundary. */
interface Coverage<A extends Article> {
  readonly bounds: Float64Array;
  readonly covering: readonly (readonly RecordEntry<A>[])[];
}

const ascending = (a: number, b: number): number => a - b;

/**
 * Built in O(s log s) for s evidence spans, in flat arrays: the span ends sorted as numbers, each
 * change put in the bucket of its boundary, then one sweep. (An object and a list per span end, and
 * a sort with a comparator, made it about 1.7 times slower at 10⁵ records, much of it in collecting
 * the garbage.)
 */
function coverage<A extends Article>(article: A): Coverage<A> {
  return memo(article, buildCoverage);
}

function buildCoverage<A extends Article>(article: A): Coverage<A> {
  const all = entries(article);
  // Each non-empty span of entry i adds i to the covering set at its start and removes it at its
  // end: change 2i + 1 and change 2i, at positions[k] for changes[k].
  const positions: number[] = [];
  const changes: number[] = [];
  for (let i = 0; i < all.length; i++) {
    const evidence = (all[i] as RecordEntry<A>).record.evidence;
    for (let j = 0; j < evidence.length; j++) {
      const span = evidence[j] as Span;
      if (span.end <= span.start) continue;
      positions.push(span.start, span.end);
      changes.push(2 * i + 1, 2 * i);
    }
  }
  // Typed arrays sort numerically, natively; then each position once.
  const sorted = Float64Array.from(positions).sort();
  let distinct = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[distinct++] = sorted[k] as number;
  const bounds = sorted.subarray(0, distinct);
  // The changes at boundary b are byBound[first[b]] … byBound[first[b + 1] - 1].
  const bound = new Int32Array(positions.length);
  const first = new Int32Array(distinct + 1);
  for (let k = 0; k < positions.length; k++) {
    const b = lastAtOrBefore(bounds, positions[k] as number);
    bound[k] = b;
    first[b + 1] = (first[b + 1] as number) + 1;
  }
  for (let b = 0; b < distinct; b++) first[b + 1] = (first[b + 1] as number) + (first[b] as number);
  const byBound = new Int32Array(changes.length);
  const next = first.slice();
  for (let k = 0; k < changes.length; k++) {
    const b = bound[k] as number;
    byBound[next[b] as number] = changes[k] as number;
    next[b] = (next[b] as number) + 1;
  }
  const active = new Map<number, number>();
  const covering: (readonly RecordEntry<A>[])[] = [];
  for (let b = 0; b < distinct; b++) {
    for (let k = first[b] as number; k < (first[b + 1] as number); k++) {
      const change = byBound[k] as number;
      const entry = change >> 1;
      const count = (active.get(entry) ?? 0) + (change & 1 ? 1 : -1);
      if (count === 0) active.delete(entry);
      else active.set(entry, count);
    }
    if (active.size === 0) covering.push(none);
    else {
      const ids = [...active.keys()];
      if (ids.length > 1) ids.sort(ascending);
      covering.push(Object.freeze(ids.map((i) => all[i] as RecordEntry<A>)));
    }
  }
  return { bounds, covering };
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
 * // => ['drone-interception', 'drones-intercepted', 'russia-intercepted-drones']
 */
export function recordsAt<A extends Article>(article: A, offset: number): readonly RecordEntry<A>[] {
  const { bounds, covering } = coverage(article);
  const index = lastAtOrBefore(bounds, offset);
  return index < 0 ? none : (covering[index] as readonly RecordEntry<A>[]);
}

/**
 * The sentences a span overlaps, each with its text: usually one.
 *
 * @param article - the article to look in
 * @param span - any span of `article.text` (a record's evidence, a quote's span, a selection)
 * @returns the overlapping sentences, in order
 * @example
 * sentencesOf(article, getQuote(article, 'wasted-meeting').span)[0]?.text.slice(0, 32);
 * // => 'However, he abandoned the plans,'
 */
export function sentencesOf(article: Article, span: Span): readonly SpanText[] {
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
