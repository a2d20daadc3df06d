// Runs inside the jail, in the world's compartment: the instrumented kitchen and the scenarios that
// call the submission. Everything recorded here is what the toaster specs judge.
import { sleep, type Kitchen } from '#runtime'
import type { Recorder } from '../../sandbox/recorder.ts'
import { defineScenarios, hand } from '../../sandbox/scenario.ts'
import { COFFEE, COFFEE_MS, SLOW_KITCHEN, TOAST, TOAST_MS } from './kitchen.shared.ts'

function createKitchen(recorder: Recorder, toastMs = TOAST_MS, coffeeMs = COFFEE_MS): Kitchen {
  const make = async (lane: string, ms: number, result: string) => {
    const done = recorder.start(lane)
    await sleep(ms)
    done()
    return result
  }
  return hand({
    toastBread: () => make('toast', toastMs, TOAST),
    brewCoffee: () => make('coffee', coffeeMs, COFFEE),
  })
}

/** What `main` prints with: each line, read once, is a 'print' event. */
const printer = (recorder: Recorder) => hand((line: unknown) => recorder.event('print', line))

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
    run: ({ submission, recorder }) => submission.main(createKitchen(recorder), printer(recorder)),
  },
  'main-slow-kitchen': {
    uses: ['main'],
    run: ({ submission, recorder }) => submission.main(createKitchen(recorder, SLOW_KITCHEN.toastMs, SLOW_KITCHEN.coffeeMs), printer(recorder)),
  },
})
