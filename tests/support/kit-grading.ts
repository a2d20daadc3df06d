// The grading tests' global setup: every stub, solution and test submission of the kit is
// graded once, in one run, before the test files start (the run npm run check makes).
// The exercise tests and tests/catalog.test.ts read their results from it instead of
// grading the same files again each. A run of some files only (`vitest run tests/x`,
// `-t name`) or a watch skips it: each test then grades what it needs itself.
import type { TestProject } from 'vitest/node'
import { catalog } from '../../grader/catalog.ts'
import { gradeKit, type KitGrading } from '../../scripts/check.ts'
import { testLimits } from './grading.ts'

declare module 'vitest' {
  interface ProvidedContext {
    /** Empty when the run selects some files or tests only. */
    kitGrading: KitGrading
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const { filenamePattern } = project.vitest as unknown as { filenamePattern?: string[] }
  // In watch mode the results would outlive the edits: each test grades what it needs.
  const partial = (filenamePattern?.length ?? 0) > 0 || project.vitest.config.testNamePattern !== undefined || project.vitest.config.watch
  project.provide('kitGrading', partial ? {} : await gradeKit(catalog, testLimits))
}
