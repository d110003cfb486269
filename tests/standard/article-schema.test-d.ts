import type { StandardSchemaV1 as Spec } from '@standard-schema/spec';
import { describe, expectTypeOf, it } from 'vitest';
import { articleSchema } from '../../src/standard/article-schema.js';
import type { StandardSchemaV1 } from '../../src/standard/standard-schema-v1.js';
import type { Article } from '../../src/model/index.js';

describe('articleSchema is a Standard Schema as the spec package types it', () => {
  it('is assignable to @standard-schema/spec StandardSchemaV1', () => {
    expectTypeOf(articleSchema).toExtend<Spec>();
    expectTypeOf(articleSchema).toExtend<Spec<unknown, Article>>();
    const spec: Spec<unknown, Article> = articleSchema;
    expectTypeOf(spec['~standard'].version).toEqualTypeOf<1>();
  });

  it('infers Article as its output and unknown as its input', () => {
    expectTypeOf<Spec.InferOutput<typeof articleSchema>>().toEqualTypeOf<Article>();
    expectTypeOf<Spec.InferInput<typeof articleSchema>>().toEqualTypeOf<unknown>();
  });

  it('our copied types are the spec’s, both ways', () => {
    expectTypeOf<StandardSchemaV1<unknown, Article>>().toExtend<Spec<unknown, Article>>();
    expectTypeOf<Spec<unknown, Article>>().toExtend<StandardSchemaV1<unknown, Article>>();
    expectTypeOf<StandardSchemaV1.Issue>().toEqualTypeOf<Spec.Issue>();
    expectTypeOf<StandardSchemaV1.Result<Article>>().toExtend<Spec.Result<Article>>();
  });

  it('validates synchronously: validate returns a Result, not a Promise', () => {
    type Returned = ReturnType<(typeof articleSchema)['~standard']['validate']>;
    expectTypeOf<Returned>().not.toExtend<Promise<unknown>>();
    expectTypeOf<Returned>().toExtend<Spec.Result<Article>>();
  });
});
