import type {
  Article,
  AbandonmentEvent,
  CancellationEvent,
  City,
  CondemnationEvent,
  Country,
  ExplosionsEvent,
  Group,
  InterceptionEvent,
  InvasionEvent,
  MeetingEvent,
  Organisation,
  Person,
  PowerOutageEvent,
  PressureEvent,
  ProposalEvent,
  Region,
  RejectionEvent,
  State,
  StatementEvent,
  StrikeEvent,
  Claim,
  Quote,
  Statistic,
} from '../model/index.js';

/** An actor of the story: each id has its own kind, so `getActor(article, 'zelensky')` is a `Person`. */
export type StoryActor =
  | State<'ukraine'>
  | Person<'zelensky'>
  | State<'russia'>
  | Group<'journalists-in-kyiv'>
  | Organisation<'energy-ministry'>
  | State<'united-states'>
  | Person<'trump'>
  | Person<'putin'>
  | Group<'european-allies'>
  | Organisation<'nato'>
  | Group<'kyiv-and-allies'>
  | Organisation<'punch'>;

/** A place of the story. */
export type StoryPlace =
  | Country<'ukraine-country'>
  | City<'kyiv'>
  | Region<'most-regions'>
  | City<'budapest'>
  | Region<'donbas'>;

/** An event of the story: each id has its own type, so `getEvent(article, 'overnight-strikes')` is a `StrikeEvent`. */
export type StoryEvent =
  | StrikeEvent<'overnight-strikes'>
  | PowerOutageEvent<'heating-and-power-loss'>
  | CondemnationEvent<'zelensky-condemnation'>
  | InvasionEvent<'russian-invasion'>
  | StatementEvent<'zelensky-casualty-statement'>
  | ExplosionsEvent<'kyiv-explosions'>
  | PowerOutageEvent<'emergency-power-outages'>
  | StatementEvent<'russia-statement'>
  | InterceptionEvent<'drone-interception'>
  | CancellationEvent<'summit-cancellation'>
  | MeetingEvent<'budapest-summit'>
  | ProposalEvent<'talks-proposal'>
  | AbandonmentEvent<'plans-abandonment'>
  | PressureEvent<'pressure-to-cede-territory'>
  | RejectionEvent<'land-concession-rejection'>
  | StatementEvent<'zelensky-reaction'>;

/** A quote of the story. */
export type StoryQuote =
  | Quote<'not-enough-pressure'>
  | Quote<'casualty-figures'>
  | Quote<'wasted-meeting'>
  | Quote<'russian-words-mean-nothing'>
  | Quote<'special-military-operation'>;

/** A statistic of the story. */
export type StoryStatistic =
  | Statistic<'left-without-power'>
  | Statistic<'war-duration'>
  | Statistic<'people-injured'>
  | Statistic<'people-killed'>
  | Statistic<'children-killed'>
  | Statistic<'explosions-heard'>
  | Statistic<'regions-with-outages'>
  | Statistic<'drones-intercepted'>
  | Statistic<'war-casualties'>;

/** A claim of the story. */
export type StoryClaim =
  | Claim<'russia-lacks-pressure'>
  | Claim<'no-significant-damage'>
  | Claim<'russia-intercepted-drones'>
  | Claim<'meeting-would-be-wasted'>
  | Claim<'no-land-for-russia'>
  | Claim<'russian-diplomacy-is-empty'>
  | Claim<'invasion-is-special-operation'>
  | Claim<'invasion-aims'>
  | Claim<'war-is-illegal-land-grab'>;

/** The record types of the story, with its literal ids. */
export interface StoryRecords {
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
}

/** The type of the built-in `article`: the model with the story's literal ids. */
export interface StoryArticle extends Article<StoryRecords> {}
