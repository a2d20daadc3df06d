// The event-loop specs tell each wrong loop from a right one, and say why. The expected
// output is recorded data (expected-output.ts): it must print what the seed prints, be what
// the reference solution prints, and be what scripts/grader-data.ts records.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { OUTPUT } from '../grader/specs/event-loop/expected-output.ts'
import { keyOf, renderAll } from '../grader/specs/event-loop/judge-output.ts'
import { type Env, type OutputLine, worlds } from '../grader/specs/event-loop/worlds.shared.ts'
import type { ExerciseResult } from '../grader/report/schema.ts'
import { EXPECTED_OUTPUT_FILE, graderData } from '../scripts/grader-data.ts'
import { Loop, Task } from '../solutions/event-loop/event-loop.ts'
import { check, expectMisconception, failedChecks, feedbackText, gradeEach, kitRoot, submissionsIn } from './support/grading.ts'

/** What a scenario's world prints with the reference solution's classes. */
function solutionOutput(world: keyof typeof OUTPUT): OutputLine[] {
  const output: OutputLine[] = []
  const print = vi.spyOn(console, 'log').mockImplementation((line: unknown) => void output.push({ lane: 'print', text: String(line) }))
  try {
    const env: Env = {
      Task: Task as unknown as Env['Task'],
      Loop: Loop as unknown as Env['Loop'],
      say: (text) => output.push({ lane: 'say', text }),
      mark: (lane, text) => output.push({ lane, text }),
    }
    worlds[world].run(env)
  } finally {
    print.mockRestore()
  }
  return output
}

describe('event-loop expected output', () => {
  it("prints the seed's interleaving of tic_tac and spam", () => {
    expect(renderAll(OUTPUT.seed)).toBe('[runUntilEmpty()], Tic, Spam, Tac, Eggs, <tic_tac FINISHED Boum!>, Bacon, <spam FINISHED SPAM!>')
  })

  it("prints the seed's runUntilComplete: the subtask outlives example and finishes in runUntilEmpty", () => {
    expect(renderAll(OUTPUT.complete)).toBe(
      '[runUntilComplete(example(), "example")], example starts, back in example, example 1, subtask 1, example 2, subtask 2, ' +
        'example 3, subtask 3, <example FINISHED all good>, [runUntilEmpty()], subtask 4, subtask 5, <subtask FINISHED late>, ' +
        '[runUntilComplete(task)], Tic, Tac, <tic_tac FINISHED Boum!>',
    )
  })

  it('drops cancelled tasks and prints them once, when their turn comes', () => {
    expect(renderAll(OUTPUT.cancel)).toBe(
      '[skipped.cancel()], [runUntilEmpty()], boss 1, bystander 1, worker 1, <skipped CANCELLED>, boss cancels worker, ' +
        '[worker.cancel()], bystander 2, <worker CANCELLED>, boss 3, <boss FINISHED boss done>, bystander 3, <bystander FINISHED calm>',
    )
  })

  it.each(Object.keys(OUTPUT) as (keyof typeof OUTPUT)[])("of %s is the reference solution's, line by line (a task line by its name and status)", (world) => {
    const keys = (output: readonly OutputLine[]) => output.map((line) => keyOf(line, worlds[world].names))
    expect(keys(solutionOutput(world))).toEqual(keys(OUTPUT[world]))
  })

  it('is what scripts/grader-data.ts records, with the output of each mistake', () => {
    expect(readFileSync(join(kitRoot, EXPECTED_OUTPUT_FILE), 'utf8')).toBe(graderData()[EXPECTED_OUTPUT_FILE])
  })
})

let results: Record<string, ExerciseResult>
beforeAll(async () => {
  results = await gradeEach('event-loop', submissionsIn('event-loop'))
})

describe('event-loop misconceptions', () => {
  it('a correct loop in another style (getters, index queue, other punctuation) scores full', () => {
    expectMisconception(results['correct-index-queue']!, {})
  })

  it('a finished task printed one turn late: the seed interleaving is not reproduced', () => {
    expectMisconception(results['finished-printed-late']!, {
      'seed-interleaving': /output line 5 was Bacon where <tic_tac FINISHED Boum!> was expected[\s\S]*printed one turn late/,
      'run-until-complete': /runUntilComplete\(example\(\), "example"\) returned before <example FINISHED all good> was printed[\s\S]*printed one turn late/,
    })
  })

  it('a stack instead of a queue: last-in first-out', () => {
    expectMisconception(results['lifo-queue']!, {
      'seed-interleaving': /output line 1 was Spam where Tic was expected[\s\S]*last-in first-out/,
      'round-robin': /output line 1 was charlie 1 where alpha 1 was expected[\s\S]*last-in first-out/,
      'run-until-complete': /example 2 where subtask 1 was expected[\s\S]*last-in first-out/,
    })
  })

  it('run() runs the coroutine to its end instead of to its next yield', () => {
    expectMisconception(results['run-to-end']!, {
      'task-steps': /the first run\(\) printed Tic, Tac and left the task FINISHED: it ran tic_tac to its end[\s\S]*stop at the next yield/,
      'task-cancel': /after one run\(\) the task busy \(3 yields\) was FINISHED[\s\S]*stop at the next yield/,
      'seed-interleaving': /output line 2 was Tac where Spam was expected[\s\S]*runs the coroutine to its end/,
      'round-robin': /bravo 2 where charlie 1 was expected[\s\S]*runs the coroutine to its end/,
      'run-until-complete': /example 2 where subtask 1 was expected[\s\S]*runs the coroutine to its end/,
    })
  })

  it('a cancelled task keeps running', () => {
    expectMisconception(results['cancelled-keeps-running']!, {
      'cancel-drops': /skipped was cancelled before the loop started, yet it ran: it printed skipped 1, skipped 2[\s\S]*the loop ran a cancelled task/,
    })
  })

  it('a cancelled task printed twice: by cancel() and by the loop', () => {
    expectMisconception(results['cancelled-printed-twice']!, {
      'cancel-drops': /the cancelled task skipped was printed twice \(CANCELLED, CANCELLED\)[\s\S]*cancel\(\) itself prints nothing/,
    })
  })

  it("the coroutine's error escapes from run() and from the loop", () => {
    expectMisconception(results['errors-escape']!, {
      'task-error': /run\(\) #2 threw Error: Kaboom: the coroutine's error escaped from run\(\)[\s\S]*catch it around next\(\)/,
      'loop-errors': /runUntilEmpty\(\) threw Error: Kaboom, the error thrown by the coroutine of fragile[\s\S]*catch it around next\(\)/,
    })
    expect(check(results['errors-escape']!, 'loop-errors').actual).toMatch(/\[runUntilEmpty\(\) threw Error: Kaboom\]$/)
  })

  it('the loop prints a line of its own: a task in ERROR is printed without its error', () => {
    expectMisconception(results['printed-without-error']!, {
      'loop-errors':
        /fragile ended in ERROR and was printed as "<fragile ERROR>", which does not show its error \(Error: Kaboom\)[\s\S]*console\.log\(String\(task\)\)/,
    })
  })

  it('runUntilComplete runs its own task alone: told so, not that the loop is a stack', () => {
    for (const name of ['complete-runs-only-its-task', 'complete-runs-queued-task-alone']) {
      expectMisconception(results[name]!, {
        'run-until-complete':
          /output line 4 was example 2 where subtask 1 was expected[\s\S]*runUntilComplete ran only its own task: the other tasks of the queue \(here subtask, which example scheduled\) never got a turn while it ran/,
      })
      expect(feedbackText(results[name]!, 'run-until-complete')).not.toMatch(/last-in first-out|stack/)
    }
  })

  it('a runUntilComplete that throws is shown beside the expected output, and named', () => {
    expectMisconception(results['complete-never-schedules']!, {
      'run-until-complete':
        /runUntilComplete\(example\(\), "example"\) threw TypeError: Cannot read properties of undefined \(reading 'isCancelled'\)[\s\S]*the queue was empty, so its task was never in it/,
    })
    const failed = check(results['complete-never-schedules']!, 'run-until-complete')
    expect(failed.expected).toBe(renderAll(OUTPUT.complete))
    expect(failed.actual).toMatch(/^\[runUntilComplete\(example\(\), "example"\)\], \[runUntilComplete\(example\(\), "example"\) threw TypeError: /)
  })

  it('an error thrown as a stack trace is shown by its name and message, beside the expected run', () => {
    expectMisconception(results['run-rethrows-stack']!, {
      'task-error': /run\(\) #2 threw "Error: Kaboom": the coroutine's error escaped from run\(\)[\s\S]*catch it around next\(\)/,
      'loop-errors': /runUntilEmpty\(\) threw "Error: Kaboom", the error thrown by the coroutine of fragile[\s\S]*catch it around next\(\)/,
    })
    expect(check(results['run-rethrows-stack']!, 'loop-errors').actual).toMatch(/\[runUntilEmpty\(\) threw "Error: Kaboom"\]$/)
  })

  it('runUntilComplete empties the whole queue', () => {
    expectMisconception(results['complete-runs-everything']!, {
      'run-until-complete':
        /subtask 4 was printed during runUntilComplete\(example\(\), "example"\), before runUntilEmpty\(\) was called[\s\S]*return as soon as its own task is done/,
    })
  })
})

describe('event-loop: what a thrown error looks like in the feedback', () => {
  it('every failure that quotes a thrown value gives an expected line, and no stack trace', () => {
    const quoting = Object.values(results).flatMap((result) =>
      result.checks.filter((candidate) => candidate.status === 'failed' && / threw /.test(`${candidate.message} ${candidate.actual ?? ''}`)),
    )
    expect(quoting.length).toBeGreaterThan(5)
    for (const failed of quoting) {
      expect(failed.expected, failed.message).toBeTruthy()
      expect(`${failed.message}\n${failed.actual ?? ''}`).not.toMatch(/\n\s+at /)
    }
  })
})

/** A do-nothing submission earns nothing: every check fails. */
function expectNothingEarned(result: ExerciseResult): void {
  expect(result.points).toBe(0)
  expect(failedChecks(result)).toEqual(result.checks.map((candidate) => candidate.id))
}

describe('event-loop: do-nothing submissions score 0 on every check', () => {
  it.each(['do-nothing-empty', 'do-nothing-no-state', 'do-nothing-constant-finished', 'do-nothing-prints-queue'])('%s', (name) => {
    expectNothingEarned(results[name]!)
  })

  it('a toString judged on tasks that only say FINISHED: no coroutine ever returned, so no constant passes', () => {
    expect(feedbackText(results['do-nothing-constant-finished']!, 'to-string')).toMatch(
      /no task ever held what its coroutine returned or threw \(tic_tac was FINISHED from new Task to its last run\(\), with returnValue undefined\)/,
    )
  })

  it('a toString judged on tasks that never finish: there was no return value to show', () => {
    expect(feedbackText(results['do-nothing-no-state']!, 'to-string')).toMatch(
      /no task ever became FINISHED or ERROR[\s\S]*String\(task\) never had a return value or an error to show/,
    )
  })

  it('a loop that runs nothing: the scheduled tasks stay NEW', () => {
    expect(feedbackText(results['do-nothing-empty']!, 'schedule')).toMatch(
      /runUntilEmpty\(\) ran neither of the scheduled tasks: tic_tac and spam were still NEW/,
    )
  })
})

describe('event-loop: the misconceptions of toString and schedule', () => {
  it('toString without the return value or the error', () => {
    expectMisconception(results['to-string-without-result']!, {
      'to-string':
        /String\(task\) of the FINISHED task tic_tac was "<Task 'tic_tac' \[FINISHED\]>": it does not show its return value Boum![\s\S]*then the return value \(FINISHED\) or the error \(ERROR\)/,
    })
  })

  it('schedule(task) returning nothing for a Task it was given', () => {
    expectMisconception(results['schedule-returns-nothing-for-task']!, {
      schedule: /schedule\(task\) did not return the Task it was given[\s\S]*given a Task, schedule queues that very Task and returns it/,
    })
  })
})
