// The kit's own tests (`npm test`), in two tiers: `npm run test:fast` runs the unit tests
// (runtime, report writers, output safety, hints) in seconds; `npm test` runs them all,
// grading tests included. The hidden specs that grade students have their own
// configuration in grader/specs/vitest.config.ts and are run by the grader.
import { defineConfig } from 'vitest/config'

/** Tests that start no grading, no jail and no CLI run of a grading. */
const FAST = ['tests/runtime/**/*.test.ts', 'tests/report.test.ts', 'tests/output-safety.test.ts', 'tests/hint.test.ts', 'tests/plain.test.ts']

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'fast', include: FAST } },
      {
        test: {
          name: 'grading',
          include: ['tests/**/*.test.ts'],
          exclude: FAST,
          // Grading tests start real vitest runs and jail processes: give them room.
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
})
