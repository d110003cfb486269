// `meta` tells a program which release and which data it holds; it is tied here to package.json,
// to the text and to the data, so that a release cannot ship it stale.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { article, meta } from '../src/index.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
const SEMVER = /^(\d+)\.(\d+)\.(\d+)(?:-[0-9A-Za-z.-]+)?$/;
const parts = (version: string): number[] => (SEMVER.exec(version) ?? []).slice(1, 4).map(Number);

describe('meta', () => {
  it('names the package and the version package.json gives (npm run release keeps them together)', () => {
    expect(meta.name).toBe(pkg.name);
    expect(meta.version).toBe(pkg.version);
  });

  it('holds the SHA-256 of the text', () => {
    expect(meta.textSha256).toBe(sha256(article.text));
    expect(meta.textSha256).toBe('3fb2cd1dabadd14558de09dbddc4b151409824842455c39978d52ddfa0450293');
  });

  const source = new URL('../../shared/source/article.txt', import.meta.url);
  it.runIf(existsSync(source))('holds the SHA-256 of the source file, byte for byte', () => {
    expect(meta.textSha256).toBe(sha256(readFileSync(source, 'utf8')));
  });

  it('holds the SHA-256 of the data, so that any change to a record changes it', () => {
    expect(meta.dataSha256).toBe(sha256(JSON.stringify(article)));
    const changed = { ...structuredClone(article), language: 'en-GB' };
    expect(sha256(JSON.stringify(changed))).not.toBe(meta.dataSha256);
  });

  it('gives a data version that is a release no later than this one', () => {
    expect(meta.dataVersion).toMatch(SEMVER);
    const [dm = 0, dn = 0, dp = 0] = parts(meta.dataVersion);
    const [m = 0, n = 0, p = 0] = parts(meta.version);
    expect(dm * 1e12 + dn * 1e6 + dp).toBeLessThanOrEqual(m * 1e12 + n * 1e6 + p);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(meta)).toBe(true);
  });
});
