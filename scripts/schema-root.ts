// The root type of dist/schema.json. ts-json-schema-generator cannot start from a generic
// declaration such as `Article<R = ArticleRecords>`, so this names it with its default argument.
import type { Article } from '../src/model/article.js';

/** An article of the model, with its default record types: the root of the JSON Schema. */
export type ArticleSchemaRoot = Article;
