import type { AcledCoding } from './acled.js';
import type { Attribution } from './attribution.js';
import type { EventCameo, EventCameoPrefixes } from './cameo.js';
import type { ArticleIds } from './ids.js';
import type { Evidence, Link } from './span.js';
import type { TimeExpression } from './time.js';

/**
 * What an actor does in an event:
 * `agent` did it, `target` is who it was aimed at, `speaker` said it,
 * `participant` took part (or was to), `supporter` backed it, and `affected` was harmed or touched
 * by it without being aimed at (the residents of a flooded town, the passengers of a crashed bus).
 */
export type Role = 'agent' | 'target' | 'speaker' | 'participant' | 'supporter' | 'affected';

/**
 * An actor taking part in an event, in a role.
 *
 * @example
 * const p: Participant<StoryIds> = { actor: 'russia', role: 'agent', basis: 'stated', evidence: [{ start: 1648, end: 1665 }] }; // Russia’s invasion
 * getActor(article, p.actor).name; // => 'Russia'
 */
export interface Participant<out I extends ArticleIds = ArticleIds> {
  /** The id of the actor. */
  readonly actor: I['actor'];
  /** What the actor does in the event. */
  readonly role: Role;
  /** Whether the text states the actor's part or only implies it. */
  readonly basis: Link['basis'];
  /** The spans that name the actor in this role. */
  readonly evidence: Evidence;
}

/**
 * Whether an event took place, as the text's sources tell it: `occurred`, is still `ongoing`, is
 * `planned` (announced or expected, and not yet happened when the text was written: "Northgrid said
 * it would appeal"), or was `cancelled` before it happened. How sure that is lies in `attribution`:
 * an interception that Russia "claimed" is `occurred` with the attribution mode `claimed`.
 */
export type EventStatus = 'occurred' | 'ongoing' | 'planned' | 'cancelled';

/**
 * How one event relates to another, as the text states or implies. For ordering, `after`,
 * `results-from`, `responds-to` and `reports` put this event after the target; `before` and
 * `proposes` put it before; `during` puts it after the target began; `cancels`, `abandons` and
 * `concerns` say nothing about order. `results-from` is cause and consequence ("The strikes …,
 * leaving thousands without heating": the loss results from the strikes), which `after` (mere
 * sequence, "The attack follows a diplomatic setback") does not say.
 */
export type EventRelationType = 'after' | 'before' | 'during' | 'results-from' | 'responds-to' | 'reports' | 'proposes' | 'cancels' | 'abandons' | 'concerns';

/**
 * A relation from the event that holds it to another event.
 *
 * @example
 * const r: EventRelation<StoryIds> = { type: 'responds-to', event: 'overnight-strikes', basis: 'stated', evidence: [{ start: 739, end: 765 }] }; // in response to the strikes
 * getEvent(article, r.event).type; // => 'strike'
 */
export interface EventRelation<out I extends ArticleIds = ArticleIds> {
  /** The kind of relation, read as "this event <type> the other". */
  readonly type: EventRelationType;
  /** The id of the other event. */
  readonly event: I['event'];
  /** Whether the text states the relation or only implies it. */
  readonly basis: Link['basis'];
  /** The words that state or imply it ("in response to the strikes"). */
  readonly evidence: Evidence;
}

/**
 * Where a statement was made, where the text says.
 *
 * @example
 * const c: Channel = { medium: 'social media', evidence: [{ start: 242, end: 257 }] }; // on social media
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
// `id` first, as in ActorBase (see src/model/actor.ts).
interface EventBase<Type extends EventType, out Id extends string, out I extends ArticleIds> {
  /** Stable kebab-case id, unique across the article. */
  readonly id: Id;
  /** Discriminant: what sort of event this is. */
  readonly type: Type;
  /** A one-line editorial summary written by the package authors; the evidence is the source. */
  readonly summary: string;
  /** Whether it took place. */
  readonly status: EventStatus;
  /** Its CAMEO event code, one the type takes (see {@link EventCameoPrefixes}), with the reason. */
  readonly cameo: EventCameo<Type>;
  /** Its ACLED event and sub-event type, where ACLED's categories apply; `null` where they do not. */
  readonly acled: AcledCoding | null;
  /** Actors taking part, with their roles. */
  readonly participants: readonly Participant<I>[];
  /** Where it happened, or the place it is about (the territory a demand concerns), where the text says. */
  readonly places: readonly Link<I['place']>[];
  /** When it happened, exactly as precise as the text (often nothing). */
  readonly time: readonly TimeExpression<I>[];
  /** Who the text says reports it, and how. */
  readonly attribution: readonly Attribution<I>[];
  /** Relations to other events the text states or implies. */
  readonly relations: readonly EventRelation<I>[];
  /** Every span that describes or refers to the event. */
  readonly evidence: Evidence;
}

/**
 * An attack by force on a target: an air, drone, missile or artillery strike, a bombing, an
 * assassination. CAMEO: 180, 183, 185–186, 190, 193–196, 200, 202, 204 (see {@link EventCameoPrefixes}).
 *
 * @example
 * getEvent(article, 'overnight-strikes').type; // => 'strike'
 */
export interface StrikeEvent<out Id extends string = string, out I extends ArticleIds = ArticleIds> extends EventBase<'strike', Id, I> {
  /** What the strike was aimed at or hit. */
  readonly targets: readonly StrikeTarget[];
}

/**
 * Explosions heard or seen, as witnesses report them, whatever caused them. CAMEO: the codes of the
 * means where the text gives them (180, 183, 190, 193–195, 204), or none.
 *
 * @example
 * getEvent(article, 'kyiv-explosions').attribution[0]?.mode; // => 'reported'
 */
export interface ExplosionsEvent<out Id extends string = string, out I extends ArticleIds = ArticleIds> extends EventBase<'explosions', Id, I> {}

/**
 * Power cuts, scheduled or emergency. CAMEO: none (a power cut is not an act between political actors).
 *
 * @example
 * getEvent(article, 'emergency-power-outages').places[0]?.id; // => 'most-regions'
 */
export interface PowerOutageEvent<out Id extends string = string, out I extends ArticleIds = ArticleIds> extends EventBase<'power-outage', Id, I> {}

/**
 * Air defence bringing down drones or missiles. CAMEO: 190, 193–195.
 *
 * @example
 * getEvent(article, 'drone-interception').attribution[0]?.mode; // => 'claimed'
 */
export interface InterceptionEvent<out Id extends string = string, out I extends ArticleIds = ArticleIds> extends EventBase<'interception', Id, I> {}

/**
 * A public condemnation, criticism or accusation. CAMEO: 110–114 (111 Criticize or denounce).
 *
 * @example
 * getEvent(article, 'zelensky-condemnation').channel?.medium; // => 'social media'
 */
export interface CondemnationEvent<out Id extends string = string, out I extends ArticleIds = ArticleIds> extends EventBase<'condemnation', Id, I> {
  /** Where it was made, where the text says. */
  readonly channel: Channel | null;
}

/**
 * A public statement. CAMEO: 01 (010–019).
 *
 * @example
 * getEvent(article, 'zelensky-reaction').relations[0]?.type; // => 'responds-to'
 */
export interface StatementEvent<out Id extends string = string, out I extends ArticleIds = ArticleIds> extends EventBase<'statement', Id, I> {
  /** Where it was made, where the text says. */
  readonly channel: Channel | null;
}

/**
 * A public appeal, call or request ("urged residents to leave", "called for calm"). CAMEO: 02 (020–028).
 *
 * @example
 * const call: AppealEvent['cameo']['code'] = '0233'; // Appeal for humanitarian aid
 */
export interface AppealEvent<out Id extends string = string, out I extends ArticleIds = ArticleIds> extends EventBase<'appeal', Id, I> {
  /** Where it was made, where the text says. */
  readonly channel: Channel | null;
}

/**
 * A meeting or talks, held, planned or called off (see `status`). CAMEO: 04 (040–046), which codes
 * the talks as held; CAMEO codes a plan to meet as 036 (a `proposal`) and its calling-off as 161 or
 * 164 (a `cancellation`).
 *
 * @example
 * getEvent(article, 'budapest-summit').status; // => 'cancelled'
 */
export interface MeetingEvent<out Id extends string = string, out I extends ArticleIds = ArticleIds> extends EventBase<'meeting', Id, I> {}

/**
 * The calling-off of a planned event. CAMEO: 125, 127, 160–161, 164–165.
 *
 * @example
 * getEvent(article, 'summit-cancellation').time[0]?.kind; // => 'weekday'
 */
export interface CancellationEvent<out Id extends string = string, out I extends ArticleIds = ArticleIds> extends EventBase<'cancellation', Id, I> {}

/**
 * A proposal or offer of a future event, such as talks. CAMEO: 03 (030–039; 036 for talks).
 *
 * @example
 * getEvent(article, 'talks-proposal').relations.map((r) => r.type); // => ['proposes', 'before']
 */
export interface ProposalEvent<out Id extends string = string, out I extends ArticleIds = ArticleIds> extends EventBase<'proposal', Id, I> {}

/**
 * The giving-up of plans. CAMEO: 120, 125, 127, 160–161, 164–165.
 *
 * @example
 * getEvent(article, 'plans-abandonment').participants[0]?.actor; // => 'trump'
 */
export interface AbandonmentEvent<out Id extends string = string, out I extends ArticleIds = ArticleIds> extends EventBase<'abandonment', Id, I> {}

/**
 * Pressure, a demand or a threat aimed at making an actor do something. CAMEO: 10 DEMAND, 13 THREATEN, 170.
 *
 * @example
 * getEvent(article, 'pressure-to-cede-territory').status; // => 'ongoing'
 */
export interface PressureEvent<out Id extends string = string, out I extends ArticleIds = ArticleIds> extends EventBase<'pressure', Id, I> {}

/**
 * A refusal of a demand or suggestion. CAMEO: 12 (120–129).
 *
 * @example
 * getEvent(article, 'land-concession-rejection').participants.map((p) => p.role); // => ['agent', 'supporter']
 */
export interface RejectionEvent<out Id extends string = string, out I extends ArticleIds = ArticleIds> extends EventBase<'rejection', Id, I> {}

/**
 * An invasion, and the war it began. CAMEO: 190, 192.
 *
 * @example
 * getEvent(article, 'russian-invasion').time.map((t) => t.kind); // => ['duration', 'month']
 */
export interface InvasionEvent<out Id extends string = string, out I extends ArticleIds = ArticleIds> extends EventBase<'invasion', Id, I> {}

/**
 * A formal agreement, deal or truce. CAMEO: 050, 057 Sign formal agreement, 0871 Declare truce, ceasefire.
 *
 * @example
 * const signed: AgreementEvent['cameo']['code'] = '057';
 */
export interface AgreementEvent<out Id extends string = string, out I extends ArticleIds = ArticleIds> extends EventBase<'agreement', Id, I> {}

/**
 * A natural disaster: a flood, storm, earthquake, wildfire, drought or landslide. CAMEO: none (it
 * codes acts of political actors); the response to a disaster is an `emergency-response`.
 *
 * @example
 * const none: DisasterEvent['cameo']['code'] = null;
 */
export interface DisasterEvent<out Id extends string = string, out I extends ArticleIds = ArticleIds> extends EventBase<'disaster', Id, I> {}

/**
 * An accident: a crash, a fire, an explosion at a plant or of a tanker, a collapse. CAMEO: none.
 *
 * @example
 * const none: AccidentEvent['cameo']['code'] = null;
 */
export interface AccidentEvent<out Id extends string = string, out I extends ArticleIds = ArticleIds> extends EventBase<'accident', Id, I> {}

/**
 * A rescue, evacuation or relief effort. CAMEO: 070, 073 Provide humanitarian aid, 074, or none (an
 * evacuation ordered by a town's own council is not aid between political actors).
 *
 * @example
 * const relief: EmergencyResponseEvent['cameo']['code'] = '073';
 */
export interface EmergencyResponseEvent<out Id extends string = string, out I extends ArticleIds = ArticleIds> extends EventBase<'emergency-response', Id, I> {}

/**
 * A step of the law: an investigation, a lawsuit, a charge, a trial, a ruling or a sentence.
 * CAMEO: 09 INVESTIGATE, 115 Bring lawsuit against, 116 Find guilty or liable (legally), 173, or none
 * (a ruling that strikes down a law finds no one guilty).
 *
 * @example
 * const ruling: LegalActionEvent['cameo']['code'] = '116';
 */
export interface LegalActionEvent<out Id extends string = string, out I extends ArticleIds = ArticleIds> extends EventBase<'legal-action', Id, I> {}

/**
 * An arrest or detention. CAMEO: 173 Arrest, detain, or charge with legal action.
 *
 * @example
 * const held: ArrestEvent['cameo']['code'] = '173';
 */
export interface ArrestEvent<out Id extends string = string, out I extends ArticleIds = ArticleIds> extends EventBase<'arrest', Id, I> {}

/**
 * A protest: a demonstration, a rally, a hunger strike, a labour strike or boycott, a blockade, a
 * riot. CAMEO: 14 PROTEST (141 Demonstrate or rally, 143 Conduct strike or boycott, 145 riot).
 *
 * @example
 * const walkout: ProtestEvent['cameo']['code'] = '143';
 */
export interface ProtestEvent<out Id extends string = string, out I extends ArticleIds = ArticleIds> extends EventBase<'protest', Id, I> {}

/**
 * An election, referendum or vote, held or planned. CAMEO: none (1.1b3 has no code for a vote); the
 * results are statistics.
 *
 * @example
 * const none: VoteEvent['cameo']['code'] = null;
 */
export interface VoteEvent<out Id extends string = string, out I extends ArticleIds = ArticleIds> extends EventBase<'vote', Id, I> {}

/**
 * An economic or policy measure: sanctions, aid, a curfew or state of emergency, the easing of one,
 * a budget or rate decision. CAMEO: 06, 07, 08, 162–163, 172, or none (a central bank's rate cut is
 * not an act between political actors). Read the codebook's entry, not the label: 172 and its
 * details (1724 "Impose state of emergency or martial law") code coercion aimed at civilians'
 * rights, not a council's emergency for a flood, which has no code.
 *
 * @example
 * const sanctions: PolicyMeasureEvent['cameo']['code'] = '163'; // Impose embargo, boycott, or sanctions
 */
export interface PolicyMeasureEvent<out Id extends string = string, out I extends ArticleIds = ArticleIds> extends EventBase<'policy-measure', Id, I> {}

/**
 * Each type of event, by its `type`: the one list that `Event` and `EventType` are made from.
 *
 * @example
 * const strikes: EventTypes<'overnight-strikes', StoryIds>['strike'] = getEvent(article, 'overnight-strikes');
 * strikes.targets.length; // => 2
 */
export interface EventTypes<out Id extends string = string, out I extends ArticleIds = ArticleIds> {
  /** See {@link StrikeEvent}. */
  readonly strike: StrikeEvent<Id, I>;
  /** See {@link ExplosionsEvent}. */
  readonly explosions: ExplosionsEvent<Id, I>;
  /** See {@link PowerOutageEvent}. */
  readonly 'power-outage': PowerOutageEvent<Id, I>;
  /** See {@link InterceptionEvent}. */
  readonly interception: InterceptionEvent<Id, I>;
  /** See {@link CondemnationEvent}. */
  readonly condemnation: CondemnationEvent<Id, I>;
  /** See {@link StatementEvent}. */
  readonly statement: StatementEvent<Id, I>;
  /** See {@link AppealEvent}. */
  readonly appeal: AppealEvent<Id, I>;
  /** See {@link MeetingEvent}. */
  readonly meeting: MeetingEvent<Id, I>;
  /** See {@link CancellationEvent}. */
  readonly cancellation: CancellationEvent<Id, I>;
  /** See {@link ProposalEvent}. */
  readonly proposal: ProposalEvent<Id, I>;
  /** See {@link AbandonmentEvent}. */
  readonly abandonment: AbandonmentEvent<Id, I>;
  /** See {@link PressureEvent}. */
  readonly pressure: PressureEvent<Id, I>;
  /** See {@link RejectionEvent}. */
  readonly rejection: RejectionEvent<Id, I>;
  /** See {@link InvasionEvent}. */
  readonly invasion: InvasionEvent<Id, I>;
  /** See {@link AgreementEvent}. */
  readonly agreement: AgreementEvent<Id, I>;
  /** See {@link DisasterEvent}. */
  readonly disaster: DisasterEvent<Id, I>;
  /** See {@link AccidentEvent}. */
  readonly accident: AccidentEvent<Id, I>;
  /** See {@link EmergencyResponseEvent}. */
  readonly 'emergency-response': EmergencyResponseEvent<Id, I>;
  /** See {@link LegalActionEvent}. */
  readonly 'legal-action': LegalActionEvent<Id, I>;
  /** See {@link ArrestEvent}. */
  readonly arrest: ArrestEvent<Id, I>;
  /** See {@link ProtestEvent}. */
  readonly protest: ProtestEvent<Id, I>;
  /** See {@link VoteEvent}. */
  readonly vote: VoteEvent<Id, I>;
  /** See {@link PolicyMeasureEvent}. */
  readonly 'policy-measure': PolicyMeasureEvent<Id, I>;
}

/** The closed set of event types: `keyof EventTypes`. */
export type EventType = keyof EventTypes;

/**
 * Anything that happens in the story: a discriminated union on `type`.
 *
 * @example
 * const e: Event = getEvent(article, 'overnight-strikes');
 */
export type Event<Id extends string = string, I extends ArticleIds = ArticleIds> = EventTypes<Id, I>[EventType];
