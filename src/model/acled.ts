/**
 * ACLED's sub-event types, by event type: the six event types and 25 sub-event types of the ACLED
 * Codebook (2023 and 2024 editions). "Excessive force against protesters" is spelt as in the codebook;
 * ACLED's data files also spell it "protestors".
 *
 * @example
 * const sub: AcledSubEventTypes['Explosions/Remote violence'] = 'Air/drone strike';
 */
export interface AcledSubEventTypes {
  /** Violent interactions between two organised armed groups. */
  readonly Battles: 'Armed clash' | 'Government regains territory' | 'Non-state actor overtakes territory';
  /** One-sided violence by a means that denies the target a response. */
  readonly 'Explosions/Remote violence':
    | 'Chemical weapon'
    | 'Air/drone strike'
    | 'Suicide bomb'
    | 'Shelling/artillery/missile attack'
    | 'Remote explosive/landmine/IED'
    | 'Grenade';
  /** Violence by an organised armed group against unarmed non-combatants. */
  readonly 'Violence against civilians': 'Sexual violence' | 'Attack' | 'Abduction/forced disappearance';
  /** Public demonstrations whose participants are not violent. */
  readonly Protests: 'Peaceful protest' | 'Protest with intervention' | 'Excessive force against protesters';
  /** Violent demonstrations and mob violence. */
  readonly Riots: 'Violent demonstration' | 'Mob violence';
  /** Non-violent developments that bear on political violence (interceptions are "Disrupted weapons use"). */
  readonly 'Strategic developments':
    | 'Agreement'
    | 'Arrests'
    | 'Change to group/activity'
    | 'Disrupted weapons use'
    | 'Headquarters or base established'
    | 'Looting/property destruction'
    | 'Non-violent transfer of territory'
    | 'Other';
}

/** ACLED's six event types: `keyof AcledSubEventTypes`. */
export type AcledEventType = keyof AcledSubEventTypes;

/**
 * An event's ACLED event type and sub-event type, where ACLED's categories apply (political
 * violence, protests and strategic developments), with the reason they fit. `subEventType` is `null`
 * where the text does not say enough to choose one (strikes "by what means" it does not say).
 *
 * @example
 * const acled: AcledCodingOf<'Explosions/Remote violence'> = { eventType: 'Explosions/Remote violence', subEventType: 'Air/drone strike', note: '“Ukrainian drones”.' };
 */
export interface AcledCodingOf<E extends AcledEventType> {
  /** The event type. */
  readonly eventType: E;
  /** The sub-event type of `eventType`, or `null` where the text does not say which. */
  readonly subEventType: AcledSubEventTypes[E] | null;
  /** Why they fit (one line, written by the package authors). */
  readonly note: string;
}

/**
 * Any ACLED coding: an {@link AcledCodingOf} for one of the six event types.
 *
 * @example
 * getEvent(article, 'drone-interception').acled?.subEventType; // => 'Disrupted weapons use'
 */
export type AcledCoding = { readonly [E in AcledEventType]: AcledCodingOf<E> }[AcledEventType];
