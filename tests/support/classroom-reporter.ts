// What GitHub Classroom's grading reporter does with the runners' results, ported from
// classroom-resources/autograding-grading-reporter (tag v1, its src/ as on main at commit
// 43c2d9f): src/main.js reads each runner's JSON base64-encoded from `<RUNNER>_RESULTS`
// and fails the step on a "fail" or "error" status; src/notify-classroom.js posts the
// "Autograding report" notice Classroom records; src/helpers/test-helpers.js computes the
// score its log table shows. Kept to those computations, line for line in meaning.

export interface RunnerResults {
  version: number
  status: string
  max_score?: number
  tests: Array<{ name: string; status: string; score?: number; message?: string; line_no?: number }>
}

/** main.js: `runners` split on commas, each read from `${runner.trim().toUpperCase()}_RESULTS`. */
export function readRunners(runners: string, env: Record<string, string | undefined>): Array<{ runner: string; results: RunnerResults }> {
  return runners.split(',').map((runner) => {
    const encoded = env[`${runner.trim().toUpperCase()}_RESULTS`] ?? ''
    return { runner, results: JSON.parse(Buffer.from(encoded, 'base64').toString('utf-8')) as RunnerResults }
  })
}

/**
 * notify-classroom.js: a runner with no (or a zero) max_score is skipped; otherwise its
 * max_score adds to maxPoints and every test's score to totalPoints. No notice at all
 * when maxPoints is 0.
 */
export function autogradingReport(runners: Array<{ results: RunnerResults }>): { totalPoints: number; maxPoints: number } | undefined {
  let totalPoints = 0
  let maxPoints = 0
  for (const { results } of runners) {
    if (!results.max_score) continue
    maxPoints += results.max_score
    for (const { score } of results.tests) totalPoints += score as number
  }
  return maxPoints ? { totalPoints, maxPoints } : undefined
}

/** The notices' text, as core.notice prints them in the log. */
export function notices(report: { totalPoints: number; maxPoints: number }): string[] {
  return [
    `::notice title=Autograding complete::Points ${report.totalPoints}/${report.maxPoints}`,
    `::notice title=Autograding report::${JSON.stringify(report)}`,
  ]
}

/** test-helpers.js getTestScore: the log's score, the share of tests passed times max_score. */
export function logScore(results: RunnerResults): number {
  const passed = results.tests.filter((test) => test.status === 'pass').length
  return (passed / results.tests.length) * (results.max_score || 0)
}

/** main.js: the step fails when a runner failed, else when one errored. */
export function stepFailure(runners: Array<{ results: RunnerResults }>): string | undefined {
  if (runners.some(({ results }) => results.status === 'fail')) return 'Some tests failed.'
  if (runners.some(({ results }) => results.status === 'error')) return 'Some tests errored.'
  return undefined
}
