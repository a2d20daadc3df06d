// Scenarios for the harness's own tests: `call` runs the submission's `run(world)`.
import { sleep } from '#runtime'
import { defineScenarios } from '../../grader/sandbox/scenario.ts'

export default defineScenarios({
  call: {
    uses: ['run'],
    run: ({ submission, recorder }) => submission.run({ sleep, mark: (label: string) => recorder.event('mark', label) }),
  },
  /** The same call, told to block: the watchdog kills the jail, and the next scenario gets a fresh one. */
  blocks: {
    uses: ['run'],
    run: ({ submission, recorder }) => submission.run({ sleep, block: true, mark: (label: string) => recorder.event('mark', label) }),
  },
  /** The world hands the code a blocking call (a legacy library's), modelled in virtual time. */
  blocking: {
    uses: ['run'],
    run: ({ submission, recorder, blockEventLoop }) =>
      submission.run({ block: (ms: number) => blockEventLoop(ms), mark: (label: string) => recorder.event('mark', label) }),
  },
  drained: {
    uses: ['run'],
    drainAfterSettle: true,
    run: ({ submission, recorder }) => submission.run({ sleep, mark: (label: string) => recorder.event('mark', label) }),
  },
})
