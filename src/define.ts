/**
 * Modelling an article of your own: `import { defineArticle, spanOf } from 'ukraine-energy-strikes/define'`.
 * `defineArticle` validates and freezes it and keeps its ids as literal types, so the helpers of the
 * main entry point check them at compile time; the authoring aids find offsets so that you need not
 * count them.
 *
 * @packageDocumentation
 */
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
export { spanOf, spansOf } from './author/span-of.js';
export type { Phrase } from './author/span-of.js';
export { aliasesOf } from './author/aliases-of.js';
export { paragraphsIn, sentencesIn } from './author/segments.js';
export { PhraseError } from './errors.js';
