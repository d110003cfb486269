import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { article, timeline, TimelineCycleError, UnknownIdError } from '../src/index.js';
import type { Article, Event, EventRelation } from '../src/index.js';

const relationTypes: readonly EventRelation['type'][] = ['after', 'responds-to', 'reports', 'during', 'before', 'proposes', 'cancels', 'abandons', 'concerns'];

const span = { start: 0, end: 1 };

function event(id: string, dates: readonly (`${number}-${number}` | null)[], relations: readonly [EventRelation['type'], string][]): Event {
  return {
    type: 'statement',
    id,
    summary: id,
    status: 'occurred',
    cameo: { code: '010', note: 'n' },
    acled: null,
    participants: [],
    places: [],
    // A `null` is an undated time expression: only the first month counts.
    time: dates.map((normalized) => (normalized === null ? { kind: 'night', evidence: [span] } : { kind: 'month', normalized, evidence: [span] })),
    attribution: [],
    relations: relations.map(([type, other]) => ({ type, event: other, basis: 'stated', evidence: [span] })),
    channel: null,
    evidence: [span],
  };
}

const withEvents = (events: readonly Event[]): Article => ({ ...article, events });

/**
 * The ordering as first written (0.x): two topological passes with a heap of node indices, gates
 * between consecutive dates. Kept here as the specification the faster code must agree with.
 */
function reference(events: readonly Event[]): Event[] {
  const ORDER: Record<string, number> = { after: 1, 'responds-to': 1, reports: 1, during: 1, before: -1, proposes: -1 };
  const position = new Map(events.map((e, i) => [e.id, i]));
  const successors: number[][] = events.map(() => []);
  events.forEach((e, i) => {
    for (const r of e.relations) {
      const other = position.get(r.event);
      if (other === undefined) throw new UnknownIdError(r.event, 'events', []);
      if (ORDER[r.type] === 1) successors[other]?.push(i);
      if (ORDER[r.type] === -1) successors[i]?.push(other);
    }
  });
  const byDate = new Map<string, number[]>();
  events.forEach((e, i) => {
    const date = e.time.find((t) => t.kind === 'month');
    if (date?.kind === 'month') byDate.set(date.normalized, [...(byDate.get(date.normalized) ?? []), i]);
  });
  const groups = [...byDate.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, m]) => m);
  for (let g = 0; g + 1 < groups.length; g++) {
    const gate = successors.push([...(groups[g + 1] ?? [])]) - 1;
    for (const i of groups[g] ?? []) successors[i]?.push(gate);
  }
  // A sorted array stands in for the heap: quadratic, fine for the small graphs tested here.
  const topo = (less: (a: number, b: number) => boolean): number[] => {
    const pending = successors.map(() => 0);
    for (const next of successors.flat()) pending[next] = (pending[next] ?? 0) + 1;
    const ready = pending.flatMap((c, node) => (c === 0 ? [node] : []));
    const order: number[] = [];
    while (ready.length > 0) {
      ready.sort((a, b) => (less(a, b) ? -1 : less(b, a) ? 1 : 0));
      const node = ready.shift() as number;
      order.push(node);
      for (const next of successors[node] ?? []) if ((pending[next] = (pending[next] ?? 0) - 1) === 0) ready.push(next);
    }
    return order;
  };
  const any = topo((a, b) => a < b);
  if (any.length < successors.length) {
    const placed = new Set(any);
    throw new TimelineCycleError(events.filter((_, i) => !placed.has(i)).map((e) => e.id));
  }
  const earliest = successors.map((_, node) => (node < events.length ? node : Number.POSITIVE_INFINITY));
  for (const node of any.reverse()) for (const next of successors[node] ?? []) earliest[node] = Math.min(earliest[node] ?? 0, earliest[next] ?? 0);
  const key = (node: number): number => earliest[node] ?? 0;
  return topo((a, b) => key(a) < key(b) || (key(a) === key(b) && a < b))
    .filter((node) => node < events.length)
    .map((node) => events[node] as Event);
}

/** What a call gives: the ids in order, or the error's code and what it names. */
function outcome(run: () => readonly { readonly id: string }[]): unknown {
  try {
    return run().map((e) => e.id);
  } catch (error) {
    if (error instanceof TimelineCycleError) return { code: error.code, events: error.events, message: error.message };
    if (error instanceof UnknownIdError) return { code: error.code, id: error.id, scope: error.scope, message: error.message };
    throw error;
  }
}

/** Events e0…e(n-1) with random dates (a few months, so some share one) and random relations, unknown ids included. */
const events = fc.integer({ min: 0, max: 14 }).chain((n) =>
  fc
    .array(
      fc.record({
        dates: fc.array(fc.constantFrom('2022-02' as const, '2024-05' as const, '2025-10' as const, null), { maxLength: 2 }),
        relations: fc.array(
          fc.tuple(
            fc.constantFrom(...relationTypes),
            fc.oneof({ weight: 50, arbitrary: fc.nat({ max: Math.max(0, n - 1) }).map((i) => `e${i}`) }, { weight: 1, arbitrary: fc.constant('missing') }),
          ),
          { maxLength: 3 },
        ),
      }),
      { minLength: n, maxLength: n },
    )
    .map((specs) => specs.map(({ dates, relations }, i) => event(`e${i}`, dates, relations))),
);

/**
 * Events that can be ordered: a hidden chronology, relations that agree with it (or say nothing
 * of order), dates that agree with it (several events a month), written in any order.
 */
const orderable = fc.integer({ min: 1, max: 24 }).chain((n) =>
  fc
    .record({
      chronology: fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
      specs: fc.array(
        fc.record({
          dated: fc.boolean(),
          relations: fc.array(fc.tuple(fc.nat({ max: n - 1 }), fc.nat({ max: 3 })), { maxLength: 2 }),
        }),
        { minLength: n, maxLength: n },
      ),
    })
    .map(({ chronology, specs }) =>
      specs.map(({ dated, relations }, i) => {
        const when = chronology[i] as number;
        const month = `2020-${String(Math.floor(when / 3) + 1).padStart(2, '0')}` as `${number}-${number}`;
        const stated = relations.flatMap(([other, pick]): [EventRelation['type'], string][] => {
          const then = chronology[other] as number;
          if (then === when) return [['concerns', `e${other}`]];
          const types = then < when ? (['after', 'responds-to', 'reports', 'during'] as const) : (['before', 'proposes'] as const);
          return [[pick === 3 ? 'cancels' : (types[pick % types.length] as EventRelation['type']), `e${other}`]];
        });
        return event(`e${i}`, dated ? [month] : [], stated);
      }),
    ),
);

describe('timeline', () => {
  it('gives what the first implementation gave, for any events, dates and relations', () => {
    fc.assert(
      fc.property(events, (list) => {
        expect(outcome(() => timeline(withEvents(list)))).toEqual(outcome(() => reference(list)));
      }),
    );
  });

  it('gives what the first implementation gave, for events that can be ordered', () => {
    fc.assert(
      fc.property(orderable, (list) => {
        const ordered = timeline(withEvents(list));
        expect(ordered).toHaveLength(list.length);
        expect(ordered).toEqual(reference(list));
      }),
    );
  });

  it('gives what the first implementation gave for the built-in article', () => {
    expect(timeline(article)).toEqual(reference(article.events));
  });

  it('orders by calendar dates and relations, and otherwise by text order', () => {
    const list = [
      event('c', ['2024-05'], []),
      event('undated', [], []),
      event('a', ['2022-02'], []),
      event('b', ['2022-02'], []),
      event('first', [], [['before', 'a']]),
    ];
    // 'c' comes first in the text, so everything that must precede it counts as that early;
    // 'b' shares a's date but not a's relation to 'first', so nothing holds it back.
    expect(timeline(withEvents(list)).map((e) => e.id)).toEqual(['b', 'first', 'a', 'c', 'undated']);
  });

  it('orders dates of any precision as the intervals they are: a year, a month, a day', () => {
    const dated = (id: string, normalized: string): Event => {
      const kind = normalized.length === 4 ? 'year' : normalized.length === 7 ? 'month' : 'date';
      return { ...event(id, [], []), time: [{ kind, normalized, evidence: [span] } as Event['time'][number]] };
    };
    // Written latest first: only the dates can put them in order.
    const events = [
      dated('d-2023-01-05', '2023-01-05'),
      dated('m-2022-02', '2022-02'),
      dated('y-2022', '2022'),
      dated('d-2022-02-24', '2022-02-24'),
      dated('y-2021', '2021'),
    ];
    const order = timeline(withEvents(events)).map((e) => e.id);
    expect(order[0]).toBe('y-2021');
    expect(order.at(-1)).toBe('d-2023-01-05');
    // 2022, 2022-02 and 2022-02-24 overlap: no order between them, so they keep text order.
    expect(order.slice(1, 4)).toEqual(['m-2022-02', 'y-2022', 'd-2022-02-24']);
    // A day before the month it is not in, and after the year that ends before it.
    const more = timeline(withEvents([dated('m-2022-03', '2022-03'), dated('d-2022-02-28', '2022-02-28'), dated('y-2022b', '2022')])).map((e) => e.id);
    expect(more.indexOf('d-2022-02-28')).toBeLessThan(more.indexOf('m-2022-03'));
  });

  it('lists the events in a cycle and those that must follow one, in text order', () => {
    const list = [event('a', [], []), event('b', [], [['after', 'c']]), event('c', [], [['after', 'b']]), event('d', [], [['after', 'c']])];
    expect(() => timeline(withEvents(list))).toThrow(new TimelineCycleError(['b', 'c', 'd']));
  });

  it('counts an event that follows itself as a cycle', () => {
    expect(outcome(() => timeline(withEvents([event('a', [], [['before', 'a']])])))).toEqual({
      code: 'TIMELINE_CYCLE',
      events: ['a'],
      message: 'The event relations form a cycle; these events cannot be ordered: a.',
    });
  });

  it('throws UnknownIdError naming the unknown event, without suggestions', () => {
    const attempt = (): unknown => timeline(withEvents([event('summit', [], [['after', 'sumit']])]));
    expect(attempt).toThrow(UnknownIdError);
    try {
      attempt();
    } catch (error) {
      expect(error).toMatchObject({ code: 'UNKNOWN_ID', id: 'sumit', scope: 'events', suggestions: [], message: 'Unknown id "sumit" in events.' });
    }
  });

  it('orders long chains of relations and of dates without running out of stack', () => {
    const n = 50_000;
    // Written in reverse: each event is after the one written next.
    const chain = Array.from({ length: n }, (_, i) => event(`e${i}`, [], i + 1 < n ? [['after', `e${i + 1}`]] : []));
    const ordered = timeline(withEvents(chain));
    expect(ordered[0]?.id).toBe(`e${n - 1}`);
    expect(ordered[n - 1]?.id).toBe('e0');
    // Later in the text, earlier in the calendar: 500 months, a hundred events each, ordered by date.
    const month = (back: number): `${number}-${number}` => {
      const m = 2100 * 12 - back;
      return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}` as `${number}-${number}`;
    };
    const dated = Array.from({ length: n }, (_, i) => event(`d${i}`, [month(Math.floor(i / 100))], []));
    const byDate = timeline(withEvents(dated));
    expect(byDate.slice(0, 2).map((e) => e.id)).toEqual([`d${n - 100}`, `d${n - 99}`]);
    expect(byDate[n - 1]?.id).toBe('d99');
  });
});
