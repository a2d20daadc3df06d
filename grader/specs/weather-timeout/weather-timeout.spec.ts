// The weather checks: each calls one function in the worlds where its claim can be seen,
// and judges every run the same way (judge.ts).
import { gradeExercise } from '../kit.ts'
import type { Run } from '../run.ts'
import { judgeAborted, judgeAllResolved, judgeEntries, judgeFailure, judgeNoTimerLeft, judgeTimeout } from './judge.ts'
import type scenarios from './scenarios.jail.ts'
import { WORLDS, type ScenarioName, type World } from './worlds.shared.ts'

gradeExercise<typeof scenarios>('weather-timeout', ({ scenario, check }) => {
  // Each world runs once per submission, however many checks read it.
  const runs = new Map<ScenarioName, () => Promise<Run>>()
  const inWorlds =
    (names: ScenarioName[], ...judges: ((run: Run, world: World) => void)[]) =>
    async () => {
      for (const name of names) {
        if (!runs.has(name)) runs.set(name, scenario(name))
        const run = await runs.get(name)!()
        for (const judge of judges) judge(run, WORLDS[name])
      }
    }

  check('all-in-order', inWorlds(['all-fast', 'all-fast-shuffled'], judgeAllResolved))
  check('all-timeout-at-budget', inWorlds(['all-slow', 'all-never'], judgeTimeout))
  check('all-aborts-pending', inWorlds(['all-slow', 'all-never'], judgeAborted))
  check('all-failure', inWorlds(['all-failing', 'all-failing-later'], judgeFailure, judgeAborted))
  // Every way the call settles: before the budget, at a failure, at the deadline.
  check('all-no-timer-left', inWorlds(['all-fast', 'all-failing', 'all-slow'], judgeNoTimerLeft))
  check('available-keeps-arrived', inWorlds(['available-slow'], judgeEntries))
  check('available-aborts-pending', inWorlds(['available-slow', 'available-failing', 'available-failing-later', 'available-never'], judgeAborted))
  check('available-early', inWorlds(['available-fast'], judgeEntries))
  check('available-error', inWorlds(['available-failing', 'available-failing-later'], judgeEntries))
})
