// The event-loop checks: a Task driven by hand, then the Loop, judged by what the coroutines
// said and what the loop printed, line by line, against the grader's own model.
import { gradeExercise } from '../kit.ts'
import { resultOf } from './judge.ts'
import { judgeCancelDrops, judgeComplete, judgeErrors, judgeInterleaving, judgeSchedule, judgeTurns } from './judge-loop.ts'
import { judgeCancel, judgeError, judgeSteps, judgeToString } from './judge-task.ts'
import type scenarios from './scenarios.jail.ts'

gradeExercise<typeof scenarios>('event-loop', ({ scenario, check }) => {
  const task = scenario('task')
  const schedule = scenario('schedule')
  const seed = scenario('seed')
  const roundRobin = scenario('round-robin')
  const errors = scenario('errors')
  const complete = scenario('complete')
  const cancel = scenario('cancel')

  check('task-steps', async () => judgeSteps(resultOf(await task())))
  check('task-error', async () => judgeError(resultOf(await task())))
  check('task-cancel', async () => judgeCancel(resultOf(await task())))
  check('to-string', async () => judgeToString(resultOf(await task())))
  check('schedule', async () => judgeSchedule(await schedule()))
  check('seed-interleaving', async () => judgeInterleaving(await seed()))
  check('round-robin', async () => judgeTurns(await roundRobin()))
  check('loop-errors', async () => judgeErrors(await errors()))
  check('run-until-complete', async () => judgeComplete(await complete(), roundRobin))
  check('cancel-drops', async () => judgeCancelDrops(await cancel()))
})
