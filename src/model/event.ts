import type { Attribution } from './attribution.js';
import type { Evidence, Link } from './span.js';
import type { TimeExpression } from './time.js';

/**
 * What an actor does in an event:
 * `agent` did it, `target` is who it was aimed at, `speaker` said it,
 * `participant` took part (or was to), `supporter` backed it.
 */
export type Role = 'agent' | 'target' | 'speaker' | 'participant' | 'supporter';

/**
 * An actor taking part in an event, in a role.
 *
 * @example
 * const p: Participant = { actor: 'russia', role: 'agent', basis: 'implied', evidence: [{ start: 301, end: 307 }] };
 */
export interface Participant {
  /** The id of the actor. */
  readonly actor: string;
  /** What the actor does in the event. */
  readonly role: Role;
  /** Whether the text states the actor's part or only implies it. */
  readonly basis: Link['basis'];
  /** The spans that name the actor in this role. */
  readonly evidence: Evidence;
}

/**
 * Whether an event took place, as the text's sources tell it: `occurred`, is still `ongoing`, or
 * was `cancelled` before it happened. How sure that is lies in `attribution`: an interception that
 * Russia "claimed" is `occurred` with the attribution mode `claimed`.
 */
export type EventStatus = 'occurred' | 'ongoing' | 'cancelled';

/**
 * How one event relates to another, as the text states or implies. For ordering, `after`,
 * `responds-to` and `reports` put this event after the target; `before` and `proposes` put it
 * before; `during` puts it after the target began; `cancels`, `abandons` and `concerns` say
 * nothing about order.
 */
export type EventRelationType =
  | 'after'
  | 'before'
  | 'during'
  | 'responds-to'
  | 'reports'
  | 'proposes'
  | 'cancels'
  | 'abandons'
  | 'concerns';

/**
 * A relation from the event that holds it to another event.
 *
 * @example
 * const r: EventRelation = { type: 'responds-to', event: 'overnight-strikes', basis: 'stated', evidence: [{ start: 700, end: 728 }] };
 */
export interface EventRelation {
  /** The kind of relation, read as "this event <type> the other". */
  readonly type: EventRelationType;
  /** The id of the other event. */
  readonly event: string;
  /** Whether the text states the relation or only implies it. */
  readonly basis: Link['basis'];
  /** The words that state or imply it ("in response to the strikes"). */
  readonly evidence: Evidence;
}

/**
 * Where a statement was made, where the text says.
 *
 * @example
 * const c: Channel = { medium: 'social media', evidence: [{ start: 260, end: 275 }] };
 */
export interface Channel {
  /** The medium, as the text names it. */
  readonly medium: string;
  /** The words that name it. */
  readonly evidence: Evidence;
}

/**
 * Something a strike was aimed at, such as "critical energy infrastructure".
 *
 * @example
 * getEvent(article, 'overnight-strikes').targets.map((t) => t.description); // => ['residential areas', 'energy infrastructure']
 */
export interface StrikeTarget {
  /** What was targeted (written by the package authors; the text's words are the evidence). */
  readonly description: string;
  /** Every span that names the target. */
  readonly evidence: Evidence;
}

/** Fields every event has, whatever its type. */
interface EventBase<out Type extends string, out Id extends string> {
  /** Discriminant: what sort of event this is. */
  readonly type: Type;
  /** Stable kebab-case id, unique across the article. */
  readonly id: Id;
  /** A one-line editorial summary written by the package authors; the evidence is the source. */
  readonly summary: string;
  /** Whether it took place. */
  readonly status: EventStatus;
  /** Actors taking part, with their roles. */
  readonly participants: readonly Participant[];
  /** Where it happened, or the place it is about (the territory a demand concerns), where the text says. */
  readonly places: readonly Link[];
  /** When it happened, exactly as precise as the text (often nothing). */
  readonly time: readonly TimeExpression[];
  /** Who the text says reports it, and how. */
  readonly attribution: readonly Attribution[];
  /** Relations to other events the text states or implies. */
  readonly relations: readonly EventRelation[];
  /** Every span that describes or refers to the event. */
  readonly evidence: Evidence;
}

/**
 * A strike (the text does not say by what means), with what it was aimed at.
 *
 * @example
 * getEvent(article, 'overnight-strikes').type; // => 'strike'
 */
export interface StrikeEvent<out Id extends string = string> extends EventBase<'strike', Id> {
  /** What the strike was aimed at or hit. */
  readonly targets: readonly StrikeTarget[];
}

/**
 * Explosions heard or seen, as witnesses report them.
 *
 * @example
 * getEvent(article, 'kyiv-explosions').attribution[0]?.mode; // => 'reported'
 */
export interface ExplosionsEvent<out Id extends string = string> extends EventBase<'explosions', Id> {}

/**
 * Power cuts, scheduled or emergency.
 *
 * @example
 * getEvent(article, 'emergency-power-outages').places[0]?.id; // => 'most-regions'
 */
export interface PowerOutageEvent<out Id extends string = string> extends EventBase<'power-outage', Id> {}

/**
 * Air defence bringing down drones or missiles.
 *
 * @example
 * getEvent(article, 'drone-interception').attribution[0]?.mode; // => 'claimed'
 */
export interface InterceptionEvent<out Id extends string = string> extends EventBase<'interception', Id> {}

/**
 * A public condemnation of another event.
 *
 * @example
 * getEvent(article, 'zelensky-condemnation').channel?.medium; // => 'social media'
 */
export interface CondemnationEvent<out Id extends string = string> extends EventBase<'condemnation', Id> {
  /** Where it was made, where the text says. */
  readonly channel: Channel | null;
}

/**
 * A public statement.
 *
 * @example
 * getEvent(article, 'zelensky-reaction').relations[0]?.type; // => 'responds-to'
 */
export interface StatementEvent<out Id extends string = string> extends EventBase<'statement', Id> {
  /** Where it was made, where the text says. */
  readonly channel: Channel | null;
}

/**
 * A meeting or talks, held, planned or called off (see `status`).
 *
 * @example
 * getEvent(article, 'budapest-summit').status; // => 'cancelled'
 */
export interface MeetingEvent<out Id extends string = string> extends EventBase<'meeting', Id> {}

/**
 * The calling-off of a planned event.
 *
 * @example
 * getEvent(article, 'summit-cancellation').time[0]?.kind; // => 'weekday'
 */
export interface CancellationEvent<out Id extends string = string> extends EventBase<'cancellation', Id> {}

/**
 * A proposal of a future event, such as talks.
 *
 * @example
 * getEvent(article, 'talks-proposal').relations.map((r) => r.type); // => ['proposes', 'before']
 */
export interface ProposalEvent<out Id extends string = string> extends EventBase<'proposal', Id> {}

/**
 * The giving-up of plans.
 *
 * @example
 * getEvent(article, 'plans-abandonment').participants[0]?.actor; // => 'trump'
 */
export interface AbandonmentEvent<out Id extends string = string> extends EventBase<'abandonment', Id> {}

/**
 * Pressure put on an actor to do something.
 *
 * @example
 * getEvent(article, 'pressure-to-cede-territory').status; // => 'ongoing'
 */
export interface PressureEvent<out Id extends string = string> extends EventBase<'pressure', Id> {}

/**
 * A refusal of a demand or suggestion.
 *
 * @example
 * getEvent(article, 'land-concession-rejection').participants.map((p) => p.role); // => ['agent', 'supporter']
 */
export interface RejectionEvent<out Id extends string = string> extends EventBase<'rejection', Id> {}

/**
 * An invasion, and the war it began.
 *
 * @example
 * getEvent(article, 'russian-invasion').time.map((t) => t.kind); // => ['duration', 'month']
 */
export interface InvasionEvent<out Id extends string = string> extends EventBase<'invasion', Id> {}

/**
 * Anything that happens in the story: a discriminated union on `type`.
 *
 * @example
 * const e: Event = getEvent(article, 'overnight-strikes');
 */
export type Event<Id extends string = string> =
  | StrikeEvent<Id>
  | ExplosionsEvent<Id>
  | PowerOutageEvent<Id>
  | InterceptionEvent<Id>
  | CondemnationEvent<Id>
  | StatementEvent<Id>
  | MeetingEvent<Id>
  | CancellationEvent<Id>
  | ProposalEvent<Id>
  | AbandonmentEvent<Id>
  | PressureEvent<Id>
  | RejectionEvent<Id>
  | InvasionEvent<Id>;

/** The closed set of event types: `Event['type']`. */
export type EventType = Event['type'];
