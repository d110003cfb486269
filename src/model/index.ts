export type { Actor, ActorKind, Group, Organisation, Person, State, Title } from './actor.js';
export type {
  ActorId,
  ActorOf,
  Article,
  ArticleRecords,
  ClaimId,
  ClaimOf,
  Collection,
  EventId,
  EventOf,
  PlaceId,
  PlaceOf,
  Publisher,
  QuoteId,
  QuoteOf,
  RecordEntry,
  RecordId,
  RecordOf,
  StatisticId,
  StatisticOf,
} from './article.js';
export type { Attribution, AttributionMode } from './attribution.js';
export type { Claim, ClaimRelation } from './claim.js';
export type { ContextFact, ContextSource, DateFact, OutsideContext, WikidataFact } from './context.js';
export type {
  AbandonmentEvent,
  CancellationEvent,
  Channel,
  CondemnationEvent,
  Event,
  EventRelation,
  EventRelationType,
  EventStatus,
  EventType,
  ExplosionsEvent,
  InterceptionEvent,
  InvasionEvent,
  MeetingEvent,
  Participant,
  PowerOutageEvent,
  PressureEvent,
  ProposalEvent,
  RejectionEvent,
  Role,
  StatementEvent,
  StrikeEvent,
  StrikeTarget,
} from './event.js';
export type { City, Country, Place, PlaceKind, Region } from './place.js';
export type { Quote, QuoteForm } from './quote.js';
export type { Basis, Evidence, Link, Span, SpanText } from './span.js';
export type { Bound, ExactValue, Qualifier, Quantity, RangeValue, Statistic } from './statistic.js';
export type { DurationTime, MonthTime, NightTime, PresentTime, TimeExpression, WeekdayTime } from './time.js';
