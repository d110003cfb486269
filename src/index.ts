export { article } from './story/article.js';
export type {
  StoryActor,
  StoryArticle,
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
export * from './export/json-ld.js';
export * from './export/web-annotation.js';
export { TimelineCycleError, UnknownIdError } from './errors.js';
export { validateArticle } from './validate/validate-article.js';
export type { ArticleProblem, ProblemCode, ValidationFailure, ValidationResult, ValidationSuccess } from './validate/problem.js';
export { defineArticle } from './define/define-article.js';
export { InvalidArticleError } from './define/invalid-article-error.js';

export type * from './model/index.js';
