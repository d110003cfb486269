import { TimelineCycleError, UnknownIdError } from '../errors.js';
import { memo } from '../internal/memo.js';
import type { Article, EventOf } from '../model/article.js';
import type { EventRelationType } from '../model/event.js';
import type { MonthTime } from '../model/time.js';

/**
 * What each relation says about order: `1` puts the holder after the other event, `-1` before it,
 * `0` nothing (a cancelled meeting has no place in time to be before or after).
 */
const ORDER: Readonly<Record<EventRelationType, -1 | 0 | 1>> = {
  after: 1,
  'responds-to': 1,
  reports: 1,
  during: 1,
  before: -1,
  proposes: -1,
  cancels: 0,
  abandons: 0,
  concerns: 0,
};

/** Adds a number to a binary min-heap kept in an array. */
function push(heap: number[], value: number): void {
  let i = heap.length;
  for (let parent = (i - 1) >> 1; i > 0 && (heap[parent] as number) > value; parent = (i - 1) >> 1) {
    heap[i] = heap[parent] as number;
    i = parent;
  }
  heap[i] = value;
}

/** Takes the smallest number from a non-empty binary min-heap kept in an array. */
function pop(heap: number[]): number {
  const top = heap[0] as number;
  const last = heap.pop() as number;
  let i = 0;
  for (let child = 1; child < heap.length; child = 2 * i + 1) {
    if (child + 1 < heap.length && (heap[child + 1] as number) < (heap[child] as number)) child++;
    if ((heap[child] as number) >= last) break;
    heap[i] = heap[child] as number;
    i = child;
  }
  if (i < heap.length) heap[i] = last;
  return top;
}

/**
 * The events in the order the text establishes: by the before/after relations it states or
 * implies, and by the calendar dates it gives. Where the text sets no order between two events
 * they come in text order, each event counted as early as the earliest event that must follow
 * it (so the cancellation that the strikes followed comes just before them, not after
 * everything written before it). No order is made up.
 *
 * Built once per article, in O((n + r) log n) time for n events and r relations.
 *
 * @param article - the article to order
 * @returns every event exactly once
 * @throws {TimelineCycleError} if the relations contradict each other (listing the events that
 *   cannot be ordered: those in a cycle and those that must follow one)
 * @throws {UnknownIdError} if a relation names an event the article does not have (without
 *   suggestions: `validateArticle` reports the same mistake with the closest ids)
 * @example
 * timeline(article).slice(0, 4).map((e) => e.id);
 * // => ['russian-invasion', 'talks-proposal', 'summit-cancellation', 'overnight-strikes']
 */
export function timeline<A extends Article>(article: A): readonly EventOf<A>[] {
  return memo(article, chronological);
}

/** The events in timeline order; `timeline` caches it. */
function chronological<A extends Article>(article: A): readonly EventOf<A>[] {
  const events = article.events;
  const n = events.length;
  // The order constraints as a graph. Nodes 0…n-1 are the events in text order; node n + k
  // follows the events of the k-th calendar date and precedes those of the next, so that n dated
  // events cost 2n edges rather than n².
  const after: number[][] = [];
  const before: number[][] = [];
  const link = (from: number, to: number): void => {
    (after[from] ??= []).push(to);
    (before[to] ??= []).push(from);
  };
  const dates = events.map((event) => event.time.find((time): time is MonthTime => time.kind === 'month')?.normalized);
  // ISO dates sort as strings; the default sort compares strings as `<` does.
  const gates = new Map<string | undefined, number>();
  for (const date of [...new Set(dates)].sort()) if (date !== undefined) gates.set(date, n + gates.size);
  const position = new Map<string, number>(events.map((e, i) => [e.id, i]));
  events.forEach((event, i) => {
    const gate = gates.get(dates[i]);
    if (gate !== undefined) {
      link(i, gate);
      if (gate > n) link(gate - 1, i);
    }
    for (const relation of event.relations) {
      const other = position.get(relation.event);
      if (other === undefined) throw new UnknownIdError(relation.event, 'events', []);
      const order = ORDER[relation.type];
      if (order > 0) link(other, i);
      if (order < 0) link(i, other);
    }
  });
  const total = n + gates.size;
  // Each node counts as early as the first event in the text it must precede (itself, if an
  // event; `total` if none): walking back from each event in text order, the first walk to
  // reach a node sets it.
  const earliest: number[] = new Array<number>(total).fill(total);
  for (let e = 0; e < n; e++) {
    for (const stack = [e]; stack.length > 0; ) {
      const node = stack.pop() as number;
      if (earliest[node] === total) {
        earliest[node] = e;
        for (const prior of before[node] ?? []) stack.push(prior);
      }
    }
  }
  // Kahn's algorithm, always taking the free node that is earliest, then first in the text. The
  // heap holds earliest × total + node, one number per node (exact below 2⁵³, so below 9·10⁷ nodes).
  const key = (node: number): number => (earliest[node] as number) * total + node;
  const pending: number[] = [];
  const heap: number[] = [];
  for (let node = 0; node < total; node++) if ((pending[node] = before[node]?.length ?? 0) === 0) push(heap, key(node));
  const ordered: EventOf<A>[] = [];
  while (heap.length > 0) {
    const node = pop(heap) % total;
    if (node < n) ordered.push(events[node] as EventOf<A>);
    for (const next of after[node] ?? []) if (--(pending[next] as number) === 0) push(heap, key(next));
  }
  // Nodes in a cycle, and those that must follow one, never become free.
  if (ordered.length < n) throw new TimelineCycleError(events.filter((_, i) => (pending[i] as number) > 0).map((e) => e.id));
  return Object.freeze(ordered);
}
