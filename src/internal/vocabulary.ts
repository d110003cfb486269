// The model's closed sets of names, as run-time tables: the validator checks fields against them
// and the filter helpers check their arguments. Each is a `Record<…, true>`, so the compiler
// checks that it lists every member of its type and nothing else; only the keys are read.
import type { ActorKind } from '../model/actor.js';
import type { AttributionMode } from '../model/attribution.js';
import type { EventType, Role } from '../model/event.js';

// Stryker disable BooleanLiteral: only the keys of these tables are read.
/** Every participant role. */
export const ROLES: Readonly<Record<Role, true>> = {
  agent: true,
  target: true,
  speaker: true,
  participant: true,
  supporter: true,
  affected: true,
};

/** Every actor kind. */
export const ACTOR_KINDS: Readonly<Record<ActorKind, true>> = {
  person: true,
  state: true,
  organisation: true,
  group: true,
  company: true,
  court: true,
  party: true,
};

/** Every event type. */
export const EVENT_TYPES: Readonly<Record<EventType, true>> = {
  strike: true,
  explosions: true,
  'power-outage': true,
  interception: true,
  condemnation: true,
  statement: true,
  meeting: true,
  cancellation: true,
  proposal: true,
  abandonment: true,
  pressure: true,
  rejection: true,
  invasion: true,
  appeal: true,
  agreement: true,
  disaster: true,
  accident: true,
  'emergency-response': true,
  'legal-action': true,
  arrest: true,
  protest: true,
  vote: true,
  'policy-measure': true,
};
/** Every mode of attribution. */
export const ATTRIBUTION_MODES: Readonly<Record<AttributionMode, true>> = {
  narrated: true,
  reported: true,
  confirmed: true,
  stated: true,
  claimed: true,
  cited: true,
  held: true,
  found: true,
  supported: true,
  argued: true,
  framed: true,
};
// Stryker restore BooleanLiteral
