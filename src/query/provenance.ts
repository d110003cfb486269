import { entries } from '../internal/entries.js';
import { memo, none } from '../internal/memo.js';
import type { Article, RecordEntry, RecordId } from '../model/article.js';
import type { Span, SpanText } from '../model/span.js';
import { getRecord } from './lookup.js';

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
  const spans = memo(article, 'evidenceText', () => new Map<string, readonly SpanText[]>());
  let found = spans.get(id);
  if (found === undefined) {
    found = Object.freeze(getRecord(article, id).evidence.map((span) => withText(article.text, span)));
    spans.set(id, found);
  }
  return found;
}

/** Boundaries at which the set of covering records changes, and the set after each boundary. */
interface Coverage<A extends Article> {
  readonly bounds: readonly number[];
  readonly covering: readonly (readonly RecordEntry<A>[])[];
}

function coverage<A extends Article>(article: A): Coverage<A> {
  return memo(article, 'coverage', () => {
    const all = entries(article);
    const changes = new Map<number, { entry: number; delta: number }[]>();
    all.forEach((entry, index) => {
      for (const span of entry.record.evidence) {
        if (span.end <= span.start) continue;
        for (const [at, delta] of [[span.start, 1], [span.end, -1]] as const) {
          const list = changes.get(at);
          if (list === undefined) changes.set(at, [{ entry: index, delta }]);
          else list.push({ entry: index, delta });
        }
      }
    });
    const sorted = [...changes].sort(([a], [b]) => a - b);
    const active = new Map<number, number>();
    const covering = sorted.map(([, list]) => {
      for (const { entry, delta } of list) {
        const count = (active.get(entry) ?? 0) + delta;
        if (count === 0) active.delete(entry);
        else active.set(entry, count);
      }
      if (active.size === 0) return none;
      return Object.freeze([...active.keys()].sort((a, b) => a - b).map((i) => all[i] as RecordEntry<A>));
    });
    return { bounds: sorted.map(([at]) => at), covering };
  });
}

/** Index of the last value `<= target` in an ascending array, or -1. */
function lastAtOrBefore(values: readonly number[], target: number): number {
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
  // `covering` has one entry per bound, so every index lastAtOrBefore gives is in it.
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
  const starts = memo(article, 'sentenceStarts', () => article.sentences.map((s) => s.start));
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
