import { defineConfig } from 'vitest/config';

// Runtime tests only, for Stryker: no typecheck mode, and no tests that need a built dist/.
// Also left out, because each costs seconds of set-up per mutant it covers and checks something
// other than src/: schema.test.ts (generates the JSON Schema from the types, a build artifact),
// doc-examples.test.ts (loads the TypeScript compiler to run the TSDoc examples; the same calls are
// asserted by the unit tests), and compile-errors.test.ts (runs the TypeScript compiler on type-level
// checks, which no mutant of src/ can change). npm test runs them all.
// The suite runs once per mutant, so properties run 20 times each (1,000 in CI's npm test) with a
// fixed seed, so that a mutant's verdict does not depend on the draw.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: [
      'tests/validate/json.test.ts',
      'tests/validate/schema.test.ts',
      'tests/doc-examples.test.ts',
      'tests/define/compile-errors.test.ts',
      // Each validates the whole story hundreds of times in one test (5.7 s), for every validator
      // mutant; validate.test.ts asserts the messages one by one.
      'tests/validate/messages.test.ts',
      // Conformance to outside tools (the W3C suite, jsonld.js): they check the formats, not src/;
      // the exporters' own tests assert what each field holds.
      'tests/export/w3c-suite.test.ts',
      'tests/export/json-ld-expand.test.ts',
      'node_modules/**',
    ],
    setupFiles: ['tests/setup/fast-check.ts'],
    env: { FC_NUM_RUNS: '20', FC_SEED: '20261127' },
    typecheck: { enabled: false },
    // Instrumented code and two parallel runners make the property tests slower than in npm test.
    testTimeout: 60_000,
  },
});
