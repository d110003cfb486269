// The entry points are listed once, in package.json "exports"; what cannot read that list (the
// TypeDoc configuration, a JSON file) must agree with it.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENTRY_POINTS, specifier } from '../scripts/entry-points.mjs';

describe('the entry points', () => {
  it('are the subpaths of package.json "exports" but the JSON ones, each built from its own source file', () => {
    expect(ENTRY_POINTS).toEqual(['index', 'validate', 'define', 'json-ld', 'web-annotation', 'gdelt', 'ninjs', 'brat']);
    for (const entry of ENTRY_POINTS) expect(existsSync(new URL(`../src/${entry}.ts`, import.meta.url)), entry).toBe(true);
    expect([specifier('index'), specifier('gdelt')]).toEqual(['ukraine-energy-strikes', 'ukraine-energy-strikes/gdelt']);
  });

  it('are each documented by TypeDoc', () => {
    const typedoc = JSON.parse(readFileSync(new URL('../typedoc.json', import.meta.url), 'utf8')) as { entryPoints: string[] };
    expect(typedoc.entryPoints).toEqual(ENTRY_POINTS.map((entry) => `src/${entry}.ts`));
  });
});
