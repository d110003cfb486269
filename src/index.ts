/**
 * The story and the helpers that read it: `import { article, quotesBy } from 'ukraine-energy-strikes'`.
 * Validation, authoring and each export format are subpath entry points, so that importing the
 * story does not load them: `ukraine-energy-strikes/validate`, `/define`, `/json-ld`,
 * `/web-annotation`, `/gdelt`, `/ninjs` and `/brat`.
 *
 * @packageDocumentation
 */
export { article } from './story/article.js';
export type {
  StoryActor,
  StoryArticle,
  StoryIds,
  StoryClaim,
  StoryEvent,
  StoryPlace,
  StoryQuote,
  StoryRecords,
  StoryStatistic,
} from './story/types.js';

export * from './query/lookup.js';
export * from './query/filter.js';
export * from './query/relations.js';
export * from './query/provenance.js';
export * from './query/timeline.js';
export * from './query/context.js';
export * from './query/ambiguities.js';
export * from './query/cameo.js';
export { formatQuantity } from './format/quantity.js';
export { formatAttribution } from './format/attribution.js';
export { TimelineCycleError, UnknownIdError, UnknownValueError } from './errors.js';
export { meta } from './meta.js';
export type { PackageMeta } from './meta.js';

export type * from './model/index.js';
