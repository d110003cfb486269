import { sValidator } from '@hono/standard-validator';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/standard/article-schema.js';
import { article } from '../../src/story/article.js';
import { validateArticle } from '../../src/validate/validate-article.js';
import { edgeArticle } from '../export/fixture.js';

const standard = articleSchema['~standard'];
const copy = () => JSON.parse(JSON.stringify(article)) as Record<string, unknown>;

describe('articleSchema (Standard Schema v1)', () => {
  it('declares version 1 and the package as its vendor', () => {
    expect(standard.version).toBe(1);
    expect(standard.vendor).toBe('ukraine-energy-strikes');
    expect(Object.isFrozen(articleSchema)).toBe(true);
    expect(Object.isFrozen(standard)).toBe(true);
  });

  it('gives { value }: the checked, deeply frozen article, for a valid one', () => {
    const result = standard.validate(copy());
    expect(result).not.toBeInstanceOf(Promise);
    expect(Object.keys(result)).toEqual(['value']);
    if (!('value' in result)) throw new Error('expected a value');
    expect(result.value).toEqual(article);
    expect(Object.isFrozen(result.value.events[0])).toBe(true);
  });

  it('gives { issues }: one per problem, with validateArticle’s message and the path as keys', () => {
    const input = copy();
    const events = input['events'] as Record<string, unknown>[];
    (events[3] as { cameo: { code: string } }).cameo.code = '999';
    input['quotes'] = 'none';
    const result = standard.validate(input);
    if (!('issues' in result) || result.issues === undefined) throw new Error('expected issues');
    const problems = validateArticle(input);
    if (problems.ok) throw new Error('expected problems');
    expect(result.issues.map((i) => i.message)).toEqual(problems.problems.map((p) => p.message));
    expect(result.issues.map((i) => i.path)).toEqual([['events', 3, 'cameo', 'code'], ['quotes']]);
    expect(problems.problems.map((p) => p.path)).toEqual(['/events/3/cameo/code', '/quotes']);
  });

  it('numbers only array indices; keys that look like numbers stay strings, in full', () => {
    const long = `${'x'.repeat(300)}/~`;
    const result = standard.validate({ ...edgeArticle, [long]: 1, '0': 2 });
    if (!('issues' in result) || result.issues === undefined) throw new Error('expected issues');
    const paths = result.issues.map((i) => i.path);
    expect(paths).toContainEqual([long]);
    expect(paths).toContainEqual(['0']);
  });

  it('an issue about the input itself has no path', () => {
    const result = standard.validate(42);
    if (!('issues' in result) || result.issues === undefined) throw new Error('expected issues');
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).not.toHaveProperty('path');
  });

  it('works where a library takes any Standard Schema: a Hono route validating a posted article', async () => {
    const app = new Hono().post('/articles', sValidator('json', articleSchema), (c) => {
      const posted = c.req.valid('json');
      return c.json({ id: posted.id, events: posted.events.length });
    });
    const post = (body: unknown) => app.request('/articles', { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });

    const accepted = await post(article);
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toEqual({ id: article.id, events: article.events.length });

    const wrong = copy();
    (wrong['events'] as { cameo: { code: string } }[])[0]!.cameo.code = '1900';
    const rejected = await post(wrong);
    expect(rejected.status).toBe(400);
    const body = (await rejected.json()) as { success: boolean; error: { message: string; path?: unknown[] }[] };
    expect(body.success).toBe(false);
    expect(body.error.map((issue) => issue.path)).toEqual([['events', 0, 'cameo', 'code']]);
    expect(body.error[0]?.message).toContain('1900');
  });
});

describe('keysOf (the path behind each issue)', () => {
  it('gives no keys for a problem the validator did not make', async () => {
    const { keysOf } = await import('../../src/validate/problem-list.js');
    expect(keysOf({ code: 'SHAPE', path: '/made/up', message: 'made up' })).toEqual([]);
  });
});
