// Every field of the model, given a value of the wrong type, gets its own message: the snapshot
// pins the wording users see for each field (one entry per field of each kind of record), so a
// change to a message or to what a field accepts shows up in review.
import { describe, expect, it } from 'vitest';
import { article } from '../../src/index.js';
import { validateArticle } from '../../src/validate/validate-article.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A value of another type than `value`: what a user might wrongly put there. */
function wrong(value: Json): Json {
  if (typeof value === 'string') return 42;
  if (value === null) return 42;
  if (typeof value === 'number' || typeof value === 'boolean') return 'x';
  return Array.isArray(value) ? { length: 0 } : [];
}

/**
 * One path per field of each kind of record: array positions are named by the discriminant of the
 * element there (`kind` or `type`), or `#`, and only the first path whose name ends in the same
 * two steps is kept (a span, a link or an attribution is checked the same way wherever it is).
 */
function fieldPaths(value: Json, path: (string | number)[] = [], name = '', seen = new Map<string, (string | number)[]>()): Map<string, (string | number)[]> {
  const key = name.split('/').slice(-2).join('/');
  if (!seen.has(key)) seen.set(key, path);
  if (typeof value !== 'object' || value === null) return seen;
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      const tag = typeof item === 'object' && item !== null && !Array.isArray(item) ? (item['kind'] ?? item['type']) : undefined;
      fieldPaths(item, [...path, i], `${name}/${typeof tag === 'string' ? tag : '#'}`, seen);
    });
  } else {
    for (const [key, child] of Object.entries(value)) fieldPaths(child, [...path, key], `${name}/${key}`, seen);
  }
  return seen;
}

function replaced(root: Json, path: readonly (string | number)[], value: Json): Json {
  const copy = structuredClone(root);
  let at: any = copy;
  for (const key of path.slice(0, -1)) at = at[key];
  at[path[path.length - 1] as string | number] = value;
  return copy;
}

describe('validateArticle messages, field by field', () => {
  it('names the field, what it expects and what it got, for every field of the model', () => {
    const root = JSON.parse(JSON.stringify(article)) as Json;
    const lines: string[] = [];
    for (const [name, path] of fieldPaths(root)) {
      if (path.length === 0 || path[0] === 'text') continue;
      let value: any = root;
      for (const key of path) value = value[key];
      const result = validateArticle(replaced(root, path, wrong(value)));
      const shape = result.ok ? [] : result.problems.filter((p) => p.code === 'SHAPE');
      expect(shape.length, name).toBeGreaterThan(0);
      lines.push(`${name}: ${shape.map((p) => p.message).join(' | ')}`);
    }
    expect(lines.length).toBeGreaterThan(100);
    expect(lines.join('\n')).toMatchSnapshot();
  });
});
