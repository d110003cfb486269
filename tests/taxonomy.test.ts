// The README's event taxonomy is the code's: generated from the CAMEO tables and the articles
// (scripts/taxonomy.mjs, `npm run taxonomy`), so the table of codes cannot drift from what the
// validator accepts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSources, taxonomyOf, withTaxonomy } from '../scripts/taxonomy.mjs';
import { cameoCodesOf } from '../src/index.js';
import { EVENT_TYPES } from '../src/internal/vocabulary.js';

describe('the event taxonomy in the README', () => {
  it('holds exactly the table the code and the articles give', async () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(withTaxonomy(readme, taxonomyOf(await loadSources()))).toBe(readme);
  }, 30_000);

  it('has a row for every event type, naming its codes', async () => {
    const section = taxonomyOf(await loadSources());
    for (const type of Object.keys(EVENT_TYPES) as (keyof typeof EVENT_TYPES)[]) {
      const row = section.split('\n').find((line) => line.startsWith(`| \`${type}\` |`));
      expect(row, type).toBeDefined();
      const codes = cameoCodesOf(type).filter((c) => c !== null);
      // Each code is named, or its root is ("all of `14` PROTEST"), or it is a detail of a named base.
      for (const code of codes) expect(row?.includes(code.slice(0, 2)) || row?.includes(code.slice(0, 3)), `${type} ${code}`).toBe(true);
      expect(row?.includes('null'), type).toBe(cameoCodesOf(type).includes(null));
    }
  }, 30_000);

  it('refuses a README without the section', () => {
    expect(() => withTaxonomy('# no section', 'x')).toThrow(/has no taxonomy section/);
  });
});
