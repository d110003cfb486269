import { knownValue } from '../internal/arguments.js';
import { cameoCodes, cameoFits } from '../internal/cameo.js';
import { EVENT_TYPES } from '../internal/vocabulary.js';
import type { CameoCodeOf } from '../model/cameo.js';
import type { EventType } from '../model/event.js';

/**
 * The CAMEO codes an event of a type may carry, as the validator checks them: every code under
 * the type's prefixes (see `EventCameoPrefixes`), then `null` for a type that may go without one.
 * For an authoring tool's list of choices, or to check a code before writing it.
 *
 * @param type - an event type
 * @returns the codes, in GDELT's order (a base code before its details), and `null` last where the type allows it
 * @throws {UnknownValueError} if `type` is not an event type
 * @example
 * cameoCodesOf('meeting'); // => ['040', '041', '042', '043', '044', '045', '046']
 * cameoCodesOf('disaster'); // => [null]
 * cameoCodesOf('explosions').at(-1); // => null
 * @group Authoring
 */
export function cameoCodesOf<T extends EventType>(type: T): readonly CameoCodeOf<T>[] {
  knownValue(EVENT_TYPES, type, 'event type');
  // Sorted as strings: GDELT's file order, each base code before its details ('021', '0211', '022').
  // (Object.keys would put the codes that look like integers, such as '190', first.)
  const codes = Object.keys(cameoCodes())
    .filter((code) => cameoFits(type, code as CameoCodeOf<T> & string))
    .sort();
  return Object.freeze([...codes, ...(cameoFits(type, null) ? [null] : [])]) as readonly CameoCodeOf<T>[];
}
