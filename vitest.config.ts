// The kit's own tests (`npm test`), in two tiers: `npm run test:fast` runs the unit tests
// (runtime, report writers, output safety, hints) in seconds; `npm test` runs them all,
// grading tests included. The hidden specs that grade students have their own
// configuration in grader/specs/vitest.config.ts and are run by the grader.
import { defineConfig } from 'vitest/config'

/** Tests that start no grading, no jail and no CLI run of a grading. */
const FAST = [
  'tests/runtime/**/*.test.ts',
  'tests/report.test.ts',
  'tests/output-safety.test.ts',
  'tests/hint.test.ts',
  'tests/plain.test.ts',
  'tests/html.test.ts',
]

export default defineConfig({
  test: {
    // Transformed modules are kept on disk between runs (node_modules/.experimental-vitest-cache).
    experimental: { fsModuleCache: true },
    // Test files side by side: the grading ones mostly wait on the processes they start
    // (vitest's default keeps one core free: one file at a time on two cores).
    maxWorkers: 2,
    projects: [
      { test: { name: 'fast', include: FAST } },
      {
        test: {
          name: 'grading',
          include: ['tests/**/*.test.ts'],
          exclude: FAST,
          // The kit's stubs, solutions and test submissions, graded once for every file.
          globalSetup: ['tests/support/kit-grading.ts'],
          // Grading tests start real vitest runs and jail processes: give them room.
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
})
