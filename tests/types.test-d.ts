import { describe, expectTypeOf, it } from 'vitest';
import {
  actorsOfKind,
  article,
  eventsInvolving,
  eventsOfType,
  findActor,
  getActor,
  getEvent,
  getPlace,
  getRecord,
  quotesBy,
  recordsAt,
  statisticsAbout,
  timeline,
} from '../src/index.js';
import type {
  Actor,
  Article,
  CancellationEvent,
  City,
  MeetingEvent,
  Person,
  Quote,
  StoryActor,
  StoryArticle,
  StoryEvent,
  StoryIds,
  StoryQuote,
  StrikeEvent,
} from '../src/index.js';

describe('lookups give the specific record', () => {
  it('an actor id gives that actor, typed by its own kind', () => {
    expectTypeOf(getActor(article, 'zelensky')).toEqualTypeOf<Person<'zelensky', StoryIds>>();
    expectTypeOf(getPlace(article, 'kyiv')).toEqualTypeOf<City<'kyiv', StoryIds>>();
    expectTypeOf(getEvent(article, 'overnight-strikes')).toEqualTypeOf<StrikeEvent<'overnight-strikes', StoryIds>>();
    expectTypeOf(getRecord(article, 'budapest-summit')).toEqualTypeOf<MeetingEvent<'budapest-summit', StoryIds>>();
    expectTypeOf(getRecord(article, 'zelensky')).toEqualTypeOf<Person<'zelensky', StoryIds>>();
  });

  it('type-specific fields are there without a check', () => {
    expectTypeOf(getEvent(article, 'overnight-strikes').targets[0]).toEqualTypeOf<StrikeEvent['targets'][number] | undefined>();
    expectTypeOf(getActor(article, 'trump').titles).toEqualTypeOf<Person<'trump', StoryIds>['titles']>();
  });

  it('misspelt ids and ids of the wrong collection do not compile', () => {
    // @ts-expect-error - 'zelenskyy' is not an actor id
    getActor(article, 'zelenskyy');
    // @ts-expect-error - 'kyiv' is a place, not an actor
    getActor(article, 'kyiv');
    // @ts-expect-error - 'strikes' is not an event id
    getEvent(article, 'strikes');
    // @ts-expect-error - 'zelenskyy' is not an actor id, so no quotes can be asked for
    quotesBy(article, 'zelenskyy');
    // @ts-expect-error - 'budapest' is a place, not an event
    statisticsAbout(article, 'budapest');
    // @ts-expect-error - 'speaker-of-truth' is not a role
    eventsInvolving(article, 'trump', 'speaker-of-truth');
  });

  it('find… accepts any string and may return undefined', () => {
    expectTypeOf(findActor(article, 'anything')).toEqualTypeOf<StoryActor | undefined>();
  });
});

describe('filters narrow the union', () => {
  it('eventsOfType gives only events of that type', () => {
    expectTypeOf(eventsOfType(article, 'cancellation')).toEqualTypeOf<readonly CancellationEvent<'summit-cancellation', StoryIds>[]>();
    // @ts-expect-error - 'bombing' is not an event type
    eventsOfType(article, 'bombing');
  });

  it('actorsOfKind gives only actors of that kind', () => {
    expectTypeOf(actorsOfKind(article, 'person')).toEqualTypeOf<
      readonly (Person<'zelensky', StoryIds> | Person<'trump', StoryIds> | Person<'putin', StoryIds>)[]
    >();
  });

  it('narrowing on a discriminant works in both branches', () => {
    const event = timeline(article)[0];
    type Strikes = StrikeEvent<'overnight-strikes', StoryIds> | StrikeEvent<'ukrainian-drone-assault', StoryIds>;
    if (event?.type === 'strike') {
      expectTypeOf(event).toEqualTypeOf<Strikes>();
    } else {
      expectTypeOf(event).toEqualTypeOf<Exclude<StoryEvent, Strikes> | undefined>();
    }
    const [entry] = recordsAt(article, 0);
    if (entry?.collection === 'quotes') {
      expectTypeOf(entry.record).toEqualTypeOf<StoryQuote>();
    } else if (entry !== undefined) {
      expectTypeOf(entry.record).not.toEqualTypeOf<StoryQuote>();
    }
  });
});

describe('immutability', () => {
  it('no field, array or nested record can be assigned', () => {
    // @ts-expect-error - text is readonly
    article.text = '';
    // @ts-expect-error - collections are readonly arrays
    article.quotes.push(article.quotes[0] as StoryQuote);
    // @ts-expect-error - nested records are readonly
    getActor(article, 'putin').name = 'someone';
    // @ts-expect-error - spans are readonly
    getEvent(article, 'budapest-summit').evidence[0].start = 0;
    // @ts-expect-error - helper results are readonly arrays
    quotesBy(article, 'zelensky')[0] = article.quotes[0] as StoryQuote;
  });
});

describe('the model is generic', () => {
  it('the story is an Article, and helpers accept any Article', () => {
    expectTypeOf<StoryArticle>().toExtend<Article>();
    const any = article as Article;
    expectTypeOf(getActor(any, 'whatever')).toEqualTypeOf<Actor>();
    expectTypeOf(quotesBy(any, 'whoever')).toEqualTypeOf<readonly Quote[]>();
  });
});
