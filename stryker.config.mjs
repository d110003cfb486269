// Mutation testing (tracker issue 6): `npm run test:mutation`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  // All of src/ but data: the story's data and text, and GDELT's labels and Goldstein scores (checked
  // against the vendored GDELT files by tests/cameo.test.ts). model/ and index.ts hold only types and exports.
  mutate: ['src/**/*.ts', '!src/story/data.ts', '!src/story/text.ts', '!src/export/cameo-table.ts'],
  coverageAnalysis: 'perTest',
  // Static mutants (code run once, when a module loads: tables, regular expressions, constants)
  // are covered by every test, so each would run the whole suite: 1,314 of 4,435 mutants, estimated
  // at 83% of the run's time (hours). They are left out of the run and of the score; the tables
  // they are in are checked against their sources by the tests (CAMEO codes, GDELT labels).
  ignoreStatic: true,
  // A mutant that loops is stopped this long after its tests' own time (the default 5 s, doubled
  // over a run of thousands of mutants, cost minutes).
  timeoutMS: 3000,
  concurrency: 2,
  thresholds: { high: 95, low: 90, break: 90 },
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
};
