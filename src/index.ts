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
export { spanOf, spansOf } from './author/span-of.js';
export type { Phrase } from './author/span-of.js';
export { aliasesOf } from './author/aliases-of.js';
export { paragraphsIn, sentencesIn } from './author/segments.js';
export { formatQuantity } from './format/quantity.js';
export { formatAttribution } from './format/attribution.js';
export * from './export/json-ld.js';
export * from './export/web-annotation.js';
export * from './export/gdelt.js';
export * from './export/ninjs.js';
export * from './export/brat.js';
export { PhraseError, TimelineCycleError, UnknownIdError, UnknownValueError } from './errors.js';
export { validateArticle } from './validate/validate-article.js';
export { articleSchema } from './standard/article-schema.js';
export type { ArticleSchema } from './standard/article-schema.js';
export type { StandardSchemaV1, StandardTypedV1 } from './standard/standard-schema-v1.js';
export type { ArticleProblem, ProblemCode, ValidationFailure, ValidationResult, ValidationSuccess } from './validate/problem.js';
export { defineArticle } from './define/define-article.js';
export type {
  ContextIn,
  DefinedArticle,
  DefinedIds,
  DefinedRecords,
  DefinedShape,
  IdIn,
  IdsOf,
  KindIn,
  MembersOf,
  TagIn,
  ValueKindIn,
  ValueKinds,
} from './define/defined-article.js';
export { InvalidArticleError } from './define/invalid-article-error.js';

export type * from './model/index.js';
