// Every TSDoc @example in src/ is run here: each `expression; // => value` line becomes an
// assertion, so the documentation cannot drift from what the code does. Examples are TypeScript,
// transpiled with the repository's compiler; their scope is the exports of every entry point of the
// package plus the exports of the module they document.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ENTRY_POINTS, specifier } from '../scripts/entry-points.mjs';

/** Every entry point's exports, by import specifier. */
const entries: Record<string, Record<string, unknown>> = Object.fromEntries(
  await Promise.all(ENTRY_POINTS.map(async (entry) => [specifier(entry), await import(`../src/${entry}.ts`)])),
);
const api: Record<string, unknown> = Object.assign({}, ...Object.values(entries));

const root = new URL('../src/', import.meta.url).pathname;
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );

interface Example {
  readonly where: string;
  readonly file: string;
  readonly code: string;
  readonly checks: number;
}

/** The @example sections of a file's TSDoc comments, as code with `__check(actual, expected)` calls. */
function examplesIn(file: string): Example[] {
  const source = readFileSync(file, 'utf8');
  const found: Example[] = [];
  for (const comment of source.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    const lines = (comment[1] ?? '').split('\n').map((l) => l.replace(/^\s*\* ?/, ''));
    const start = lines.findIndex((l) => l.startsWith('@example'));
    if (start < 0) continue;
    const body: string[] = [];
    for (const line of lines.slice(start + 1)) {
      if (line.startsWith('@')) break;
      const result = /^\s*\/\/ =>\s*(.*)$/.exec(line);
      const continued = /^\s*\/\/\s+(.*)$/.exec(line);
      if (result !== null) body[body.length - 1] += ` // => ${result[1] ?? ''}`;
      else if (continued !== null && !continued[1]?.startsWith('(') && /\/\/ =>/.test(body.at(-1) ?? '')) body[body.length - 1] += ` ${continued[1] ?? ''}`;
      else body.push(line);
    }
    let checks = 0;
    const code = body
      .map((line) => {
        const m = /^(\s*(?:if \(.*?\)\s*)?)(.+?);\s*\/\/ => (.*)$/.exec(line);
        if (m === null || /\bimport\b/.test(line)) return line.replace(/^import .*$/, '');
        checks++;
        // A trailing "(…)" after the value is a remark, not part of it.
        const expected = (m[3] ?? '').replace(/ \([^'"]*\)$/, '');
        return `${m[1]}__check(() => (${m[2]}), ${JSON.stringify(expected)});`;
      })
      .join('\n');
    const line = source.slice(0, comment.index).split('\n').length;
    if (checks > 0) found.push({ where: `${relative(root, file)}:${line}`, file, code, checks });
  }
  return found;
}

const examples = files(root).flatMap(examplesIn);

describe('TSDoc examples', () => {
  it('there are many to check', () => {
    expect(examples.reduce((n, e) => n + e.checks, 0)).toBeGreaterThan(60);
  });

  it('import each name from the entry point that exports it', () => {
    const imports = files(root).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/^\s*\*\s*import \{([^}]*)\} from '([^']+)';/gm)].map((m) => ({ file, names: m[1] ?? '', from: m[2] ?? '' })),
    );
    expect(imports.length).toBeGreaterThan(1);
    for (const { file, names, from } of imports) {
      expect(Object.keys(entries), `${relative(root, file)}: ${from}`).toContain(from);
      for (const name of names
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean)) {
        expect(entries[from], `${relative(root, file)}: ${name} from '${from}'`).toHaveProperty(name);
      }
    }
  });

  it.each(examples.map((e) => [e.where, e] as const))('%s', async (_, example) => {
    const own: Record<string, unknown> = await import(pathToFileURL(example.file).href);
    const scope: Record<string, unknown> = { ...own, ...api };
    let ran = 0;
    const __check = (actual: () => unknown, expected: string): void => {
      ran++;
      const value: unknown = new Function(...Object.keys(scope), `return (${expected});`)(...Object.values(scope));
      if (!expected.includes('…')) {
        expect(actual(), `${example.where}: ${expected}`).toEqual(value);
        return;
      }
      // "…" in a documented string stands for text left out: it matches anything there.
      const pattern = JSON.stringify(value)
        .split('…')
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      expect(JSON.stringify(actual()), `${example.where}: ${expected}`).toMatch(new RegExp(`^${pattern.join('.*?')}$`));
    };
    const js = ts.transpileModule(example.code, { compilerOptions: { target: ts.ScriptTarget.ES2022 } }).outputText;
    new Function('__check', ...Object.keys(scope), js)(__check, ...Object.values(scope));
    expect(ran, 'every // => line ran').toBe(example.checks);
  });
});
