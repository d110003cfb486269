import { describe, expectTypeOf, it } from 'vitest';
import { council } from '../../examples/custom-article/article.js';
import type { CouncilArticle } from '../../examples/custom-article/article.js';
import { defineArticle } from '../../src/define/define-article.js';
import {
  actorsOfKind,
  eventsOfType,
  getActor,
  getEvent,
  getPlace,
  getQuote,
  getStatistic,
  quotesBy,
  statisticsAbout,
  timeline,
} from '../../src/index.js';
import type { Article, City, Group, MeetingEvent, Organisation, Person, ProposalEvent, Statistic } from '../../src/index.js';

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
});

describe('defineArticle keeps literal ids without `as const`', () => {
  it('infers the spec type, which is an Article', () => {
    expectTypeOf(tiny).toExtend<Article>();
    expectTypeOf(tiny.actors[1].id).toEqualTypeOf<'ann'>();
  });

  it('gives getActor the specific kind, and rejects a misspelt id', () => {
    expectTypeOf(getActor(tiny, 'ann').kind).toEqualTypeOf<'person'>();
    expectTypeOf(getActor(tiny, 'bo').kind).toEqualTypeOf<'group'>();
    expectTypeOf(getActor(tiny, 'ann').titles).toEqualTypeOf<readonly []>();
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
    expectTypeOf(getActor(council, 'ada-quill')).toEqualTypeOf<Person<'ada-quill'>>();
    expectTypeOf(getActor(council, 'millbrook-council')).toEqualTypeOf<Organisation<'millbrook-council'>>();
    expectTypeOf(getActor(council, 'opposition-group')).toEqualTypeOf<Group<'opposition-group'>>();
    expectTypeOf(getPlace(council, 'millbrook')).toEqualTypeOf<City<'millbrook'>>();
    expectTypeOf(getEvent(council, 'council-meeting')).toEqualTypeOf<MeetingEvent<'council-meeting'>>();
    expectTypeOf(getStatistic(council, 'footbridge-cost')).toEqualTypeOf<Statistic<'footbridge-cost'>>();
    // @ts-expect-error - 'ada-quil' is not an actor id of the council article
    getActor(council, 'ada-quil');
    // @ts-expect-error - 'zelensky' belongs to the built-in article, not this one
    getActor(council, 'zelensky');
    // @ts-expect-error - 'millbrook' is a place, not a quote
    getQuote(council, 'millbrook');
  });

  it('the other helpers check ids and narrow as they do for the built-in article', () => {
    expectTypeOf(eventsOfType(council, 'proposal')).toEqualTypeOf<readonly ProposalEvent<'footbridge-proposal'>[]>();
    expectTypeOf(actorsOfKind(council, 'person')).toEqualTypeOf<readonly Person<'ada-quill'>[]>();
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
