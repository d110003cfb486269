import { freezeWhole } from '../internal/freeze.js';
import { storyData } from './data.js';
import type { StoryArticle } from './types.js';

/**
 * The Punch report on overnight Russian strikes on Ukraine's energy system, as a deeply frozen
 * model: the exact text and its actors, places, events, quotes, statistics and claims, each
 * pointing at the words that support it.
 *
 * @example
 * import { article } from 'ukraine-energy-strikes';
 * article.publisher.name; // => 'Punch'
 * article.quotes.map((q) => q.text)[2]; // => 'wasted'
 * @group Story
 */
export const article: StoryArticle = /* @__PURE__ */ freezeWhole(storyData);
