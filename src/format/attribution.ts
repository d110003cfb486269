import { knownEntry, knownValue } from '../internal/arguments.js';
import { ATTRIBUTION_MODES } from '../internal/vocabulary.js';
import type { Actor } from '../model/actor.js';
import type { Article } from '../model/article.js';
import type { Attribution } from '../model/attribution.js';

/**
 * Who says so, and how, in plain words: the attribution's mode and its source's name, so that a
 * figure Russia "claimed" is never printed as one the outlet stated.
 *
 * @param article - the article the attribution belongs to (for its source's name)
 * @param attribution - an attribution of one of its events, statistics or claims
 * @returns `'<mode> by <name>'`
 * @throws {UnknownIdError} if the attribution's source is not an actor of the article
 * @throws {UnknownValueError} if its mode is not a mode of attribution
 * @example
 * getStatistic(article, 'drones-intercepted').attribution.map((a) => formatAttribution(article, a)); // => ['claimed by Russia']
 * getClaim(article, 'no-land-for-russia').attribution.map((a) => formatAttribution(article, a));
 * // => ['held by Ukraine', 'supported by European allies']
 * @group Formatting
 */
export function formatAttribution(article: Article, attribution: Attribution): string {
  const { source, mode } = attribution;
  const actor = knownEntry(article, 'actors', source).record as Actor;
  return `${knownValue(ATTRIBUTION_MODES, mode, 'mode of attribution')} by ${actor.name}`;
}
