import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { article } from '../src/index.js';

const SHA256 = '3fb2cd1dabadd14558de09dbddc4b151409824842455c39978d52ddfa0450293';
const reference = new URL('../../shared/source/article.txt', import.meta.url);

describe('article.text', () => {
  it('is the published text, byte for byte', () => {
    expect(createHash('sha256').update(article.text, 'utf8').digest('hex')).toBe(SHA256);
  });

  it('has 2,026 UTF-16 code units, curly quotes included', () => {
    expect(article.text).toHaveLength(2026);
    expect(article.text).toContain('“wasted”');
  });

  it.runIf(existsSync(reference))('equals the reference copy in ../shared/source', () => {
    expect(article.text).toBe(readFileSync(reference, 'utf8'));
  });
});
