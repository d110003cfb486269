// Every fast-check property in the suite runs with these settings (vitest `setupFiles`):
// 1,000 runs in CI and 100 locally, `FC_NUM_RUNS` to override (the mutation run uses fewer), and
// the seed vitest.config.ts chose and printed, so a failure replays with `FC_SEED=<seed>`.
import fc from 'fast-check';

const runs = process.env['FC_NUM_RUNS'] ?? (process.env['CI'] === 'true' ? '1000' : '100');
const seed = process.env['FC_SEED'];
fc.configureGlobal({ numRuns: Number(runs), ...(seed === undefined ? {} : { seed: Number(seed) }) });
