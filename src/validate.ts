/**
 * Checking an article from outside the package: `import { validateArticle } from 'ukraine-energy-strikes/validate'`.
 * `validateArticle` reports every problem with a JSON pointer; `articleSchema` is the same check as
 * a Standard Schema, for form and API libraries that accept one.
 *
 * @packageDocumentation
 */
export { validateArticle } from './validate/validate-article.js';
export { articleSchema } from './standard/article-schema.js';
export type { ArticleSchema } from './standard/article-schema.js';
export type { StandardSchemaV1, StandardTypedV1 } from './standard/standard-schema-v1.js';
export type { ArticleProblem, ProblemCode, ValidationFailure, ValidationResult, ValidationSuccess } from './validate/problem.js';
