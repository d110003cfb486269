export type { Actor, ActorKind, ActorKinds, Company, Court, Group, Organisation, Party, Person, State, Title } from './actor.js';
export type { AcledCoding, AcledCodingOf, AcledEventType, AcledSubEventTypes } from './acled.js';
export type { CameoCode, CameoCodeOf, EventCameo, EventCameoPrefixes, UncodedEventType } from './cameo.js';
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
export type { Ambiguity, Reading } from './ambiguity.js';
export type { MovedId } from './moved.js';
export type { Attribution, AttributionMode } from './attribution.js';
export type { Claim, ClaimRelation } from './claim.js';
export type { ContextFact, ContextSource, DateFact, OutsideContext, WikidataFact } from './context.js';
export type {
  AbandonmentEvent,
  AccidentEvent,
  AgreementEvent,
  AppealEvent,
  ArrestEvent,
  CancellationEvent,
  Channel,
  CondemnationEvent,
  DisasterEvent,
  EmergencyResponseEvent,
  Event,
  EventRelation,
  EventRelationType,
  EventStatus,
  EventType,
  EventTypes,
  ExplosionsEvent,
  InterceptionEvent,
  InvasionEvent,
  LegalActionEvent,
  MeetingEvent,
  Participant,
  PolicyMeasureEvent,
  PowerOutageEvent,
  PressureEvent,
  ProposalEvent,
  ProtestEvent,
  RejectionEvent,
  Role,
  StatementEvent,
  StrikeEvent,
  StrikeTarget,
  VoteEvent,
} from './event.js';
export type { AdministrativeArea, BodyOfWater, City, Country, Place, PlaceKind, PlaceKinds, Region, Site } from './place.js';
export type { AnyRecordId, ArticleIds } from './ids.js';
export type { Quote, QuoteForm } from './quote.js';
export type { Basis, Evidence, Link, Span, SpanText } from './span.js';
export type { Bound, ExactValue, Qualifier, Quantity, RangeValue, Statistic } from './statistic.js';
export type {
  CalendarTime,
  DateTime,
  DurationTime,
  MonthTime,
  NightTime,
  PresentTime,
  TimeExpression,
  WeekdayTime,
  YearTime,
} from './time.js';
