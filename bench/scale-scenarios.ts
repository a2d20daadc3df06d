// Scenarios of the benchmark (npm run bench), not of any grading: the reference solutions
// under the harness at growing sizes. `perf-N`: fast-food's perfTest with N clients, one
// every 500 ms, on the upgraded restaurant. `limiter-N`: N tasks of 10 ms through
// createLimiter(10).
import { sleep } from '#runtime'
import type { Scenario } from '../grader/sandbox/scenario.ts'
import { createRestaurant } from '../grader/specs/fast-food/restaurant.jail.ts'
import { openRestaurant, upgrade } from '../solutions/fast-food/fast-food.ts'

export const SIZES = [1_000, 10_000, 100_000] as const

const perf = (clients: number): Scenario => ({
  uses: ['perfTest'],
  run: async ({ submission, recorder }) => {
    const { serve } = openRestaurant(createRestaurant(upgrade, recorder))
    return submission.perfTest(serve, { clients, periodMs: 500, timeoutMs: 5000 })
  },
})

const limiter = (tasks: number): Scenario => ({
  uses: ['createLimiter'],
  run: async ({ submission }) => {
    const limit = submission.createLimiter(10)
    await Promise.all(Array.from({ length: tasks }, () => limit(() => sleep(10))))
    return tasks
  },
})

export default Object.fromEntries(
  SIZES.flatMap((size) => [
    [`perf-${size}`, perf(size)],
    [`limiter-${size}`, limiter(size)],
  ]),
)
