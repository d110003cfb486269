import { describe, expectTypeOf, it } from 'vitest';
import { council } from '../../examples/custom-article/article.js';
import type { CouncilArticle, CouncilIds } from '../../examples/custom-article/article.js';
import { defineArticle } from '../../src/define/define-article.js';
import { actorsOfKind, eventsOfType, getActor, getEvent, getPlace, getQuote, getStatistic, quotesBy, statisticsAbout, timeline } from '../../src/index.js';
import type { Article, City, Group, MeetingEvent, Organisation, Person, ProposalEvent, RangeValue, Statistic } from '../../src/index.js';
import type { DefinedArticle, DefinedIds } from '../../src/define.js';

// Written inline with no annotation and no `as const`: the `const` type parameter keeps the literals.
const tiny = defineArticle({
  id: 'tiny',
  publisher: { actor: 'herald', name: 'Herald', evidence: [{ start: 0, end: 6 }] },
  language: 'en',
  text: 'Herald: Ann met Bo.',
  paragraphs: [{ start: 0, end: 19 }],
  sentences: [{ start: 0, end: 19 }],
  actors: [
    { kind: 'organisation', id: 'herald', name: 'Herald', aliases: ['Herald'], partOf: null, evidence: [{ start: 0, end: 6 }] },
    { kind: 'person', id: 'ann', name: 'Ann', aliases: ['Ann'], titles: [], evidence: [{ start: 8, end: 11 }] },
    { kind: 'group', id: 'bo', name: 'Bo', aliases: ['Bo'], members: [], location: null, evidence: [{ start: 16, end: 18 }] },
  ],
  places: [],
  events: [],
  quotes: [],
  statistics: [],
  claims: [],
  context: null,
  ambiguities: [],
});

/** The shape `defineArticle` keeps of `tiny`: its ids and kinds, nothing else of the literal. */
interface TinyShape {
  readonly actors: { herald: 'organisation'; ann: 'person'; bo: 'group' };
  readonly places: {};
  readonly events: {};
  readonly quotes: never;
  readonly statistics: {};
  readonly claims: never;
  readonly context: false;
}

describe('defineArticle keeps literal ids without `as const`', () => {
  it("gives a DefinedArticle of the literal's ids and kinds, which is an Article", () => {
    expectTypeOf(tiny).toExtend<Article>();
    expectTypeOf(tiny).toEqualTypeOf<DefinedArticle<TinyShape>>();
    expectTypeOf(tiny.actors[1]?.id).toEqualTypeOf<'herald' | 'ann' | 'bo' | undefined>();
  });

  it('does not keep the text (or anything else of the literal but ids and kinds) in the type', () => {
    expectTypeOf(tiny.text).toEqualTypeOf<string>();
    expectTypeOf(tiny.id).toEqualTypeOf<string>();
  });

  it('gives getActor the specific kind, and rejects a misspelt id', () => {
    expectTypeOf(getActor(tiny, 'ann')).toEqualTypeOf<Person<'ann', DefinedIds<TinyShape>>>();
    expectTypeOf(getActor(tiny, 'bo').kind).toEqualTypeOf<'group'>();
    expectTypeOf(getActor(tiny, 'ann').titles).toEqualTypeOf<readonly Person<'ann', DefinedIds<TinyShape>>['titles'][number][]>();
    // @ts-expect-error - 'anne' is not an actor id of this article
    getActor(tiny, 'anne');
    // @ts-expect-error - 'herald' is an actor, not a place
    getPlace(tiny, 'herald');
  });

  it('rejects a spec that is not an Article at compile time', () => {
    // @ts-expect-error - 'persn' is not an actor kind
    defineArticle({ ...tiny, actors: [{ ...tiny.actors[1], kind: 'persn' }] });
  });
});

describe('a defined article with named record types (the example)', () => {
  it('has its declared type', () => {
    expectTypeOf(council).toEqualTypeOf<CouncilArticle>();
  });

  it('lookups give the specific record types', () => {
    expectTypeOf(getActor(council, 'ada-quill')).toEqualTypeOf<Person<'ada-quill', CouncilIds>>();
    expectTypeOf(getActor(council, 'millbrook-council')).toEqualTypeOf<Organisation<'millbrook-council', CouncilIds>>();
    expectTypeOf(getActor(council, 'opposition-group')).toEqualTypeOf<Group<'opposition-group', CouncilIds>>();
    expectTypeOf(getPlace(council, 'millbrook')).toEqualTypeOf<City<'millbrook', CouncilIds>>();
    expectTypeOf(getEvent(council, 'council-meeting')).toEqualTypeOf<MeetingEvent<'council-meeting', CouncilIds>>();
    expectTypeOf(getStatistic(council, 'footbridge-cost')).toEqualTypeOf<Statistic<'footbridge-cost', CouncilIds, RangeValue>>();
    // @ts-expect-error - 'ada-quil' is not an actor id of the council article
    getActor(council, 'ada-quil');
    // @ts-expect-error - 'zelensky' belongs to the built-in article, not this one
    getActor(council, 'zelensky');
    // @ts-expect-error - 'millbrook' is a place, not a quote
    getQuote(council, 'millbrook');
  });

  it('the other helpers check ids and narrow as they do for the built-in article', () => {
    expectTypeOf(eventsOfType(council, 'proposal')).toEqualTypeOf<readonly ProposalEvent<'footbridge-proposal', CouncilIds>[]>();
    expectTypeOf(actorsOfKind(council, 'person')).toEqualTypeOf<readonly Person<'ada-quill', CouncilIds>[]>();
    expectTypeOf(timeline(council)[0]?.id).toEqualTypeOf<'council-meeting' | 'footbridge-proposal' | 'plan-rejection' | undefined>();
    quotesBy(council, 'ada-quill');
    statisticsAbout(council, 'footbridge-proposal');
    // @ts-expect-error - 'strike' is not an event type of this article
    eventsOfType(council, 'strike');
    // @ts-expect-error - 'ada' is not an actor id
    quotesBy(council, 'ada');
    // @ts-expect-error - 'meeting' is not an event id
    statisticsAbout(council, 'meeting');
  });
});

describe('defineArticle checks every reference at compile time, where it is', () => {
  const base = {
    id: 'refs',
    publisher: { actor: 'herald', name: 'Herald', evidence: [{ start: 0, end: 6 }] },
    language: 'en',
    text: 'Herald: Ann met Bo.',
    paragraphs: [{ start: 0, end: 19 }],
    sentences: [{ start: 0, end: 19 }],
    places: [],
    statistics: [],
    claims: [],
    context: null,
    ambiguities: [],
  } as const;
  const herald = { kind: 'organisation', id: 'herald', name: 'Herald', aliases: ['Herald'], partOf: null, evidence: [{ start: 0, end: 6 }] } as const;

  it('rejects a speaker that is no actor of the literal, and the result stays typed (no cascade)', () => {
    const wrong = defineArticle({
      ...base,
      actors: [herald],
      events: [],
      quotes: [
        {
          id: 'q',
          // @ts-expect-error - 'wahabb' is not an actor id of this article (only 'herald' is)
          speaker: 'wahabb',
          text: 'Ann',
          span: { start: 8, end: 11 },
          form: 'direct',
          channel: null,
          respondsTo: null,
          about: null,
          evidence: [{ start: 8, end: 11 }],
        },
      ],
    });
    // The mistake stays where it is: the article is still typed by its ids.
    expectTypeOf(getActor(wrong, 'herald')).toEqualTypeOf<
      Organisation<
        'herald',
        DefinedIds<{
          readonly actors: { herald: 'organisation' };
          readonly places: {};
          readonly events: {};
          readonly quotes: 'q';
          readonly statistics: {};
          readonly claims: never;
          readonly context: false;
        }>
      >
    >();
  });

  it('rejects a relation to an event the literal does not have', () => {
    defineArticle({
      ...base,
      actors: [herald],
      quotes: [],
      events: [
        {
          type: 'meeting',
          id: 'met',
          summary: 'Ann met Bo.',
          status: 'occurred',
          cameo: { code: '040', note: 'n' },
          acled: null,
          participants: [],
          places: [],
          time: [],
          attribution: [],
          // @ts-expect-error - 'mett' is not an event id of this article
          relations: [{ type: 'after', event: 'mett', basis: 'stated', evidence: [{ start: 8, end: 11 }] }],
          evidence: [{ start: 12, end: 15 }],
        },
      ],
    });
  });

  it('rejects an attribution to a place, and a mistyped kind, each at its own record', () => {
    const both = defineArticle({
      ...base,
      actors: [
        herald,
        // @ts-expect-error - 'persn' is not an actor kind (this record only)
        { kind: 'persn', id: 'ann', name: 'Ann', aliases: ['Ann'], titles: [], evidence: [{ start: 8, end: 11 }] },
      ],
      quotes: [],
      events: [
        {
          type: 'meeting',
          id: 'met',
          summary: 'Ann met Bo.',
          status: 'occurred',
          cameo: { code: '040', note: 'n' },
          acled: null,
          participants: [],
          places: [],
          time: [],
          // @ts-expect-error - 'nowhere' is not an actor id: an attribution's source must be an actor
          attribution: [{ source: 'nowhere', mode: 'narrated', evidence: [{ start: 8, end: 19 }] }],
          relations: [],
          evidence: [{ start: 12, end: 15 }],
        },
      ],
    });
    // 'ann' is still an actor id, of whatever kind it turns out to be; 'herald' keeps its kind.
    expectTypeOf(getActor(both, 'herald').kind).toEqualTypeOf<'organisation'>();
    getActor(both, 'ann');
  });
});
