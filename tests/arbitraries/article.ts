// Reusable fast-check arbitraries: valid articles of any size, and articles broken in one known way.
// The structure of a generated article (kinds, references, relations, dates) comes from a seeded
// generator, so a failing case is replayed from fast-check's printed seed and shrinks by its size
// (fewer words, fewer records) rather than by its wiring.
import fc from 'fast-check';
import type { Article } from '../../src/model/article.js';
import type { EventRelationType, EventType } from '../../src/model/event.js';
import { cameoCodes, cameoFits } from '../../src/internal/cameo.js';
import { EVENT_TYPES as EVENT_TYPE_TABLE } from '../../src/internal/vocabulary.js';
import type { CameoCode } from '../../src/model/cameo.js';
import type { Span } from '../../src/model/span.js';

/** Options for {@link validArticle}. */
export interface ValidArticleOptions {
  /** Most records to generate per collection (the publisher actor is always present). */
  readonly maxRecords?: number;
}

/**
 * What each relation type says about order: the holder comes after (`1`) or before (`-1`) the other
 * event, or `0`, no order. Written out again here, not imported from src/query/timeline.ts, so that
 * the timeline property checks that table instead of trusting it.
 */
export const RELATION_ORDER: Readonly<Record<EventRelationType, -1 | 0 | 1>> = {
  after: 1,
  'results-from': 1,
  'responds-to': 1,
  reports: 1,
  during: 1,
  before: -1,
  proposes: -1,
  cancels: 0,
  abandons: 0,
  concerns: 0,
};

// Every event type, with the codes it takes (the tables themselves are checked against GDELT's
// file and the README's taxonomy table by tests/cameo.test.ts).
const EVENT_TYPES = Object.keys(EVENT_TYPE_TABLE) as EventType[];
const CODES_OF: ReadonlyMap<EventType, readonly (CameoCode | null)[]> = new Map(
  EVENT_TYPES.map((type) => [type, [...(Object.keys(cameoCodes()) as CameoCode[]), null].filter((code) => cameoFits(type, code))]),
);
const RELATIONS = Object.keys(RELATION_ORDER) as EventRelationType[];
const ROLES = ['agent', 'target', 'speaker', 'participant', 'supporter', 'affected'] as const;
const MODES = ['narrated', 'reported', 'confirmed', 'stated', 'claimed', 'cited', 'held', 'supported', 'argued', 'framed'] as const;
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** mulberry32: a small seeded generator, so the same seed always wires the same article. */
function generator(seed: number): { int(n: number): number; chance(p: number): boolean; pick<T>(xs: readonly T[]): T } {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return { int, chance: (p) => next() < p, pick: (xs) => xs[int(xs.length)] as (typeof xs)[number] };
}

/** The parameters fast-check draws (and shrinks); everything else follows from them. */
interface Plan {
  readonly words: readonly string[];
  readonly counts: Readonly<Record<'actors' | 'places' | 'events' | 'quotes' | 'statistics' | 'claims', number>>;
  readonly seed: number;
}

function plan(maxRecords: number): fc.Arbitrary<Plan> {
  const count = fc.integer({ min: 0, max: maxRecords });
  return fc.record({
    words: fc.array(fc.stringMatching(/^[A-Za-z]{1,8}$/), { minLength: 2, maxLength: 6 * maxRecords + 8 }),
    counts: fc.record({
      actors: fc.integer({ min: 1, max: maxRecords }),
      places: count,
      events: count,
      quotes: count,
      statistics: count,
      claims: count,
    }),
    seed: fc.integer(),
  });
}

/** Builds the article a plan describes. */
function buildArticle({ words, counts, seed }: Plan): Article {
  const { int, chance, pick } = generator(seed);
  const text = words.join(' ');
  const spans: Span[] = [];
  for (let i = 0, at = 0; i < words.length; at += (words[i] as string).length + 1, i++) {
    spans.push({ start: at, end: at + (words[i] as string).length });
  }
  const word = (i: number): Span => spans[i] as Span;
  const anyWord = (): Span => word(int(spans.length));
  const evidence = (first: number): Span[] => [word(first), ...Array.from({ length: int(3) }, anyWord)];
  const some = <T>(max: number, make: (i: number) => T): T[] => Array.from({ length: int(max + 1) }, (_, i) => make(i));
  const basis = (): 'stated' | 'implied' => pick(['stated', 'implied'] as const);
  // An actor's or place's aliases are the forms its evidence covers, each once, in order of first use.
  const aliasesOf = (spans: readonly Span[]): string[] => [...new Set(spans.map((span) => text.slice(span.start, span.end)))];
  // Each collection is in text order: its records' first evidence words, sorted.
  const firsts = (n: number): number[] => Array.from({ length: n }, () => int(spans.length)).sort((a, b) => a - b);
  const ids = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);
  const actorIds = ids('actor', counts.actors);
  const placeIds = ids('place', counts.places);
  const eventIds = ids('event', counts.events);
  const quoteIds = ids('quote', counts.quotes);
  const statisticIds = ids('statistic', counts.statistics);
  const claimIds = ids('claim', counts.claims);
  const recordIds = [...actorIds, ...placeIds, ...eventIds, ...quoteIds, ...statisticIds, ...claimIds];
  const link = (id: string) => ({ id, basis: basis(), evidence: evidence(int(spans.length)) });
  const attribution = () => ({ source: pick(actorIds), mode: pick(MODES), evidence: evidence(int(spans.length)) });

  // Sentences and paragraphs: runs of whole words, in order, not overlapping.
  const sentences: Span[] = [];
  const paragraphs: Span[] = [];
  let sentenceStart = 0;
  let paragraphStart = 0;
  spans.forEach((span, i) => {
    const last = i === spans.length - 1;
    if (last || chance(0.25)) {
      sentences.push({ start: (spans[sentenceStart] as Span).start, end: span.end });
      sentenceStart = i + 1;
      if (last || chance(0.4)) {
        paragraphs.push({ start: (spans[paragraphStart] as Span).start, end: span.end });
        paragraphStart = i + 1;
      }
    }
  });

  const actors = firsts(counts.actors).map((first, i) => {
    const spansOf = evidence(first);
    const base = { id: actorIds[i], name: `Name ${i}`, aliases: aliasesOf(spansOf), evidence: spansOf };
    switch (i === 0 ? 'organisation' : pick(['person', 'state', 'organisation', 'group', 'company', 'court', 'party'] as const)) {
      case 'person':
        return {
          kind: 'person',
          ...base,
          titles: some(2, () => ({ title: pick(words), of: chance(0.5) ? pick(actorIds) : null, evidence: evidence(int(spans.length)) })),
        };
      case 'state':
        return { kind: 'state', ...base };
      case 'organisation':
      case 'company':
      case 'court':
      case 'party':
        // partOf only reaches back, so partOf chains cannot form a cycle.
        return {
          kind: i === 0 ? 'organisation' : pick(['organisation', 'company', 'court', 'party'] as const),
          ...base,
          partOf: i > 0 && chance(0.5) ? link(actorIds[int(i)] as string) : null,
        };
      default:
        return {
          kind: 'group',
          ...base,
          members: some(2, () => link(pick(actorIds))),
          location: placeIds.length > 0 && chance(0.5) ? link(pick(placeIds)) : null,
        };
    }
  });

  const places = firsts(counts.places).map((first, i) => {
    const kind = pick(['country', 'city', 'region', 'administrative-area', 'site', 'body-of-water'] as const);
    const partOf = i > 0 && chance(0.5) ? link(placeIds[int(i)] as string) : null;
    const spansOf = evidence(first);
    const base = { kind, id: placeIds[i], name: `Place ${i}`, aliases: aliasesOf(spansOf), partOf, evidence: spansOf };
    return kind === 'region' ? { ...base, named: chance(0.5) } : base;
  });

  // A hidden true order of the events: every relation and every date is drawn to agree with it,
  // so the relations never contradict each other. Dates never decrease along the hidden order.
  const rank = Array.from({ length: counts.events }, (_, i) => i);
  for (let i = rank.length - 1; i > 0; i--) {
    const j = int(i + 1);
    [rank[i], rank[j]] = [rank[j] as number, rank[i] as number];
  }
  const perMonth = 1 + int(3);
  const month = (r: number): string => {
    const m = 2020 * 12 + Math.floor(r / perMonth);
    return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
  };
  const events = firsts(counts.events).map((first, i) => {
    const type = pick(EVENT_TYPES);
    const here = rank[i] as number;
    const time = some(2, () => {
      const at = evidence(int(spans.length));
      switch (int(5)) {
        case 0:
          return { kind: 'night', evidence: at };
        case 1:
          return { kind: 'weekday', weekday: pick(WEEKDAYS), evidence: at };
        case 2:
          return { kind: 'present', evidence: at };
        case 3: {
          // A day, a month or a year, each agreeing with the hidden order: days rise within a month.
          const precision = int(3);
          if (precision === 0) return { kind: 'month', normalized: month(here), evidence: at };
          if (precision === 1) return { kind: 'year', normalized: month(here).slice(0, 4), evidence: at };
          return { kind: 'date', normalized: `${month(here)}-${String(1 + (here % perMonth) * 9).padStart(2, '0')}`, evidence: at };
        }
        default:
          return statisticIds.length > 0 ? { kind: 'duration', statistic: pick(statisticIds), evidence: at } : { kind: 'present', evidence: at };
      }
    });
    const relations =
      eventIds.length < 2
        ? []
        : some(3, () => {
            let other = int(eventIds.length - 1);
            if (other >= i) other++;
            const direction = here > (rank[other] as number) ? 1 : -1;
            const type = pick(RELATIONS.filter((r) => RELATION_ORDER[r] === direction || RELATION_ORDER[r] === 0));
            return { type, event: eventIds[other], basis: basis(), evidence: evidence(int(spans.length)) };
          });
    const event = {
      type,
      id: eventIds[i],
      summary: `Event ${i}`,
      status: pick(['occurred', 'ongoing', 'cancelled'] as const),
      cameo: { code: pick(CODES_OF.get(type) as readonly (CameoCode | null)[]), note: `Code ${i}` },
      acled: chance(0.3) ? { eventType: 'Explosions/Remote violence', subEventType: chance(0.5) ? 'Air/drone strike' : null, note: 'n' } : null,
      participants: some(3, () => ({ actor: pick(actorIds), role: pick(ROLES), basis: basis(), evidence: evidence(int(spans.length)) })),
      places: placeIds.length > 0 ? some(2, () => link(pick(placeIds))) : [],
      time,
      attribution: some(2, attribution),
      relations,
      evidence: evidence(first),
    };
    if (type === 'strike') return { ...event, targets: some(2, () => ({ description: pick(words), evidence: evidence(int(spans.length)) })) };
    if (type === 'statement' || type === 'condemnation' || type === 'appeal') {
      return { ...event, channel: chance(0.5) ? { medium: pick(words), evidence: evidence(int(spans.length)) } : null };
    }
    return event;
  });

  const quotes = firsts(counts.quotes).map((first, i) => ({
    id: quoteIds[i],
    speaker: pick(actorIds),
    text: words[first],
    span: word(first),
    form: pick(['direct', 'partial', 'scare', 'framing'] as const),
    channel: chance(0.3) ? { medium: pick(words), evidence: evidence(int(spans.length)) } : null,
    respondsTo: eventIds.length > 0 && chance(0.5) ? pick(eventIds) : null,
    about: chance(0.5) ? pick(recordIds) : null,
    evidence: evidence(first),
  }));

  const bound = (value: number) => ({ value, inclusive: chance(0.5) });
  const statistics = firsts(counts.statistics).map((first, i) => {
    const low = int(1000);
    const high = low + int(1000);
    // An empty range (equal bounds, one of them open) is invalid, so equal bounds are both closed.
    const closed = high === low;
    const value = chance(0.5)
      ? { kind: 'exact', value: low }
      : {
          kind: 'range',
          min: chance(0.8) ? (closed ? { value: low, inclusive: true } : bound(low)) : null,
          max: chance(0.8) ? (closed ? { value: high, inclusive: true } : bound(high)) : null,
          reading: pick(words),
        };
    return {
      id: statisticIds[i],
      measure: `measure ${i}`,
      value,
      unit: chance(0.5) ? pick(words) : null,
      qualifiers: some(1, () => ({ kind: pick(['as-of', 'known-so-far'] as const), evidence: evidence(int(spans.length)) })),
      time: some(1, () => ({ kind: 'present', evidence: evidence(int(spans.length)) })),
      attribution: some(2, attribution),
      about: eventIds.length > 0 ? some(2, () => pick(eventIds)) : [],
      partOf: i > 0 && chance(0.5) ? link(statisticIds[int(i)] as string) : null,
      evidence: evidence(first),
    };
  });

  const claims = firsts(counts.claims).map((first, i) => ({
    id: claimIds[i],
    summary: `Claim ${i}`,
    attribution: some(2, attribution),
    about: some(2, () => pick(recordIds)),
    relations: some(2, () => ({
      type: pick(['contradicts', 'supports'] as const),
      claim: pick(claimIds),
      basis: basis(),
      evidence: evidence(int(spans.length)),
    })),
    evidence: evidence(first),
  }));

  const context = chance(0.3)
    ? {
        sources: [{ id: 'source-0', name: 'Source', url: 'https://example.org/', published: chance(0.5) ? '2025-10-22' : null }],
        facts: [
          ...some(2, () => ({ kind: 'wikidata', record: pick([...actorIds, ...placeIds]), qid: `Q${1 + int(1e6)}`, source: 'source-0' })),
          ...(eventIds.length > 0 ? some(1, () => ({ kind: 'date', record: pick(eventIds), date: '2025-10-21', source: 'source-0' })) : []),
        ],
      }
    : null;

  const reading = () => ({ reading: pick(words), evidence: evidence(int(spans.length)) });
  const ambiguities =
    recordIds.length === 0
      ? []
      : some(2, (i) => ({
          id: `ambiguity-${i}`,
          question: `${pick(words)}?`,
          records: [pick(recordIds), ...some(1, () => pick(recordIds))],
          chosen: reading(),
          alternatives: [reading(), ...some(1, reading)],
          note: pick(words),
        }));

  return {
    id: 'generated',
    publisher: { actor: actorIds[0], name: 'Name 0', evidence: evidence(int(spans.length)) },
    language: 'en',
    text,
    paragraphs,
    sentences,
    actors,
    places,
    events,
    quotes,
    statistics,
    claims,
    context,
    ambiguities,
  } as unknown as Article;
}

/**
 * Valid articles of any size: a text of words in sentences and paragraphs, and up to `maxRecords`
 * records in each collection (every kind and field of the model), whose evidence spans are words
 * of the text, each collection in text order, every reference naming a record of the right
 * collection, `partOf` links without cycles, and event relations and month dates drawn from one
 * hidden order of the events, so that they never contradict each other.
 */
export function validArticle({ maxRecords = 8 }: ValidArticleOptions = {}): fc.Arbitrary<Article> {
  return plan(maxRecords).map(buildArticle);
}

/** A kind of breakage and the problem `validateArticle` must report for it. */
export interface BrokenArticle {
  /** The broken input. */
  readonly input: unknown;
  /** The code that must be among the problems. */
  readonly code: string;
  /** The JSON Pointer of the problem. */
  readonly path: string;
}

/** Breaks a generated article in one way. `last` is the span of the text's last word, so appended records stay in text order. */
function broken(
  make: (a: Article, last: Span) => { readonly changes: Partial<Record<keyof Article, unknown>>; readonly code: string; readonly path: string },
): fc.Arbitrary<BrokenArticle> {
  return validArticle({ maxRecords: 4 }).map((a) => {
    const lastStart = a.text.lastIndexOf(' ') + 1;
    const { changes, code, path } = make(a, { start: lastStart, end: a.text.length });
    return { input: { ...a, ...changes }, code, path };
  });
}

const statistic = (id: string, last: Span, extra: object) => ({
  id,
  measure: 'm',
  value: { kind: 'exact', value: 1 },
  unit: null,
  qualifiers: [],
  time: [],
  attribution: [],
  about: [],
  partOf: null,
  evidence: [last],
  ...extra,
});

const event = (id: string, last: Span, other: string) => ({
  type: 'meeting',
  id,
  summary: 's',
  status: 'occurred',
  cameo: { code: '040', note: 'n' },
  acled: null,
  participants: [],
  places: [],
  time: [],
  attribution: [],
  relations: [{ type: 'after', event: other, basis: 'stated', evidence: [last] }],
  evidence: [last],
});

/** Every kind of broken article the property tests cover, by name. */
export const brokenArticles: Readonly<Record<string, fc.Arbitrary<BrokenArticle>>> = {
  'a field of the wrong shape': broken((a) => ({
    changes: { actors: [{ ...a.actors[0], kind: 'persn' }, ...a.actors.slice(1)] },
    code: 'SHAPE',
    path: '/actors/0/kind',
  })),
  'a duplicate id': broken((a) => ({
    changes: {
      claims: [
        ...a.claims,
        { id: a.actors[0]?.id, summary: 's', attribution: [], about: [], relations: [], evidence: [{ start: a.text.length - 1, end: a.text.length }] },
      ],
    },
    code: 'DUPLICATE_ID',
    path: `/claims/${a.claims.length}/id`,
  })),
  'a span past the end of the text': broken((a) => ({
    changes: { paragraphs: [{ start: 0, end: a.text.length + 1 }] },
    code: 'SPAN_OUT_OF_BOUNDS',
    path: '/paragraphs/0',
  })),
  'an empty span': broken(() => ({
    changes: { sentences: [{ start: 1, end: 1 }] },
    code: 'SPAN_EMPTY',
    path: '/sentences/0',
  })),
  'a reference to no record': broken((a) => ({
    changes: { publisher: { ...a.publisher, actor: 'nobody' } },
    code: 'UNKNOWN_REFERENCE',
    path: '/publisher/actor',
  })),
  'a reference to a record of the wrong collection': broken((a, last) => ({
    changes: {
      places: [...a.places, { kind: 'city', id: 'extra-place', name: 'x', aliases: [], partOf: null, evidence: [last] }],
      publisher: { ...a.publisher, actor: 'extra-place' },
    },
    code: 'WRONG_REFERENCE_KIND',
    path: '/publisher/actor',
  })),
  'an inverted range': broken((a, last) => ({
    changes: {
      statistics: [
        ...a.statistics,
        statistic('extra-statistic', last, { value: { kind: 'range', min: { value: 5, inclusive: true }, max: { value: 4, inclusive: true }, reading: 'r' } }),
      ],
    },
    code: 'RANGE_INVERTED',
    path: `/statistics/${a.statistics.length}/value`,
  })),
  'a partOf cycle': broken((a, last) => ({
    changes: {
      statistics: [
        ...a.statistics,
        statistic('part-a', last, { partOf: { id: 'part-b', basis: 'stated', evidence: [last] } }),
        statistic('part-b', last, { partOf: { id: 'part-a', basis: 'stated', evidence: [last] } }),
      ],
    },
    code: 'PART_OF_CYCLE',
    path: `/statistics/${a.statistics.length}/partOf/id`,
  })),
  'a quote that is not the text at its span': broken((a, last) => ({
    changes: {
      quotes: [
        ...a.quotes,
        {
          id: 'extra-quote',
          speaker: a.actors[0]?.id,
          text: `${a.text.slice(last.start, last.end)}!`,
          span: last,
          form: 'direct',
          channel: null,
          respondsTo: null,
          about: null,
          evidence: [last],
        },
      ],
    },
    code: 'QUOTE_MISMATCH',
    path: `/quotes/${a.quotes.length}/text`,
  })),
  'records out of text order': broken((a, last) => ({
    changes: {
      claims: [
        ...a.claims,
        ...[last, { start: 0, end: 1 }].map((span, i) => ({
          id: `extra-claim-${i}`,
          summary: 's',
          attribution: [],
          about: [],
          relations: [],
          evidence: [span],
        })),
      ],
    },
    code: 'NOT_TEXT_ORDER',
    path: `/claims/${a.claims.length + 1}`,
  })),
  'relations that contradict each other': broken((a, last) => ({
    changes: { events: [...a.events, event('loop-a', last, 'loop-b'), event('loop-b', last, 'loop-a')] },
    code: 'TIMELINE_CYCLE',
    path: '/events',
  })),
};
