// Runs inside the sandbox thread: the instrumented kitchen and the scenarios that
// call the submission. Everything recorded here is what the toaster specs judge.
import { sleep, type Kitchen } from '#runtime'
import type { Recorder } from '../../sandbox/recorder.ts'
import { defineScenarios } from '../../sandbox/scenario.ts'

export const TOAST = 'golden toast'
export const COFFEE = 'hot coffee'
export const TOAST_MS = 2000
export const COFFEE_MS = 2000

function createKitchen(recorder: Recorder): Kitchen {
  const make = async (lane: string, ms: number, result: string) => {
    const done = recorder.start(lane)
    await sleep(ms)
    done()
    return result
  }
  return {
    toastBread: () => make('toast', TOAST_MS, TOAST),
    brewCoffee: () => make('coffee', COFFEE_MS, COFFEE),
  }
}

export default defineScenarios({
  sequential: {
    uses: ['breakfastSequential'],
    run: ({ submission, recorder }) => submission.breakfastSequential(createKitchen(recorder)),
  },
  concurrent: {
    uses: ['breakfastConcurrent'],
    run: ({ submission, recorder }) => submission.breakfastConcurrent(createKitchen(recorder)),
  },
  main: {
    uses: ['main'],
    run: ({ submission, recorder }) =>
      submission.main(createKitchen(recorder), (line: unknown) => recorder.event('print', String(line))),
  },
})
