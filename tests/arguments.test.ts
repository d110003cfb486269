// A helper given an id the article does not have, or a name the model does not have, says so, as
// the lookups always have, instead of answering with an empty list (what a plain-JavaScript caller,
// or an id from a URL, would otherwise get in silence).
import { describe, expect, it } from 'vitest';
import {
  actorsOfKind,
  article,
  claimsBy,
  eventsInvolving,
  eventsOfType,
  evidenceOf,
  factsAbout,
  formatAttribution,
  getActor,
  mentioning,
  partsOf,
  quotesBy,
  recordsOverlapping,
  sentencesOf,
  statisticsAbout,
  UnknownIdError,
  UnknownValueError,
} from '../src/index.js';

/** Calls `f`, which must throw, and returns what it threw. */
function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('helpers reject an id that names no record of the collection they expect', () => {
  it.each([
    ['quotesBy', () => quotesBy(article, 'nobody' as never), 'Unknown id "nobody" in actors.'],
    [
      'quotesBy, a place',
      () => quotesBy(article, 'kyiv' as never),
      'Unknown id "kyiv" in actors. It is the id of a record in places. Did you mean "journalists-in-kyiv", "kyiv-and-allies"?',
    ],
    ['statisticsAbout', () => statisticsAbout(article, 'no-such-event' as never), 'Unknown id "no-such-event" in events.'],
    [
      'statisticsAbout, a statistic',
      () => statisticsAbout(article, 'people-killed' as never),
      'Unknown id "people-killed" in events. It is the id of a record in statistics.',
    ],
    ['partsOf', () => partsOf(article, 'people-kiled' as never), 'Unknown id "people-kiled" in statistics. Did you mean "people-killed"'],
    ['eventsInvolving', () => eventsInvolving(article, 'putn' as never), 'Unknown id "putn" in actors. Did you mean "putin"?'],
    ['claimsBy', () => claimsBy(article, 'zelenskyy' as never), 'Unknown id "zelenskyy" in actors. Did you mean "zelensky"?'],
    [
      'mentioning',
      () => mentioning(article, 'overnight-strikes' as never),
      'Unknown id "overnight-strikes" in actors or places. It is the id of a record in events.',
    ],
    ['evidenceOf', () => evidenceOf(article, 'nothing' as never), 'Unknown id "nothing" in records.'],
    ['factsAbout', () => factsAbout(article, 'nothing' as never), 'Unknown id "nothing" in records.'],
  ])('%s', (_, call, message) => {
    const error = thrown(call);
    expect(error).toBeInstanceOf(UnknownIdError);
    expect((error as Error).message.startsWith(message)).toBe(true);
  });

  it('says where it looked: one collection, several, or every record', () => {
    expect(thrown(() => mentioning(article, 'x' as never))).toMatchObject({ code: 'UNKNOWN_ID', id: 'x', scope: 'actors or places', foundIn: null });
    expect(thrown(() => quotesBy(article, 'x' as never))).toMatchObject({ scope: 'actors' });
  });

  it('answers with an empty list for an id that is there but has nothing to give', () => {
    expect(quotesBy(article, 'russia')).toEqual([]);
    expect(statisticsAbout(article, 'budapest-summit')).toEqual([]);
    expect(partsOf(article, 'people-injured')).toEqual([]);
    expect(claimsBy(article, 'nato')).toEqual([]);
    expect(eventsInvolving(article, 'nato')).toEqual([]);
  });
});

describe('helpers reject a role, an event type or an actor kind that the model does not have', () => {
  it.each([
    [
      'a role',
      () => eventsInvolving(article, 'putin', 'villain' as never),
      'role',
      'Unknown role "villain": expected one of "agent", "target", "speaker", "participant", "supporter", "affected".',
    ],
    [
      'a role, misspelt',
      () => eventsInvolving(article, 'putin', 'agnet' as never),
      'role',
      'Unknown role "agnet": expected one of "agent", "target", "speaker", "participant", "supporter", "affected". Did you mean "agent"?',
    ],
    ['an event type', () => eventsOfType(article, 'bombing' as never), 'event type', 'Unknown event type "bombing": expected one of "strike", '],
    [
      'an actor kind',
      () => actorsOfKind(article, 'robot' as never),
      'actor kind',
      'Unknown actor kind "robot": expected one of "person", "state", "organisation", "group", "company", "court", "party".',
    ],
    [
      'a kind of fact',
      () => factsAbout(article, 'kyiv', 'rumour' as never),
      'kind of fact',
      'Unknown kind of fact "rumour": expected one of "wikidata", "date".',
    ],
    ['a value that is not a string', () => actorsOfKind(article, 7 as never), 'actor kind', 'Unknown actor kind 7: expected one of'],
  ])('%s', (_, call, kind, message) => {
    const error = thrown(call);
    expect(error).toBeInstanceOf(UnknownValueError);
    expect(error).toMatchObject({ code: 'UNKNOWN_VALUE', name: 'UnknownValueError', kind });
    expect((error as Error).message.startsWith(message)).toBe(true);
  });

  it('lists every allowed value, frozen', () => {
    const error = thrown(() => eventsInvolving(article, 'putin', 'villain' as never)) as UnknownValueError;
    expect(error.allowed).toEqual(['agent', 'target', 'speaker', 'participant', 'supporter', 'affected']);
    expect(error.value).toBe('villain');
    expect(error.suggestions).toEqual([]);
    expect(Object.isFrozen(error.allowed) && Object.isFrozen(error.suggestions)).toBe(true);
  });

  it('does not take a property every object has for a name of the model', () => {
    expect(() => eventsOfType(article, 'constructor' as never)).toThrow(UnknownValueError);
    expect(() => actorsOfKind(article, '__proto__' as never)).toThrow(UnknownValueError);
  });

  it('still answers for a type the article has no event of', () => {
    expect(eventsOfType(article, 'invasion').map((e) => e.id)).toEqual(['russian-invasion']);
  });
});

describe('a value that is not an article', () => {
  it.each([
    ['null', null, 'got null'],
    ['a string', 'article', 'got a string'],
    ['an array', [], 'got an array'],
    ['an object without the collections', { text: '' }, 'got an object without its parts'],
  ])('%s gets a clear TypeError, not one from deep inside', (_, value, got) => {
    for (const call of [
      () => quotesBy(value as never, 'x' as never),
      () => eventsOfType(value as never, 'strike' as never),
      () => evidenceOf(value as never, 'x' as never),
    ]) {
      expect(call).toThrow(TypeError);
      expect(call).toThrow(`Expected an article, ${got}: check untrusted data with validateArticle.`);
    }
  });
});

describe('index keys cannot collide, whatever an id holds', () => {
  it("does not give one actor another's events because its id ends in NUL and a role", () => {
    // Not a valid article (validateArticle rejects such ids), but helpers must still answer truly.
    const tricky = {
      ...article,
      events: [
        { ...article.events[0], participants: [{ actor: 'a\u0000agent', role: 'target', basis: 'stated', evidence: [{ start: 0, end: 1 }] }] },
        { ...article.events[1], participants: [{ actor: 'a', role: 'agent', basis: 'stated', evidence: [{ start: 0, end: 1 }] }] },
      ],
      actors: [
        { kind: 'state', id: 'a', name: 'A', aliases: [], evidence: [{ start: 0, end: 1 }] },
        { kind: 'state', id: 'a\u0000agent', name: 'A agent', aliases: [], evidence: [{ start: 0, end: 1 }] },
      ],
    } as unknown as Parameters<typeof eventsInvolving>[0];
    expect(eventsInvolving(tricky, 'a\u0000agent' as never).map((e) => e.id)).toEqual([article.events[0]?.id]);
    expect(eventsInvolving(tricky, 'a' as never, 'agent').map((e) => e.id)).toEqual([article.events[1]?.id]);
    expect(eventsInvolving(tricky, 'a\u0000agent' as never, 'agent')).toEqual([]);
  });
});

describe('other arguments are read once and checked', () => {
  it.each([
    ['NaN', { start: Number.NaN, end: 3 }],
    ['a reversed span', { start: 9, end: 3 }],
    ['strings', { start: '0', end: '3' }],
    ['null', null],
  ])('a span that is not one (%s) is a clear TypeError', (_, span) => {
    for (const call of [() => recordsOverlapping(article, span as never), () => sentencesOf(article, span as never)]) {
      expect(call).toThrow(new TypeError('Expected a span: an object { start, end } of numbers, with end not before start.'));
    }
  });

  it('reads each end of a span once', () => {
    let reads = 0;
    const span = {
      get start() {
        reads++;
        return 0;
      },
      get end() {
        reads++;
        return 11;
      },
    };
    expect(recordsOverlapping(article, span).map((e) => e.record.id)).toContain('overnight-strikes');
    expect(reads).toBe(2);
  });

  it('names a value that is not a string by its kind, with no suggestions, and quotes a long id in part', () => {
    const object = thrown(() => getActor(article, { toString: () => 'zelensky' } as never)) as UnknownIdError;
    expect(object.message).toBe('Unknown id an object in actors.');
    expect(object.id).toBe('an object');
    expect(object.suggestions).toEqual([]);
    const long = thrown(() => getActor(article, 'z'.repeat(1_000_000) as never)) as UnknownIdError;
    expect(long.message).toBe(`Unknown id "${'z'.repeat(60)}"… in actors.`);
    expect(long.id).toHaveLength(1_000_000);
    expect((thrown(() => eventsInvolving(article, 'putin', Symbol('x') as never)) as Error).message).toMatch(/^Unknown role a symbol: expected one of/);
  });

  it('formatAttribution rejects a mode that is not one', () => {
    expect(() => formatAttribution(article, { source: 'russia', mode: 'whispered' as never, evidence: [{ start: 0, end: 1 }] })).toThrow(
      'Unknown mode of attribution "whispered": expected one of "narrated", "reported", "confirmed", "stated", "claimed", "cited", "held", "found", "supported", "argued", "framed".',
    );
  });
});
