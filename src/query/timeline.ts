import { TimelineCycleError, UnknownIdError } from '../errors.js';
import { closest } from '../internal/closest.js';
import { memo } from '../internal/memo.js';
import type { Article, EventOf } from '../model/article.js';
import type { Event, EventRelationType } from '../model/event.js';

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

/** The calendar value of an event's dated time expressions (ISO strings sort by date), if any. */
function calendarDate(event: Event): string | undefined {
  for (const time of event.time) if (time.kind === 'month') return time.normalized;
  return undefined;
}

/** A binary min-heap of node indices under a caller-given order. */
class Heap {
  private readonly items: number[] = [];

  constructor(private readonly less: (a: number, b: number) => boolean) {}

  get size(): number {
    return this.items.length;
  }

  push(value: number): void {
    const items = this.items;
    let i = items.push(value) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(value, items[parent] as number)) break;
      items[i] = items[parent] as number;
      i = parent;
    }
    items[i] = value;
  }

  pop(): number {
    const items = this.items;
    const top = items[0] as number;
    const last = items.pop() as number;
    if (items.length > 0) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= items.length) break;
        const right = left + 1;
        const child = right < items.length && this.less(items[right] as number, items[left] as number) ? right : left;
        if (!this.less(items[child] as number, last)) break;
        items[i] = items[child] as number;
        i = child;
      }
      items[i] = last;
    }
    return top;
  }
}

/**
 * The order constraints of an article's events as a graph. Nodes 0…n-1 are the events in text
 * order; nodes n, n+1, … are gates between consecutive calendar dates, so that n dated events
 * cost n edges rather than n².
 */
function constraints(events: readonly Event[]): number[][] {
  const position = new Map<string, number>(events.map((e, i) => [e.id, i]));
  const successors: number[][] = events.map(() => []);
  events.forEach((event, i) => {
    for (const relation of event.relations) {
      const other = position.get(relation.event);
      if (other === undefined) throw new UnknownIdError(relation.event, 'events', closest(relation.event, position.keys()));
      if (ORDER[relation.type] === 1) successors[other]?.push(i);
      if (ORDER[relation.type] === -1) successors[i]?.push(other);
    }
  });
  const byDate = new Map<string, number[]>();
  events.forEach((event, i) => {
    const date = calendarDate(event);
    if (date === undefined) return;
    const members = byDate.get(date);
    if (members === undefined) byDate.set(date, [i]);
    else members.push(i);
  });
  const groups = [...byDate.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, members]) => members);
  for (let g = 0; g + 1 < groups.length; g++) {
    const gate = successors.push([...(groups[g + 1] ?? [])]) - 1;
    for (const i of groups[g] ?? []) successors[i]?.push(gate);
  }
  return successors;
}

/** Kahn's algorithm, taking the free node that `less` puts first. Returns fewer nodes than exist if there is a cycle. */
function topologicalOrder(successors: readonly (readonly number[])[], less: (a: number, b: number) => boolean): number[] {
  const pending = successors.map(() => 0);
  for (const next of successors.flat()) pending[next] = (pending[next] ?? 0) + 1;
  const ready = new Heap(less);
  pending.forEach((count, node) => {
    if (count === 0) ready.push(node);
  });
  const order: number[] = [];
  while (ready.size > 0) {
    const node = ready.pop();
    order.push(node);
    for (const next of successors[node] ?? []) {
      pending[next] = (pending[next] ?? 0) - 1;
      if (pending[next] === 0) ready.push(next);
    }
  }
  return order;
}

/**
 * The events in the order the text establishes: by the before/after relations it states or
 * implies, and by the calendar dates it gives. Where the text sets no order between two events
 * they come in text order, each event counted as early as the earliest event that must follow
 * it (so the cancellation that the strikes followed comes just before them, not after
 * everything written before it). No order is made up.
 *
 * @param article - the article to order
 * @returns every event exactly once
 * @throws {TimelineCycleError} if the relations contradict each other
 * @throws {UnknownIdError} if a relation names an event the article does not have
 * @example
 * timeline(article).slice(0, 4).map((e) => e.id);
 * // => ['russian-invasion', 'talks-proposal', 'summit-cancellation', 'overnight-strikes']
 */
export function timeline<A extends Article>(article: A): readonly EventOf<A>[] {
  return memo(article, 'timeline', () => {
    const events = article.events;
    const successors = constraints(events);
    const any = topologicalOrder(successors, (a, b) => a < b);
    if (any.length < successors.length) {
      const placed = new Set(any);
      throw new TimelineCycleError(events.filter((_, i) => !placed.has(i)).map((e) => e.id));
    }
    // Gates have no place in the text; they take the earliest place of what they hold back.
    const earliest = successors.map((_, node) => (node < events.length ? node : Number.POSITIVE_INFINITY));
    for (const node of any.reverse()) {
      for (const next of successors[node] ?? []) earliest[node] = Math.min(earliest[node] ?? 0, earliest[next] ?? 0);
    }
    const order = topologicalOrder(successors, (a, b) => {
      const [ea, eb] = [earliest[a] ?? 0, earliest[b] ?? 0];
      return ea < eb || (ea === eb && a < b);
    });
    return Object.freeze(order.filter((node) => node < events.length).map((node) => events[node] as EventOf<A>));
  });
}
