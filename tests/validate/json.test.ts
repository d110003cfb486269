import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { articleJson, buildJson } from '../../scripts/build-json.mjs';
import { article } from '../../src/index.js';
import { validateArticle } from '../../src/validate/validate-article.js';

describe('article.json', () => {
  it('parses to an object deeply equal to the article, which validates', () => {
    const parsed: unknown = JSON.parse(articleJson(article));
    expect(parsed).toEqual(article);
    expect(validateArticle(parsed).ok).toBe(true);
  });
});

// Needs a build: `npm test` builds first; UES_DIST points at another build directory. How the
// shipped subpaths load from CJS and ESM is checked on the packed tarball by `npm run test:package`.
describe('the ./article.json and ./schema.json build step', () => {
  const root = resolve(import.meta.dirname, '../..');
  const dist = resolve(process.env['UES_DIST'] ?? join(root, 'dist'));
  const scratch = mkdtempSync(join(tmpdir(), 'ues-json-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('are built by scripts/build-json.mjs from the built index.js', async () => {
    expect(existsSync(join(dist, 'index.js')), `no build at ${dist}: run npm run build`).toBe(true);
    const out = join(scratch, 'out');
    expect(await buildJson({ from: dist, out })).toEqual([join(out, 'article.json'), join(out, 'schema.json')]);
    const built = (await import(pathToFileURL(join(dist, 'index.js')).href)) as { article: unknown };
    expect(JSON.parse(readFileSync(join(out, 'article.json'), 'utf8'))).toEqual(built.article);
    expect(JSON.parse(readFileSync(join(out, 'schema.json'), 'utf8'))).toMatchObject({ $ref: '#/$defs/Article' });
  }, 60_000);
});
