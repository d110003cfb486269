// Every field that names another record is typed by the article's own ids, so a lookup can follow
// it without a cast, and a link to an id the article does not have does not compile.
import { describe, expectTypeOf, it } from 'vitest';
import { article, factsAbout, getActor, getClaim, getEvent, getPlace, getRecord, getStatistic } from '../src/index.js';
import { defineArticle } from '../src/define.js';
import type {
  AnyRecordId,
  Article,
  Attribution,
  ClaimRelation,
  ContextFact,
  DateFact,
  DurationTime,
  EventRelation,
  ExactValue,
  Link,
  OutsideContext,
  Participant,
  Person,
  Publisher,
  Quote,
  RangeValue,
  StoryActor,
  StoryClaim,
  StoryEvent,
  StoryIds,
  StoryPlace,
  StoryStatistic,
  Title,
  WikidataFact,
} from '../src/index.js';

type ActorIds = StoryIds['actor'];
type PlaceIds = StoryIds['place'];
type EventIds = StoryIds['event'];
type StatisticIds = StoryIds['statistic'];
type ClaimIds = StoryIds['claim'];

describe("the story's links carry its ids", () => {
  it('StoryIds lists exactly the ids of each collection', () => {
    expectTypeOf<ActorIds>().toEqualTypeOf<StoryActor['id']>();
    expectTypeOf<PlaceIds>().toEqualTypeOf<StoryPlace['id']>();
    expectTypeOf<EventIds>().toEqualTypeOf<StoryEvent['id']>();
    expectTypeOf<StoryIds['quote']>().toEqualTypeOf<(typeof article.quotes)[number]['id']>();
    expectTypeOf<StatisticIds>().toEqualTypeOf<StoryStatistic['id']>();
    expectTypeOf<ClaimIds>().toEqualTypeOf<StoryClaim['id']>();
  });

  it('a quote names its speaker, the event it responds to and what it is about by id', () => {
    const quote = getRecord(article, 'wasted-meeting');
    expectTypeOf(quote.speaker).toEqualTypeOf<ActorIds>();
    expectTypeOf(quote.respondsTo).toEqualTypeOf<EventIds | null>();
    expectTypeOf(quote.about).toEqualTypeOf<AnyRecordId<StoryIds> | null>();
    for (const q of article.quotes) {
      expectTypeOf(getActor(article, q.speaker)).toEqualTypeOf<StoryActor>();
      if (q.respondsTo !== null) expectTypeOf(getEvent(article, q.respondsTo)).toEqualTypeOf<StoryEvent>();
      if (q.about !== null) getRecord(article, q.about);
    }
  });

  it("an event's participants, places, attributions, relations and durations follow without a cast", () => {
    for (const event of article.events) {
      for (const p of event.participants) expectTypeOf(getActor(article, p.actor)).toEqualTypeOf<StoryActor>();
      for (const place of event.places) expectTypeOf(getPlace(article, place.id)).toEqualTypeOf<StoryPlace>();
      for (const a of event.attribution) expectTypeOf(getActor(article, a.source)).toEqualTypeOf<StoryActor>();
      for (const r of event.relations) expectTypeOf(getEvent(article, r.event)).toEqualTypeOf<StoryEvent>();
      for (const t of event.time) if (t.kind === 'duration') expectTypeOf(getStatistic(article, t.statistic)).toEqualTypeOf<StoryStatistic>();
    }
  });

  it("a statistic's and a claim's links follow without a cast", () => {
    for (const s of article.statistics) {
      for (const id of s.about) expectTypeOf(getEvent(article, id)).toEqualTypeOf<StoryEvent>();
      if (s.partOf !== null) expectTypeOf(getStatistic(article, s.partOf.id)).toEqualTypeOf<StoryStatistic>();
      for (const a of s.attribution) getActor(article, a.source);
    }
    for (const c of article.claims) {
      for (const id of c.about) getRecord(article, id);
      for (const r of c.relations) expectTypeOf(getClaim(article, r.claim)).toEqualTypeOf<StoryClaim>();
      for (const a of c.attribution) getActor(article, a.source);
    }
  });

  it("an actor's titles, containment, members and location, and a place's containment, follow without a cast", () => {
    expectTypeOf(getActor(article, 'zelensky').titles[0]?.of).toEqualTypeOf<ActorIds | null | undefined>();
    expectTypeOf(getActor(article, 'energy-ministry').partOf).toEqualTypeOf<Link<ActorIds> | null>();
    expectTypeOf(getActor(article, 'kyiv-and-allies').members).toEqualTypeOf<readonly Link<ActorIds>[]>();
    expectTypeOf(getActor(article, 'journalists-in-kyiv').location).toEqualTypeOf<Link<PlaceIds> | null>();
    expectTypeOf(getPlace(article, 'kyiv').partOf).toEqualTypeOf<Link<PlaceIds> | null>();
    const ministry = getActor(article, 'energy-ministry');
    if (ministry.partOf !== null) expectTypeOf(getActor(article, ministry.partOf.id)).toEqualTypeOf<StoryActor>();
  });

  it('the publisher and the outside context name records by id, and the context is known to be there', () => {
    expectTypeOf(article.publisher).toEqualTypeOf<Publisher<StoryIds>>();
    expectTypeOf(getActor(article, article.publisher.actor)).toEqualTypeOf<StoryActor>();
    expectTypeOf(article.context).toEqualTypeOf<OutsideContext<StoryIds>>();
    for (const fact of article.context.facts) {
      if (fact.kind === 'date') expectTypeOf(getEvent(article, fact.record)).toEqualTypeOf<StoryEvent>();
      else getRecord(article, fact.record);
    }
    expectTypeOf(factsAbout(article, 'summit-cancellation', 'date')).toEqualTypeOf<readonly DateFact<StoryIds>[]>();
    expectTypeOf(factsAbout(article, 'kyiv', 'wikidata')).toEqualTypeOf<readonly WikidataFact<StoryIds>[]>();
    expectTypeOf(factsAbout(article, 'kyiv')).toEqualTypeOf<readonly ContextFact<StoryIds>[]>();
  });

  it('each link type rejects an id of the wrong collection or of no record', () => {
    // @ts-expect-error - 'zelenskyy' is not an actor id of the story
    const speaker: Quote<'q', StoryIds>['speaker'] = 'zelenskyy';
    // @ts-expect-error - 'kyiv' is a place, not an actor: an attribution's source must be an actor
    const source: Attribution<StoryIds>['source'] = 'kyiv';
    // @ts-expect-error - 'putin' is an actor, not an event: a relation names an event
    const related: EventRelation<StoryIds>['event'] = 'putin';
    // @ts-expect-error - 'overnight-strikes' is an event, not an actor: a participant is an actor
    const participant: Participant<StoryIds>['actor'] = 'overnight-strikes';
    // @ts-expect-error - 'people-killed' is a statistic, not a claim
    const claim: ClaimRelation<StoryIds>['claim'] = 'people-killed';
    // @ts-expect-error - a duration names a statistic, and 'nowhere' is none
    const duration: DurationTime<StoryIds>['statistic'] = 'nowhere';
    // @ts-expect-error - 'ukraine' is the state; the country is 'ukraine-country'
    const place: Link<PlaceIds>['id'] = 'ukraine';
    // @ts-expect-error - 'russia' is an actor, not an event: a date is about an event
    const dated: DateFact<StoryIds>['record'] = 'russia';
    // @ts-expect-error - a title is of an actor, not of an event
    const of: Title<StoryIds>['of'] = 'budapest-summit';
    // @ts-expect-error - 'nobody' is no record at all
    const about: AnyRecordId<StoryIds> = 'nobody';
    expectTypeOf([speaker, source, related, participant, claim, duration, place, dated, of, about]).toBeArray();
  });
});

describe('narrow values: a statistic keeps the kind of its value', () => {
  it('an exact figure is a number without a check', () => {
    expectTypeOf(getStatistic(article, 'people-killed').value).toEqualTypeOf<ExactValue>();
    expectTypeOf(getStatistic(article, 'people-killed').value.value).toBeNumber();
    // @ts-expect-error - an exact value has no bounds
    getStatistic(article, 'people-killed').value.min;
  });

  it('a vague figure is a range, never a number', () => {
    expectTypeOf(getStatistic(article, 'war-duration').value).toEqualTypeOf<RangeValue>();
    // @ts-expect-error - "nearly four-year" is a range: it has no single value
    getStatistic(article, 'war-duration').value.value;
  });

  it('hovers read as named types', () => {
    expectTypeOf(getActor(article, 'zelensky')).toEqualTypeOf<Person<'zelensky', StoryIds>>();
  });
});

describe('a defined article: links typed by its own ids', () => {
  const mine = defineArticle({
    id: 'tiny-links',
    publisher: { actor: 'herald', name: 'Herald', evidence: [{ start: 0, end: 6 }] },
    language: 'en',
    text: 'Herald: Ann met Bo.',
    paragraphs: [{ start: 0, end: 19 }],
    sentences: [{ start: 0, end: 19 }],
    actors: [
      { kind: 'organisation', id: 'herald', name: 'Herald', aliases: ['Herald'], partOf: null, evidence: [{ start: 0, end: 6 }] },
      { kind: 'person', id: 'ann', name: 'Ann', aliases: ['Ann'], titles: [], evidence: [{ start: 8, end: 11 }] },
    ],
    places: [],
    events: [
      {
        type: 'meeting',
        id: 'met',
        summary: 'Ann met Bo.',
        status: 'occurred',
        cameo: { code: '040', note: 'n' },
        acled: null,
        participants: [{ actor: 'ann', role: 'participant', basis: 'stated', evidence: [{ start: 8, end: 11 }] }],
        places: [],
        time: [],
        attribution: [{ source: 'herald', mode: 'narrated', evidence: [{ start: 8, end: 19 }] }],
        relations: [],
        evidence: [{ start: 12, end: 15 }],
      },
    ],
    quotes: [],
    statistics: [],
    claims: [],
    context: null,
    ambiguities: [],
  });

  it('every link is a union of its ids, and lookups follow it', () => {
    const [event] = mine.events;
    expectTypeOf(mine.publisher.actor).toEqualTypeOf<'herald' | 'ann'>();
    if (event !== undefined) {
      expectTypeOf(event.participants[0]?.actor).toEqualTypeOf<'herald' | 'ann' | undefined>();
      expectTypeOf(event.relations[0]?.event).toEqualTypeOf<'met' | undefined>();
      for (const p of event.participants) expectTypeOf(getActor(mine, p.actor).id).toEqualTypeOf<'herald' | 'ann'>();
    }
    expectTypeOf(mine.context).toEqualTypeOf<null>();
  });

  it('the generic Article keeps plain string ids for untyped data', () => {
    const untyped: Article = mine;
    expectTypeOf(untyped.quotes[0]?.speaker).toEqualTypeOf<string | undefined>();
    expectTypeOf(untyped.context).toEqualTypeOf<OutsideContext | null>();
  });
});
