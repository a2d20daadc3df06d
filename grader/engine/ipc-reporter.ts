// Vitest reporter of graded runs: streams each check's result to the grader process
// over the IPC channel as soon as it is known, so a run killed halfway keeps what passed.
import type { Reporter, TestCase, TestModule } from 'vitest/node'
import type { ScenarioTimeline } from '../sandbox/trace.ts'
import type { Feedback } from '../spec-process.ts'

export type EngineMessage =
  | {
      type: 'check'
      exercise: string
      submission: string
      check: string
      passed: boolean
      message?: string
      feedback?: Feedback
      timelines?: ScenarioTimeline[]
    }
  | { type: 'spec-error'; file: string; message: string }
  | { type: 'end'; reason: string; errors: string[] }

export default class IpcReporter implements Reporter {
  readonly #sending = new Set<Promise<void>>()

  #send(message: EngineMessage): void {
    if (!process.send) return
    const sent = new Promise<void>((resolve) => process.send!(message, () => resolve()))
    this.#sending.add(sent)
    void sent.then(() => this.#sending.delete(sent))
  }

  onTestCaseResult(test: TestCase): void {
    const submission = test.parent.type === 'suite' ? test.parent : undefined
    const exercise = submission?.parent.type === 'suite' ? submission.parent : undefined
    if (!submission || !exercise) return
    const result = test.result()
    this.#send({
      type: 'check',
      exercise: exercise.name,
      submission: submission.name,
      check: test.name,
      passed: result.state === 'passed',
      message: result.errors?.[0]?.message,
      feedback: test.meta().feedback,
      timelines: test.meta().timelines,
    })
  }

  onTestModuleEnd(module: TestModule): void {
    for (const error of module.errors()) this.#send({ type: 'spec-error', file: module.moduleId, message: error.message })
  }

  async onTestRunEnd(_modules: ReadonlyArray<TestModule>, errors: ReadonlyArray<{ message?: string }>, reason: string): Promise<void> {
    this.#send({ type: 'end', reason, errors: errors.map((error) => error.message ?? String(error)) })
    // Vitest may exit right after this hook: the messages must be out first.
    await Promise.all(this.#sending)
  }
}
