// Vitest configuration of the hidden specs. The grader runs it with its own reporter;
// authors can run it by hand (`npx vitest run --config grader/specs/vitest.config.ts`),
// which grades solutions/.
import { availableParallelism } from 'node:os'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import { PLAN_ENV, readPlan } from '../spec-process.ts'

const planFile = process.env[PLAN_ENV]
const extraSpecs = planFile ? readPlan(planFile).extraSpecsDir : undefined

export default defineConfig({
  resolve: {
    // Private specs outside the kit import the spec toolkit by this name.
    alias: { 'async-kit/specs': fileURLToPath(new URL('./toolkit.ts', import.meta.url)) },
  },
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['grader/specs/**/*.spec.ts', ...(extraSpecs ? [`${resolve(extraSpecs)}/**/*.spec.ts`] : [])],
    pool: 'forks',
    // Transformed spec modules are kept on disk (node_modules/.experimental-vitest-cache),
    // keyed by content: a grading does not transform the grader again each time.
    experimental: { fsModuleCache: true },
    // Every scenario carries its own wall-clock watchdog; this only bounds the grader's bugs.
    testTimeout: 600_000,
    // Spec files side by side (vitest's default keeps one core free: one file at a time on
    // two), and submissions side by side in each (see kit.ts). Their time is mostly spent
    // waiting on jails, which are processes of their own.
    maxWorkers: availableParallelism(),
    // The spec files share their workers and the modules they load (the kit's own, which
    // keep no state of one exercise's): a fork per file cost a third of a full grading.
    // Each submission's code runs in its own jails all the same.
    isolate: false,
    maxConcurrency: availableParallelism(),
  },
})
