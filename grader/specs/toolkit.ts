// Everything a spec is written with, in one import: `import { ... } from 'async-kit/specs'`
// in private specs (--extra-specs). The kit's own specs import the modules directly.
export { gradeExercise, type ExerciseSpec } from './kit.ts'
export type { Failure, Run } from './run.ts'
export { count, listed, wording } from './wording.ts'
export { explainOutcome, fail, rejectedAt, resolvedAt, resolvesAt, type Feedback, type Timeline } from './feedback.ts'
export { eventsOf, formatSpan, peakOverlap, spansOf, type Span, type TraceEvent } from '../sandbox/trace.ts'
export { show } from '../sandbox/plain.ts'
export { defineScenarios, type Scenario, type ScenarioContext } from '../sandbox/scenario.ts'
export type { ScenarioRun } from '../sandbox/outcome.ts'
