import type {
  AbandonmentEvent,
  Article,
  CancellationEvent,
  City,
  Claim,
  CondemnationEvent,
  Country,
  ExactValue,
  ExplosionsEvent,
  Group,
  InterceptionEvent,
  InvasionEvent,
  MeetingEvent,
  Organisation,
  OutsideContext,
  Person,
  PowerOutageEvent,
  PressureEvent,
  ProposalEvent,
  Quote,
  RangeValue,
  Region,
  RejectionEvent,
  State,
  Statistic,
  StatementEvent,
  StrikeEvent,
} from '../model/index.js';
import type { ArticleIds } from '../model/ids.js';

/** An actor of the story: each id has its own kind, so `getActor(article, 'zelensky')` is a `Person`. */
export type StoryActor =
  | State<'ukraine'>
  | Person<'zelensky', StoryIds>
  | State<'russia'>
  | Group<'journalists-in-kyiv', StoryIds>
  | Organisation<'energy-ministry', StoryIds>
  | State<'united-states'>
  | Person<'trump', StoryIds>
  | Person<'putin', StoryIds>
  | Group<'european-allies', StoryIds>
  | Organisation<'nato', StoryIds>
  | Group<'kyiv-and-allies', StoryIds>
  | Organisation<'punch', StoryIds>;

/** A place of the story. */
export type StoryPlace =
  | Country<'ukraine-country', StoryIds>
  | City<'kyiv', StoryIds>
  | Region<'most-regions', StoryIds>
  | City<'budapest', StoryIds>
  | Region<'donbas', StoryIds>;

/** An event of the story: each id has its own type, so `getEvent(article, 'overnight-strikes')` is a `StrikeEvent`. */
export type StoryEvent =
  | StrikeEvent<'overnight-strikes', StoryIds>
  | PowerOutageEvent<'heating-and-power-loss', StoryIds>
  | CondemnationEvent<'zelensky-condemnation', StoryIds>
  | InvasionEvent<'russian-invasion', StoryIds>
  | StatementEvent<'zelensky-casualty-statement', StoryIds>
  | ExplosionsEvent<'kyiv-explosions', StoryIds>
  | StatementEvent<'ministry-confirmation', StoryIds>
  | PowerOutageEvent<'emergency-power-outages', StoryIds>
  | StatementEvent<'russia-statement', StoryIds>
  | InterceptionEvent<'drone-interception', StoryIds>
  | StrikeEvent<'ukrainian-drone-assault', StoryIds>
  | CancellationEvent<'summit-cancellation', StoryIds>
  | MeetingEvent<'budapest-summit', StoryIds>
  | ProposalEvent<'talks-proposal', StoryIds>
  | AbandonmentEvent<'plans-abandonment', StoryIds>
  | PressureEvent<'pressure-to-cede-territory', StoryIds>
  | RejectionEvent<'land-concession-rejection', StoryIds>
  | StatementEvent<'zelensky-reaction', StoryIds>;

/** A quote of the story. */
export type StoryQuote =
  | Quote<'not-enough-pressure', StoryIds>
  | Quote<'casualty-figures', StoryIds>
  | Quote<'wasted-meeting', StoryIds>
  | Quote<'russian-words-mean-nothing', StoryIds>
  | Quote<'special-military-operation', StoryIds>;

/** A statistic of the story, with the kind of its value: `people-killed` is exact, `war-duration` a range. */
export type StoryStatistic =
  | Statistic<'left-without-power', StoryIds, RangeValue>
  | Statistic<'war-duration', StoryIds, RangeValue>
  | Statistic<'people-injured', StoryIds, ExactValue>
  | Statistic<'people-killed', StoryIds, ExactValue>
  | Statistic<'children-killed', StoryIds, ExactValue>
  | Statistic<'explosions-heard', StoryIds, RangeValue>
  | Statistic<'regions-with-outages', StoryIds, RangeValue>
  | Statistic<'drones-intercepted', StoryIds, ExactValue>
  | Statistic<'war-casualties', StoryIds, RangeValue>;

/** A claim of the story. */
export type StoryClaim =
  | Claim<'russia-lacks-pressure', StoryIds>
  | Claim<'no-significant-damage', StoryIds>
  | Claim<'russia-intercepted-drones', StoryIds>
  | Claim<'meeting-would-be-wasted', StoryIds>
  | Claim<'pressure-on-ukraine-cited', StoryIds>
  | Claim<'no-land-for-russia', StoryIds>
  | Claim<'russian-diplomacy-is-empty', StoryIds>
  | Claim<'invasion-is-special-operation', StoryIds>
  | Claim<'invasion-aims', StoryIds>
  | Claim<'war-is-illegal-land-grab', StoryIds>;

/**
 * The story's ids, collection by collection: the type of every link in it, so that
 * `getActor(article, quote.speaker)` compiles with no cast.
 */
export interface StoryIds extends ArticleIds {
  /** The ids of {@link StoryActor}. */
  readonly actor:
    | 'ukraine'
    | 'zelensky'
    | 'russia'
    | 'journalists-in-kyiv'
    | 'energy-ministry'
    | 'united-states'
    | 'trump'
    | 'putin'
    | 'european-allies'
    | 'nato'
    | 'kyiv-and-allies'
    | 'punch';
  /** The ids of {@link StoryPlace}. */
  readonly place: 'ukraine-country' | 'kyiv' | 'most-regions' | 'budapest' | 'donbas';
  /** The ids of {@link StoryEvent}. */
  readonly event:
    | 'overnight-strikes'
    | 'heating-and-power-loss'
    | 'zelensky-condemnation'
    | 'russian-invasion'
    | 'zelensky-casualty-statement'
    | 'kyiv-explosions'
    | 'ministry-confirmation'
    | 'emergency-power-outages'
    | 'russia-statement'
    | 'drone-interception'
    | 'ukrainian-drone-assault'
    | 'summit-cancellation'
    | 'budapest-summit'
    | 'talks-proposal'
    | 'plans-abandonment'
    | 'pressure-to-cede-territory'
    | 'land-concession-rejection'
    | 'zelensky-reaction';
  /** The ids of {@link StoryQuote}. */
  readonly quote: 'not-enough-pressure' | 'casualty-figures' | 'wasted-meeting' | 'russian-words-mean-nothing' | 'special-military-operation';
  /** The ids of {@link StoryStatistic}. */
  readonly statistic:
    | 'left-without-power'
    | 'war-duration'
    | 'people-injured'
    | 'people-killed'
    | 'children-killed'
    | 'explosions-heard'
    | 'regions-with-outages'
    | 'drones-intercepted'
    | 'war-casualties';
  /** The ids of {@link StoryClaim}. */
  readonly claim:
    | 'russia-lacks-pressure'
    | 'no-significant-damage'
    | 'russia-intercepted-drones'
    | 'meeting-would-be-wasted'
    | 'pressure-on-ukraine-cited'
    | 'no-land-for-russia'
    | 'russian-diplomacy-is-empty'
    | 'invasion-is-special-operation'
    | 'invasion-aims'
    | 'war-is-illegal-land-grab';
}

/** The record types of the story, with its literal ids. */
export interface StoryRecords {
  /** See {@link StoryIds}. */
  readonly ids: StoryIds;
  /** See {@link StoryActor}. */
  readonly actor: StoryActor;
  /** See {@link StoryPlace}. */
  readonly place: StoryPlace;
  /** See {@link StoryEvent}. */
  readonly event: StoryEvent;
  /** See {@link StoryQuote}. */
  readonly quote: StoryQuote;
  /** See {@link StoryStatistic}. */
  readonly statistic: StoryStatistic;
  /** See {@link StoryClaim}. */
  readonly claim: StoryClaim;
  /** The story has outside context: Wikidata items and AFP's dates. */
  readonly context: OutsideContext<StoryIds>;
}

/** The type of the built-in `article`: the model with the story's literal ids. */
export interface StoryArticle extends Article<StoryRecords> {}
