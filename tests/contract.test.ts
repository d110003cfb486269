// The contract scripts: what counts as a removal or an addition, which release it needs, and the
// release notes' list of data changes.
import { describe, expect, it } from 'vitest';
import { dataChanges, withDataChanges } from '../scripts/contract/release-notes.mjs';
import { covers, declarationsOf, diffContracts, exportsOf, idManifest, requiredBump } from '../scripts/contract/manifest.mjs';
import { article } from '../src/index.js';

const report = (body: string): string => `## API Report File\n\n\`\`\`ts\n\n${body}\n\n\`\`\`\n`;
const ids = idManifest(article);

describe('the data contract', () => {
  it('lists every record id by collection, in article order, and the renamed ones', () => {
    expect(ids.actors.slice(0, 2)).toEqual(['ukraine', 'zelensky']);
    expect(ids.events).toHaveLength(article.events.length);
    expect(ids.moved).toEqual({});
  });

  it('reads the exports of an API report', () => {
    const text = report(
      '// @public\nexport function getActor(a: A): B;\n\n// @public\nexport interface Actor {\n    readonly id: string;\n}\n\n// @public\nexport const meta: PackageMeta;',
    );
    expect(exportsOf(text)).toEqual(['Actor', 'getActor', 'meta']);
    expect(Object.keys(declarationsOf(text))).toEqual(['getActor', 'Actor', 'meta']);
  });

  it('needs a major release for a removed or renamed id or export, a minor for an added or changed one, none for nothing', () => {
    const api = { index: report('// @public\nexport function getActor(a: A): B;') };
    const before = { ids, api };
    expect(requiredBump(diffContracts(before, before))).toBe('none');
    const renamed = {
      ...ids,
      actors: ids.actors.map((id: string) => (id === 'zelensky' ? 'volodymyr-zelensky' : id)),
      moved: { zelensky: 'volodymyr-zelensky' },
    };
    const diff = diffContracts(before, { ids: renamed, api });
    expect(diff.ids.removed).toEqual(['actors: zelensky (moved to volodymyr-zelensky)']);
    expect(diff.ids.added).toEqual(['actors: volodymyr-zelensky', 'moved: zelensky → volodymyr-zelensky']);
    expect(requiredBump(diff)).toBe('major');
    expect(requiredBump(diffContracts(before, { ids: { ...ids, quotes: [...ids.quotes, 'new-quote'] }, api }))).toBe('minor');
    expect(requiredBump(diffContracts(before, { ids, api: { index: report('') } }))).toBe('major');
    expect(requiredBump(diffContracts(before, { ids, api: { index: report('// @public\nexport function getActor(a: A, b?: C): B;') } }))).toBe('minor');
    expect(requiredBump(diffContracts(before, { ids, api: { ...api, brat: report('// @public\nexport function toBrat(a: A): B;') } }))).toBe('minor');
    expect(requiredBump(diffContracts(before, { ids: { ...ids, article: 'another' }, api }))).toBe('major');
    // Dropping or changing a redirect breaks the old id it kept working.
    const redirected = { ids: { ...ids, moved: { old: 'zelensky' } }, api };
    expect(diffContracts(redirected, before).ids.removed).toEqual(['moved: old → zelensky']);
    expect(requiredBump(diffContracts(redirected, before))).toBe('major');
    expect(requiredBump(diffContracts(redirected, { ids: { ...ids, moved: { old: 'trump' } }, api }))).toBe('major');
    // An export under another name (`export { Event_2 as Event }`) is an export like any other.
    const aliased = { ids, api: { index: report('// @public\ntype Event_2 = A | B;\nexport { Event_2 as Event }') } };
    expect(exportsOf(aliased.api.index)).toEqual(['Event']);
    expect(requiredBump(diffContracts(aliased, { ids, api: { index: report('') } }))).toBe('major');
    expect(requiredBump(diffContracts(aliased, { ids, api: { index: report('// @public\ntype Event_2 = A;\nexport { Event_2 as Event }') } }))).toBe('minor');
  });

  it('takes a pending release as covering the change only if it is at least the one needed', () => {
    expect(covers('major', 'major')).toBe(true);
    expect(covers('minor', 'major')).toBe(false);
    expect(covers('patch', 'minor')).toBe(false);
    expect(covers('none', 'none')).toBe(true);
    expect(covers(undefined, 'minor')).toBe(false);
  });
});

describe('the release notes', () => {
  it('list every record of a first release', () => {
    const { lines, changed } = dataChanges(undefined, article);
    expect(changed).toBe(true);
    expect(lines.find((l: string) => l.startsWith('- **quotes** (5):'))).toContain('`wasted-meeting`');
  });

  it('list added, removed, renamed and changed records, with the fields that changed', () => {
    const next = structuredClone(article) as unknown as Record<string, { id: string }[]> & { moved?: unknown; text: string };
    next['quotes'] = next['quotes']!.filter((q) => q.id !== 'wasted-meeting');
    next['actors'] = next['actors']!.map((a) => (a.id === 'trump' ? { ...a, id: 'donald-trump' } : a.id === 'putin' ? { ...a, name: 'V. Putin' } : a));
    next['claims'] = [...next['claims']!, { ...next['claims']![0]!, id: 'new-claim' }];
    next.moved = [{ from: 'trump', to: 'donald-trump' }];
    const { lines, changed } = dataChanges(article, next);
    expect(changed).toBe(true);
    expect(lines).toEqual([
      '- **actors**: renamed `trump` to `donald-trump` (`moved` keeps the old id for the find* lookups); changed `putin` (`name`)',
      '- **quotes**: removed `wasted-meeting`',
      '- **claims**: added `new-claim`',
      '- **moved**: `trump` → `donald-trump`',
    ]);
    // Two ids merged into one: the one renamed, the other merged; a dropped redirect is a change.
    const merged = structuredClone(article) as unknown as Record<string, { id: string }[]> & { moved?: unknown };
    merged['actors'] = merged['actors']!.filter((a) => a.id !== 'nato' && a.id !== 'european-allies');
    merged.moved = [
      { from: 'nato', to: 'kyiv-and-allies' },
      { from: 'european-allies', to: 'kyiv-and-allies' },
    ];
    expect(dataChanges(article, merged).lines).toEqual([
      '- **actors**: merged `european-allies` into `kyiv-and-allies` (`moved` leads the old id there); merged `nato` into `kyiv-and-allies` (`moved` leads the old id there)',
      '- **moved**: `nato` → `kyiv-and-allies`; `european-allies` → `kyiv-and-allies`',
    ]);
    expect(dataChanges(merged, { ...merged, moved: [] }).lines).toEqual([
      '- **moved**: dropped `nato` → `kyiv-and-allies`; dropped `european-allies` → `kyiv-and-allies`',
    ]);
    expect(dataChanges(article, structuredClone(article))).toEqual({
      lines: ['None: the text and every record are as in the previous release.'],
      changed: false,
    });
    expect(dataChanges(article, { ...structuredClone(article), text: `${article.text} ` }).lines[0]).toMatch(/^- \*\*text\*\*: changed/);
  });

  it("go into the version's changelog entry, replacing their own earlier section", () => {
    const changelog = '# pkg\n\n## 1.1.0\n\n### Minor Changes\n\n- x\n\n## 1.0.0\n\n- y\n';
    const once = withDataChanges(changelog, '1.1.0', ['- a']);
    expect(once).toBe('# pkg\n\n## 1.1.0\n\n### Minor Changes\n\n- x\n\n### Data changes\n\n- a\n\n## 1.0.0\n\n- y\n');
    expect(withDataChanges(once, '1.1.0', ['- b'])).toBe(once.replace('- a', '- b'));
    expect(() => withDataChanges(changelog, '2.0.0', ['- a'])).toThrow('no entry "## 2.0.0"');
  });
});
