// The kit's own tests (`npm test`). The hidden specs that grade students have their
// own configuration in grader/specs/vitest.config.ts and are run by the grader.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Grading tests start real vitest runs and worker threads: give them room.
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
})
