// Every span written in the documentation — a TSDoc example in src/, a code block of the README,
// the files of examples/ — names the words it covers, and this checks them against the text:
// `{ start: 832, end: 846 } // Russia claimed`, or after a result, `// => { … } (Russia claimed)`, or
// inside one that goes on to the next line, `{ start: 1267, end: 1273 /* wasted */ },`.
// Several spans on a line are named in order, joined by " | "; "…" in a name stands for words left
// out (`Millbrook town council met … district`). A span is into the story's text, unless the block
// it stands in writes a text of its own (`text: '…'`), or the file is the invented example.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { text as story } from '../src/story/text.js';
import { text as council } from '../examples/custom-article/article.js';

const root = new URL('../', import.meta.url).pathname;
const SPAN = /(?:\{\s*|[,{]\s*type: 'TextPositionSelector',\s*)start: (-?\d+), end: (\d+)/g;

interface Line {
  readonly where: string;
  readonly line: string;
  readonly text: string;
}

/** The text a block's spans point into: a literal `text: '…'` of its own, or the story's. */
const textOf = (block: string, fallback: string): string => {
  const own = /\btext: '((?:[^'\\]|\\.)*)'/.exec(block);
  return own === null ? fallback : (JSON.parse(`"${own[1]?.replace(/"/g, '\\"')}"`) as string);
};

const files = (dir: string, ext: RegExp): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name), ext) : ext.test(e.name) ? [join(dir, e.name)] : []));

function lines(): Line[] {
  const found: Line[] = [];
  const add = (where: string, block: string, text: string): void => {
    block.split('\n').forEach((line, i) => {
      if (SPAN.test(line)) found.push({ where: `${where}+${i}`, line, text });
      SPAN.lastIndex = 0;
    });
  };
  for (const file of files(join(root, 'src'), /\.ts$/)) {
    if (file.endsWith('story/data.ts')) continue; // checked by integrity.test.ts, word for word
    const source = readFileSync(file, 'utf8');
    for (const comment of source.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
      const body = (comment[1] ?? '')
        .split('\n')
        .map((l) => l.replace(/^\s*\* ?/, ''))
        .join('\n');
      const at = body.indexOf('@example');
      if (at >= 0) add(`${relative(root, file)}:${source.slice(0, comment.index).split('\n').length}`, body.slice(at), textOf(body.slice(at), story));
    }
  }
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  for (const block of readme.matchAll(/```(?:ts|js)\n([\s\S]*?)```/g))
    add(`README.md:${readme.slice(0, block.index).split('\n').length}`, block[1] ?? '', textOf(block[1] ?? '', story));
  // The README's tables hold examples in single lines too.
  readme.split('\n').forEach((line, i) => {
    // (A table cell ends in "` |": the remark before it names the words.)
    if (line.startsWith('|') && SPAN.test(line)) found.push({ where: `README.md:${i + 1}`, line: line.replace(/`\s*\|\s*$/, ''), text: story });
    SPAN.lastIndex = 0;
  });
  for (const file of files(join(root, 'examples'), /\.(ts|mjs|js|md)$/)) {
    add(relative(root, file), readFileSync(file, 'utf8'), file.includes('custom-article') ? council : story);
  }
  return found;
}

/** Whether `name` names `words`: the same, or the same at both ends of each "…". */
function names(name: string, words: string): boolean {
  if (!name.includes('…')) return name === words;
  const parts = name.split('…').map((p) => p.trim());
  let at = 0;
  for (const [i, part] of parts.entries()) {
    const found = i === 0 ? (words.startsWith(part) ? 0 : -1) : words.indexOf(part, at);
    if (found < 0) return false;
    at = found + part.length;
  }
  return words.endsWith(parts.at(-1) ?? '');
}

describe('spans in the documentation name the words they cover', () => {
  const all = lines();

  it('there are spans to check in the TSDoc, the README and the examples', () => {
    expect(all.filter((l) => l.where.startsWith('src/')).length).toBeGreaterThan(10);
    expect(all.filter((l) => l.where.startsWith('README')).length).toBeGreaterThan(5);
    expect(all.filter((l) => l.where.startsWith('examples/')).length).toBeGreaterThan(20);
  });

  it.each(all.map((l) => [l.where, l] as const))('%s', (_, { line, text }) => {
    const spans = [...line.matchAll(SPAN)].map((m) => text.slice(Number(m[1]), Number(m[2])));
    const named = /\/\* (.*?) \*\//.exec(line)?.[1] ?? /\/\/ =>.*\(([^()]*)\)\s*$/.exec(line)?.[1] ?? /\/\/ (?!=>)(.*)$/.exec(line)?.[1];
    expect(named, `${line}\nnames no words: add // ${spans.join(' | ')}`).toBeDefined();
    const parts = (named ?? '').trim().split(' | ');
    expect(parts.length, line).toBe(spans.length);
    parts.forEach((part, i) => expect(names(part, spans[i] as string), `${line}\nspan ${i} covers ${JSON.stringify(spans[i])}`).toBe(true));
  });
});
