import { describe, expect, it } from 'vitest';
import { loadCouncil } from './council.js';
import {
  actorsOfKind,
  article,
  claimsBy,
  eventsInvolving,
  eventsOfType,
  evidenceOf,
  findActor,
  findClaim,
  findEvent,
  findPlace,
  findQuote,
  findRecord,
  findStatistic,
  getActor,
  getClaim,
  getEvent,
  getPlace,
  getQuote,
  getRecord,
  getStatistic,
  mentioning,
  partsOf,
  quotesBy,
  recordsAt,
  sentencesOf,
  statisticsAbout,
  timeline,
  UnknownIdError,
} from '../src/index.js';
import type { Article, Event } from '../src/index.js';

const ids = (records: readonly { readonly id: string }[]): string[] => records.map((r) => r.id);

describe('lookup by id', () => {
  it.each([
    ['getActor', () => getActor(article, 'zelensky'), 'zelensky'],
    ['getPlace', () => getPlace(article, 'budapest'), 'budapest'],
    ['getEvent', () => getEvent(article, 'budapest-summit'), 'budapest-summit'],
    ['getQuote', () => getQuote(article, 'wasted-meeting'), 'wasted-meeting'],
    ['getStatistic', () => getStatistic(article, 'people-killed'), 'people-killed'],
    ['getClaim', () => getClaim(article, 'war-is-illegal-land-grab'), 'war-is-illegal-land-grab'],
    ['getRecord', () => getRecord(article, 'kyiv'), 'kyiv'],
  ])('%s returns the record with that id', (_, lookup, id) => {
    expect(lookup().id).toBe(id);
  });

  it('returns the same object as the collection holds', () => {
    expect(getActor(article, 'putin')).toBe(article.actors.find((a) => a.id === 'putin'));
  });

  it('throws UnknownIdError naming the id and the closest valid ids', () => {
    const attempt = (): unknown => getActor(article, 'zelenskyy' as never);
    expect(attempt).toThrow(UnknownIdError);
    expect(attempt).toThrow('Unknown id "zelenskyy" in actors. Did you mean "zelensky"?');
    try {
      attempt();
    } catch (error) {
      expect(error).toMatchObject({ code: 'UNKNOWN_ID', id: 'zelenskyy', scope: 'actors', suggestions: ['zelensky'], foundIn: null });
    }
  });

  it('says so when the id belongs to another collection', () => {
    expect(() => getActor(article, 'kyiv' as never)).toThrow(
      'Unknown id "kyiv" in actors. It is the id of a record in places. Did you mean "journalists-in-kyiv", "kyiv-and-allies"?',
    );
  });

  it('getRecord suggests the closest ids of every collection', () => {
    expect(() => getRecord(article, 'zelenskyy' as never)).toThrow('Unknown id "zelenskyy" in records. Did you mean "zelensky"?');
    expect(() => getRecord(article, 'people-kiled' as never)).toThrow('Unknown id "people-kiled" in records. Did you mean "people-killed"');
  });

  it('suggests nothing when nothing is close', () => {
    expect(() => getRecord(article, 'xylophone' as never)).toThrow(/^Unknown id "xylophone" in records\.$/);
  });

  it.each([
    ['findActor', findActor, 'trump', 'kyiv'],
    ['findPlace', findPlace, 'kyiv', 'trump'],
    ['findEvent', findEvent, 'overnight-strikes', 'people-killed'],
    ['findQuote', findQuote, 'wasted-meeting', 'overnight-strikes'],
    ['findStatistic', findStatistic, 'people-killed', 'wasted-meeting'],
    ['findClaim', findClaim, 'invasion-aims', 'putin'],
  ] as const)('%s finds ids of its collection and returns undefined for others', (_, find, hit, miss) => {
    expect(find(article, hit)?.id).toBe(hit);
    expect(find(article, miss)).toBeUndefined();
    expect(find(article, 'no-such-id')).toBeUndefined();
  });

  it('findRecord searches every collection', () => {
    expect(ids(['nato', 'kyiv', 'timeline-nope'].flatMap((id) => findRecord(article, id) ?? []))).toEqual(['nato', 'kyiv']);
  });

  it('does not find inherited property names', () => {
    expect(findRecord(article, 'constructor')).toBeUndefined();
    expect(findRecord(article, '__proto__')).toBeUndefined();
  });
});

describe('narrowing filters', () => {
  it('eventsOfType returns the events of one type in text order', () => {
    expect(ids(eventsOfType(article, 'statement'))).toEqual(['zelensky-casualty-statement', 'ministry-confirmation', 'russia-statement', 'zelensky-reaction']);
    expect(eventsOfType(article, 'strike')[0]?.targets.map((t) => t.description)).toEqual(['residential areas', 'energy infrastructure']);
  });

  it('actorsOfKind returns the actors of one kind in text order', () => {
    expect(actorsOfKind(article, 'person').map((p) => p.name)).toEqual(['Volodymyr Zelensky', 'Donald Trump', 'Vladimir Putin']);
    expect(ids(actorsOfKind(article, 'group'))).toEqual(['journalists-in-kyiv', 'european-allies', 'kyiv-and-allies']);
  });

  it('eventsOfType returns a frozen empty list for a type the article has no event of', async () => {
    const council = await loadCouncil();
    const plain: Article = council;
    expect(plain.events.some((e) => e.type === 'strike')).toBe(false);
    const strikes = eventsOfType(plain, 'strike');
    expect(strikes).toEqual([]);
    expect(Object.isFrozen(strikes)).toBe(true);
  });

  it('actorsOfKind returns a frozen empty list for a kind the article has no actor of', async () => {
    const council = await loadCouncil();
    const plain: Article = council;
    expect(plain.actors.some((a) => a.kind === 'state')).toBe(false);
    const states = actorsOfKind(plain, 'state');
    expect(states).toEqual([]);
    expect(Object.isFrozen(states)).toBe(true);
  });

  it('every event and actor falls in exactly one type or kind', () => {
    const types = [...new Set(article.events.map((e) => e.type))];
    expect(types.flatMap((t) => eventsOfType(article, t)).length).toBe(article.events.length);
  });
});

describe('relations', () => {
  it.each([
    ['zelensky', ['not-enough-pressure', 'casualty-figures', 'russian-words-mean-nothing']],
    ['trump', ['wasted-meeting']],
    ['putin', ['special-military-operation']],
    ['russia', []],
  ] as const)('quotesBy(%s)', (speaker, expected) => {
    expect(ids(quotesBy(article, speaker))).toEqual(expected);
  });

  it('statisticsAbout lists the figures about an event', () => {
    expect(ids(statisticsAbout(article, 'overnight-strikes'))).toEqual(['left-without-power', 'people-injured', 'people-killed', 'children-killed']);
    expect(ids(statisticsAbout(article, 'budapest-summit'))).toEqual([]);
  });

  it('partsOf lists the statistics that are part of another', () => {
    expect(ids(partsOf(article, 'people-killed'))).toEqual(['children-killed']);
    expect(ids(partsOf(article, 'children-killed'))).toEqual([]);
  });

  it('eventsInvolving filters by participant, and optionally by role', () => {
    expect(ids(eventsInvolving(article, 'trump'))).toEqual(['budapest-summit', 'talks-proposal', 'plans-abandonment']);
    expect(ids(eventsInvolving(article, 'trump', 'agent'))).toEqual(['talks-proposal', 'plans-abandonment']);
    // An interception is not aimed at Ukraine: the Ukrainian drones' own attack is, at Russia.
    expect(ids(eventsInvolving(article, 'ukraine', 'target'))).toEqual(['overnight-strikes', 'russian-invasion', 'pressure-to-cede-territory']);
    expect(ids(eventsInvolving(article, 'ukraine', 'agent'))).toEqual(['ukrainian-drone-assault', 'land-concession-rejection']);
    expect(ids(eventsInvolving(article, 'journalists-in-kyiv'))).toEqual([]);
  });

  it('claimsBy lists claims attributed to an actor, in any mode', () => {
    expect(ids(claimsBy(article, 'putin'))).toEqual(['invasion-is-special-operation', 'invasion-aims']);
    expect(ids(claimsBy(article, 'european-allies'))).toEqual(['no-land-for-russia']);
    expect(ids(claimsBy(article, 'russia'))).toEqual(['no-significant-damage', 'russia-intercepted-drones']);
    expect(ids(claimsBy(article, 'nato'))).toEqual([]);
  });

  it('mentioning lists every record that refers to an actor or place, with its collection', () => {
    expect(mentioning(article, 'budapest').map((e) => `${e.collection}:${e.record.id}`)).toEqual(['events:budapest-summit', 'events:talks-proposal']);
    expect(mentioning(article, 'ukraine-country').map((e) => e.record.id)).toEqual([
      'kyiv',
      'most-regions',
      'donbas',
      'overnight-strikes',
      'heating-and-power-loss',
      'russian-invasion',
    ]);
    expect(mentioning(article, 'punch').length).toBeGreaterThan(5);
    // Without the events, nothing refers to Budapest any more.
    const recordsOnly: Article = { ...article, events: [], quotes: [], statistics: [], claims: [] };
    expect(mentioning(recordsOnly, 'budapest')).toEqual([]);
  });
});

describe('provenance', () => {
  it('evidenceOf gives each span with its text', () => {
    expect(evidenceOf(article, 'people-killed')).toEqual([
      { start: 444, end: 447, text: 'six' },
      { start: 444, end: 466, text: 'six people were killed' },
    ]);
    expect(evidenceOf(article, 'people-killed')).toBe(evidenceOf(article, 'people-killed'));
  });

  it('recordsAt returns the records covering an offset, in collection and text order', () => {
    const at = (phrase: string): string[] => recordsAt(article, article.text.indexOf(phrase)).map((e) => e.record.id);
    expect(at('33')).toEqual(['russia-statement', 'drone-interception', 'drones-intercepted', 'russia-intercepted-drones']);
    expect(at('wasted')).toEqual(['budapest-summit', 'plans-abandonment', 'wasted-meeting', 'meeting-would-be-wasted']);
    expect(recordsAt(article, -1)).toEqual([]);
    expect(recordsAt(article, article.text.length)).toEqual([]);
    expect(recordsAt(article, article.text.indexOf('\n'))).toEqual([]);
  });

  it('recordsAt agrees with a scan of every span at every offset', () => {
    const everything = [...article.actors, ...article.places, ...article.events, ...article.quotes, ...article.statistics, ...article.claims];
    for (let offset = -1; offset <= article.text.length; offset++) {
      const expected = everything.filter((r) => r.evidence.some((s) => s.start <= offset && offset < s.end)).map((r) => r.id);
      expect(recordsAt(article, offset).map((e) => e.record.id)).toEqual(expected);
    }
  });

  it('recordsAt counts no offset as covered by a span whose end is not after its start', () => {
    // Such spans fail validateArticle, but an Article built by hand can hold them.
    const [first, second] = article.actors;
    if (first === undefined || second === undefined) throw new Error('expected two actors');
    const start = article.text.length - 10;
    const custom: Article = {
      ...article,
      actors: [
        { ...first, evidence: [{ start, end: start - 5 }] },
        { ...second, evidence: [{ start, end: start }] },
      ],
      places: [],
      events: [],
      quotes: [],
      statistics: [],
      claims: [],
    };
    for (let offset = start - 6; offset <= start + 1; offset++) expect(recordsAt(custom, offset), `offset ${offset}`).toEqual([]);
  });

  it('sentencesOf returns the sentences a span overlaps', () => {
    const one = sentencesOf(article, getQuote(article, 'wasted-meeting').span);
    expect(one.map((s) => s.text.slice(0, 32))).toEqual(['However, he abandoned the plans,']);
    const two = sentencesOf(article, getQuote(article, 'casualty-figures').span);
    expect(two.map((s) => s.text.slice(0, 14))).toEqual(['“As of now, 17', 'Unfortunately,']);
    expect(sentencesOf(article, { start: 0, end: 0 }).map((s) => s.start)).toEqual([0]);
    expect(sentencesOf(article, { start: 180, end: 182 })).toEqual([]);
    expect(sentencesOf(article, { start: 179, end: 183 }).map((s) => s.start)).toEqual([0, 182]);
  });

  it('sentencesOf finds nothing before the first sentence, and the first sentence from any span reaching it', () => {
    // Text that starts with spaces: the first sentence does not start at 0.
    const padded: Article = {
      ...article,
      text: '  Hi. Yes.',
      sentences: [
        { start: 2, end: 5 },
        { start: 6, end: 10 },
      ],
    };
    expect(sentencesOf(padded, { start: 0, end: 2 })).toEqual([]);
    expect(sentencesOf(padded, { start: 1, end: 1 })).toEqual([]);
    expect(sentencesOf(padded, { start: 0, end: 3 })).toEqual([{ start: 2, end: 5, text: 'Hi.' }]);
    expect(sentencesOf(padded, { start: 5, end: 5 })).toEqual([]);
    expect(sentencesOf(padded, { start: 4, end: 7 }).map((s) => s.text)).toEqual(['Hi.', 'Yes.']);
    expect(Object.isFrozen(sentencesOf(padded, { start: 0, end: 3 }))).toBe(true);
  });
});

describe('timeline', () => {
  // Called in each test, not while vitest collects them (which the mutation run counts as every test covering it).
  const before = (a: string, b: string): boolean => {
    const position = new Map<string, number>(timeline(article).map((e, i) => [e.id, i]));
    return (position.get(a) ?? -1) < (position.get(b) ?? -1);
  };

  it('is a permutation of the events', () => {
    expect([...ids(timeline(article))].sort()).toEqual(ids(article.events).sort());
  });

  it('respects every ordering relation the text states or implies', () => {
    for (const event of article.events) {
      for (const r of event.relations) {
        if (['after', 'results-from', 'responds-to', 'reports', 'during'].includes(r.type))
          expect(before(r.event, event.id), `${event.id} ${r.type} ${r.event}`).toBe(true);
        if (['before', 'proposes'].includes(r.type)) expect(before(event.id, r.event), `${event.id} ${r.type} ${r.event}`).toBe(true);
      }
    }
  });

  it('puts the dated invasion first, and the strikes after the cancellation and the abandonment of the talks', () => {
    expect(ids(timeline(article)).slice(0, 6)).toEqual([
      'russian-invasion',
      'talks-proposal',
      'summit-cancellation',
      // "continuing pressure" is going on when Trump abandons the plans (during, implied).
      'pressure-to-cede-territory',
      'plans-abandonment',
      'overnight-strikes',
    ]);
  });

  it('keeps text order where the text sets none', () => {
    expect(before('pressure-to-cede-territory', 'land-concession-rejection')).toBe(true);
  });

  it('is computed once per article', () => {
    expect(timeline(article)).toBe(timeline(article));
  });

  it('throws on contradictory relations and on unknown events', () => {
    const base = article.events[0] as Event;
    const loop = (id: string, other: string): Event => ({
      ...base,
      id,
      relations: [{ type: 'after', event: other, basis: 'stated', evidence: base.evidence }],
    });
    expect(() => timeline({ ...article, events: [loop('x', 'y'), loop('y', 'x')] })).toThrow(
      'The event relations form a cycle; these events cannot be ordered: x, y.',
    );
    expect(() => timeline({ ...article, events: [loop('x', 'z')] })).toThrow('Unknown id "z" in events.');
  });
});

describe('indexes', () => {
  it('are built once for an article the package froze, and afresh for any other object, even a proxy of one', () => {
    expect(quotesBy(article, 'trump')).toBe(quotesBy(article, 'trump'));
    let reads = 0;
    const watched = new Proxy(article, {
      get(target, key, receiver) {
        if (key === 'quotes') reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    expect(reads).toBe(0);
    quotesBy(watched, 'zelensky');
    const afterFirst = reads;
    expect(afterFirst).toBeGreaterThan(0);
    // A proxy can answer differently each time: its indexes are not kept.
    quotesBy(watched, 'trump');
    expect(reads).toBeGreaterThan(afterFirst);
  });
});
