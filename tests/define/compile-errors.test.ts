// defineArticle's compile-time checks, seen as a user sees them: a small article with one wrong
// reference is compiled with the TypeScript compiler, and exactly one error is reported, on the
// line of that reference, naming the ids it could have been. The code that uses the result
// compiles: one mistake does not spread.
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const entry = fileURLToPath(new URL('../../src/index.js', import.meta.url));
const defineEntry = fileURLToPath(new URL('../../src/define.js', import.meta.url));

/** Compiles `source` as a module beside the package source; returns each error's line (1-based) and message. */
function compile(source: string): { line: number; message: string }[] {
  const file = fileURLToPath(new URL('./__user-article.ts', import.meta.url));
  const options: ts.CompilerOptions = {
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, ...rest) => (name === file ? ts.createSourceFile(name, source, language) : read(name, language, ...rest));
  host.fileExists = (
    (exists) => (name: string) =>
      name === file || exists(name)
  )(host.fileExists.bind(host));
  const program = ts.createProgram([file], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName === file)
    .map((d) => ({
      line: (d.file as ts.SourceFile).getLineAndCharacterOfPosition(d.start ?? 0).line + 1,
      message: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
    }));
}

/** A small article whose quote has the given speaker line (line 20 of the source). */
const article = (speaker: string): string => `import { getActor, quotesBy } from ${JSON.stringify(entry)};
import { defineArticle } from ${JSON.stringify(defineEntry)};

export const mine = defineArticle({
  id: 'tiny',
  publisher: { actor: 'herald', name: 'Herald', evidence: [{ start: 0, end: 6 }] },
  language: 'en',
  text: 'Herald: Ann met Bo.',
  paragraphs: [{ start: 0, end: 19 }],
  sentences: [{ start: 0, end: 19 }],
  actors: [
    { kind: 'organisation', id: 'herald', name: 'Herald', aliases: ['Herald'], partOf: null, evidence: [{ start: 0, end: 6 }] },
    { kind: 'person', id: 'ann', name: 'Ann', aliases: ['Ann'], titles: [], evidence: [{ start: 8, end: 11 }] },
  ],
  places: [], events: [], statistics: [], claims: [], context: null, ambiguities: [],
  quotes: [
    {
      id: 'met',
      text: 'Ann met Bo',
      ${speaker}
      span: { start: 8, end: 18 }, form: 'direct', channel: null, respondsTo: null, about: null,
      evidence: [{ start: 8, end: 18 }],
    },
  ],
});

export const mayor: string = getActor(mine, 'ann').titles.map((t) => t.title).join();
export const said: number = quotesBy(mine, 'herald').length;
for (const q of mine.quotes) getActor(mine, q.speaker).name;
`;

describe('defineArticle at compile time, through the TypeScript compiler', () => {
  it('compiles a small article whose references are all right, and the code that uses it', () => {
    expect(compile(article("speaker: 'ann',"))).toEqual([]);
  });

  it('reports one wrong reference once, at its line, naming the valid ids, and nothing else', () => {
    const errors = compile(article("speaker: 'wahabb',"));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.line).toBe(20);
    // TypeScript prints a union's members in the order it first created them, which depends on the
    // rest of the program: either order names the valid ids.
    expect(errors[0]?.message).toMatch(/^Type '"wahabb"' is not assignable to type '("herald" \| "ann"|"ann" \| "herald")'\.$/);
  });

  it('reports a reference to a record of the wrong collection the same way', () => {
    const errors = compile(article("speaker: 'met',"));
    expect(errors.map((e) => e.line)).toEqual([20]);
    expect(errors[0]?.message).toMatch(/'("herald" \| "ann"|"ann" \| "herald")'/);
  });
});
