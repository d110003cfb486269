// Type-check cost of the package for its users: each figure is TypeScript's own "Check" phase
// (ts.performance, to 0.01 ms; `tsc --extendedDiagnostics` rounds it to 10 ms), in a fresh Node
// process each time, since a consumer's first check runs TypeScript's checker cold. Consumers are
// compared side by side: runs of the consumers being compared alternate, and the figure is the
// median difference. `node bench/typecheck.mjs [dist/index.js …]` prints the figures alone, for
// one build or several (say, this build and an earlier one) measured in the same run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { syntheticInput } from './synthetic.mjs';

const root = resolve(import.meta.dirname, '..');
const typescript = join(root, 'node_modules/typescript/lib/typescript.js');
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
};

const options = { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', skipLibCheck: true, types: [] };

// Run in a fresh process: parse the consumer's program, then time only its check.
const probe = `
const ts = require(${JSON.stringify(typescript)});
const cfg = ts.getParsedCommandLineOfConfigFile(process.argv[1] + '/tsconfig.json', {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic() {} });
ts.performance.enable();
const program = ts.createProgram(cfg.fileNames, cfg.options);
const diagnostics = program.getSemanticDiagnostics();
const text = ts.formatDiagnostics(diagnostics, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => '', getNewLine: () => '\\n' });
console.log(JSON.stringify({ check: ts.performance.getDuration('Check'), instantiations: program.getInstantiationCount(), errors: diagnostics.length, deep: /excessively deep/.test(text), text: text.slice(0, 2000) }));
`;

/** One type-check of a consumer in a fresh process. */
export function checkOnce(dir) {
  const out = spawnSync(process.execPath, ['-e', probe, dir], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (out.status !== 0) throw new Error(`type-check of ${dir} failed: ${out.stderr}`);
  return JSON.parse(out.stdout);
}

const work = mkdtempSync(join(tmpdir(), 'ues-bench-tc-'));
let made = 0;
/** Writes a consumer project (`consumer.ts` with `body`) and returns its directory. */
export function consumer(body) {
  const dir = join(work, `c${made++}`);
  mkdirSync(dir);
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: options, files: ['consumer.ts'] }));
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  writeFileSync(join(dir, 'consumer.ts'), body);
  return dir;
}

/** A consumer that only reads `article`, and one that calls every helper on it. */
export function storyConsumers(distJs) {
  const imp = `import * as p from ${JSON.stringify(distJs)};\nconst a = p.article;\n`;
  const every = `${imp}export const r = [
p.getActor(a, 'zelensky'), p.getPlace(a, 'kyiv'), p.getEvent(a, 'overnight-strikes'), p.getQuote(a, 'wasted-meeting'),
p.getStatistic(a, 'people-killed'), p.getClaim(a, 'invasion-aims'), p.getRecord(a, 'budapest'),
p.findActor(a, 'x'), p.findPlace(a, 'x'), p.findEvent(a, 'x'), p.findQuote(a, 'x'), p.findStatistic(a, 'x'), p.findClaim(a, 'x'), p.findRecord(a, 'x'),
p.eventsOfType(a, 'statement'), p.actorsOfKind(a, 'person'), p.quotesBy(a, 'zelensky'), p.statisticsAbout(a, 'overnight-strikes'),
p.partsOf(a, 'people-killed'), p.eventsInvolving(a, 'trump', 'agent'), p.claimsBy(a, 'putin'), p.mentioning(a, 'budapest'),
p.evidenceOf(a, 'zelensky'), p.recordsAt(a, 0), p.sentencesOf(a, { start: 0, end: 1 }), p.timeline(a),
] as const;\n`;
  return { empty: consumer(`${imp}export const r = a;\n`), every: consumer(every) };
}

/** A consumer passing a synthetic article of `n` persons inline to defineArticle, then looking one up. */
export function definedConsumer(distJs, n) {
  return consumer(`import { getActor, actorsOfKind } from ${JSON.stringify(distJs)};
import { defineArticle } from ${JSON.stringify(distJs.replace(/index\.js$/, 'define.js'))};
const mine = defineArticle(${JSON.stringify(syntheticInput(n))});
export const last = getActor(mine, 'p${n - 1}').name;
export const people = actorsOfKind(mine, 'person').length;
`);
}

/**
 * Runs the consumers `runs` times each, alternating them, and returns each one's median check time,
 * its instantiations and errors (from the first run; they do not vary).
 */
export function measure(dirs, runs) {
  const checks = dirs.map(() => []);
  const first = [];
  for (let i = 0; i < runs; i++) {
    dirs.forEach((dir, k) => {
      const r = checkOnce(dir);
      if (i === 0) first[k] = r;
      checks[k].push(r.check);
    });
  }
  return dirs.map((_, k) => ({ ...first[k], check: median(checks[k]) }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const builds = process.argv.length > 2 ? process.argv.slice(2).map((d) => resolve(d)) : [join(root, 'dist/index.js')];
  const runs = Number(process.env.RUNS ?? 15);
  const sets = builds.map((b) => storyConsumers(b));
  const results = measure(
    sets.flatMap((s) => [s.empty, s.every]),
    runs,
  );
  builds.forEach((b, i) => {
    const [empty, every] = results.slice(2 * i, 2 * i + 2);
    console.log(
      `${b}: every helper ${(every.check - empty.check).toFixed(1)} ms extra (empty ${empty.check.toFixed(1)} ms), ${every.instantiations - empty.instantiations} extra instantiations, ${every.errors} errors`,
    );
  });
  for (const n of (process.env.SIZES ?? '1000').split(',').filter(Boolean).map(Number)) {
    const defined = measure(
      builds.map((b) => definedConsumer(b, n)),
      Math.max(1, runs / 5),
    );
    builds.forEach((b, i) =>
      console.log(
        `${b}: defineArticle of ${n} ids ${defined[i].check.toFixed(0)} ms, ${defined[i].instantiations} instantiations, ${defined[i].errors} errors${defined[i].deep ? ' (excessively deep)' : ''}`,
      ),
    );
  }
}
