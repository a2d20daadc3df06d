// Vitest configuration of the hidden specs. The grader runs it with its own reporter;
// authors can run it by hand (`npx vitest run --config grader/specs/vitest.config.ts`),
// which grades solutions/.
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['grader/specs/**/*.spec.ts'],
    pool: 'forks',
    // Every scenario carries its own wall-clock watchdog; this only bounds the grader's bugs.
    testTimeout: 600_000,
  },
})
