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

/** A binary min-heap of event positions, so ties always go to the event earliest in the text. */
class PositionHeap {
  private readonly items: number[] = [];

  get size(): number {
    return this.items.length;
  }

  push(value: number): void {
    const items = this.items;
    items.push(value);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((items[parent] as number) <= value) break;
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
        const child = right < items.length && (items[right] as number) < (items[left] as number) ? right : left;
        if ((items[child] as number) >= last) break;
        items[i] = items[child] as number;
        i = child;
      }
      items[i] = last;
    }
    return top;
  }
}

/**
 * The events in the order the text establishes: by the before/after relations it states or
 * implies, and by the calendar dates it gives. Where the text sets no order between two events
 * they keep their text order; no order is made up.
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
    const position = new Map<string, number>(events.map((e, i) => [e.id, i]));
    const successors: number[][] = events.map(() => []);
    const pending: number[] = events.map(() => 0);
    const precede = (first: number, second: number): void => {
      successors[first]?.push(second);
      pending[second] = (pending[second] ?? 0) + 1;
    };

    events.forEach((event, i) => {
      for (const relation of event.relations) {
        const other = position.get(relation.event);
        if (other === undefined) throw new UnknownIdError(relation.event, 'events', closest(relation.event, position.keys()));
        if (ORDER[relation.type] === 1) precede(other, i);
        if (ORDER[relation.type] === -1) precede(i, other);
      }
    });

    // Dated events in calendar order. Gate g stands between the events of the g-th date and those
    // of the next, so that n dated events cost n edges, not n²; events of one date stay unordered.
    // In `successors`, a negative entry -(g + 1) means "gate g".
    const byDate = new Map<string, number[]>();
    events.forEach((event, i) => {
      const date = calendarDate(event);
      if (date === undefined) return;
      const members = byDate.get(date);
      if (members === undefined) byDate.set(date, [i]);
      else members.push(i);
    });
    const groups = [...byDate.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, members]) => members);
    const gateWaits = groups.map((members) => members.length);
    groups.forEach((members, g) => {
      for (const i of members) {
        if (g + 1 < groups.length) successors[i]?.push(-(g + 1));
        if (g > 0) pending[i] = (pending[i] ?? 0) + 1;
      }
    });

    // Kahn's algorithm: of the events free to come next, the earliest in the text wins. An open
    // gate is pushed with its negative key, so it is taken before any event.
    const ready = new PositionHeap();
    pending.forEach((count, i) => {
      if (count === 0) ready.push(i);
    });
    const release = (next: number): void => {
      if (next < 0) {
        const g = -next - 1;
        gateWaits[g] = (gateWaits[g] ?? 0) - 1;
        if (gateWaits[g] === 0) ready.push(next);
      } else {
        pending[next] = (pending[next] ?? 0) - 1;
        if (pending[next] === 0) ready.push(next);
      }
    };
    const ordered: EventOf<A>[] = [];
    while (ready.size > 0) {
      const key = ready.pop();
      if (key < 0) {
        for (const next of groups[-key] ?? []) release(next);
      } else {
        ordered.push(events[key] as EventOf<A>);
        for (const next of successors[key] ?? []) release(next);
      }
    }
    if (ordered.length < events.length) {
      throw new TimelineCycleError(events.filter((_, i) => (pending[i] ?? 0) > 0).map((e) => e.id));
    }
    return Object.freeze(ordered);
  });
}
