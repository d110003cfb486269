import { defineConfig } from 'vitest/config';

// One fast-check seed for the whole run, printed, so any property failure replays with
// `FC_SEED=<seed> npm test` (tests/setup/fast-check.ts passes it on).
const seed = process.env['FC_SEED'] ?? String(Math.floor(Math.random() * 2 ** 31));
console.log(`fast-check seed ${seed}; replay a failure with FC_SEED=${seed}`);

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/setup/fast-check.ts'],
    env: { FC_SEED: seed },
    // A property's 1,000 CI runs take seconds, more on a loaded machine; 5 s would flake.
    testTimeout: 30_000,
    typecheck: {
      enabled: true,
      include: ['tests/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
    coverage: {
      provider: 'v8',
      include: [
        'src/query/**',
        'src/validate/**',
        'src/export/**',
        'src/define/**',
        'src/internal/**',
        'src/author/**',
        'src/format/**',
        'src/standard/**',
        'src/errors.ts',
      ],
      exclude: [
        // Types only: no code runs, so v8 reports them as 0 of 0 (shown as 0%).
        'src/validate/problem.ts',
        'src/define/defined-article.ts',
        'src/standard/standard-schema-v1.ts',
      ],
      reporter: ['text', 'json-summary'],
      reportsDirectory: 'reports/coverage',
      thresholds: { lines: 100, branches: 100, functions: 100, statements: 100 },
    },
  },
});
