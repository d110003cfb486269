import { keysOf } from '../validate/problem-list.js';
import { validateArticle } from '../validate/validate-article.js';
import type { Article } from '../model/article.js';
import type { StandardSchemaV1 } from './standard-schema-v1.js';

/**
 * A Standard Schema (v1) of the article model whose `validate` is synchronous: its type says so, so
 * that code calling it directly needs no `await`. Assignable to `StandardSchemaV1<unknown, Article>`.
 * @group Validation
 */
export interface ArticleSchema extends StandardSchemaV1<unknown, Article> {
  readonly '~standard': ArticleSchema.Props;
}

/** @group Validation */
export declare namespace ArticleSchema {
  /** The `~standard` properties of {@link ArticleSchema}: those of the spec, with a synchronous `validate`. */
  interface Props extends StandardSchemaV1.Props<unknown, Article> {
    readonly validate: (value: unknown) => StandardSchemaV1.Result<Article>;
  }
}

/**
 * The article model as a Standard Schema (v1): `validateArticle` behind the interface that form,
 * router and config libraries accept (Hono, tRPC, TanStack Form, T3 Env, …). `validate` is
 * synchronous; it returns `{ value }`, the deeply frozen article, or `{ issues }`, one per problem
 * `validateArticle` finds, each with its message and its path as keys (`['events', 3, 'cameo',
 * 'code']`: numbers for array indices, keys in full). The problem codes are in the messages' words
 * only; for them, call `validateArticle`.
 *
 * @example
 * const result = articleSchema['~standard'].validate(JSON.parse(JSON.stringify(article)));
 * 'value' in result; // => true
 * const failed = articleSchema['~standard'].validate({ ...article, quotes: 'none' });
 * 'issues' in failed ? failed.issues?.[0]?.path : undefined; // => ['quotes']
 * @group Validation
 */
export const articleSchema: ArticleSchema = /* @__PURE__ */ Object.freeze({
  '~standard': /* @__PURE__ */ Object.freeze({
    version: 1,
    vendor: 'ukraine-energy-strikes',
    validate(value: unknown): StandardSchemaV1.Result<Article> {
      const result = validateArticle(value);
      if (result.ok) return Object.freeze({ value: result.article });
      const issues = result.problems.map((problem) => {
        const path = keysOf(problem);
        return Object.freeze(path.length === 0 ? { message: problem.message } : { message: problem.message, path });
      });
      return Object.freeze({ issues: Object.freeze(issues) });
    },
  }),
});
