import { defineConfig } from 'vitest/config';

// Runtime tests only, for Stryker: no typecheck mode, and no tests that need a built dist/.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/validate/json.test.ts', 'node_modules/**'],
    typecheck: { enabled: false },
    // Instrumented code and two parallel runners make the property tests slower than in npm test.
    testTimeout: 60_000,
  },
});
