// The chat-socket checks: firstCompleted judged by what its tasks saw in each task world, and
// chat by what the socket, the keyboard and the screen saw in each chat world (judge-*.ts).
import { gradeExercise } from '../kit.ts'
import type { Run } from '../run.ts'
import { judgeChatNoUnhandled, judgeEnding, judgeError, judgeOtherAborted, judgeSends, judgeShows } from './judge-chat.ts'
import { judgeEmpty, judgeLosersAborted, judgeNoUnhandled, judgeRejection, judgeWinner, judgeWinnerSpared } from './judge-first.ts'
import type scenarios from './scenarios.jail.ts'

type ScenarioName = keyof typeof scenarios

gradeExercise<typeof scenarios>('chat-socket', ({ scenario, check }) => {
  // Each world runs once per submission, however many checks read it.
  const runs = new Map<ScenarioName, () => Promise<Run>>()
  const runOf = (name: ScenarioName) => {
    if (!runs.has(name)) runs.set(name, scenario(name))
    return runs.get(name)!()
  }
  const inWorlds =
    <Name extends ScenarioName>(names: Name[], judge: (run: Run, world: Name) => void) =>
    async () => {
      for (const name of names) judge(await runOf(name), name)
    }

  check('first-settles-first', inWorlds(['first-wins', 'tie'], judgeWinner))
  check('first-aborts-losers', inWorlds(['first-wins', 'first-rejects', 'sync-throw'], judgeLosersAborted))
  check('first-spares-winner', inWorlds(['first-wins'], judgeWinnerSpared))
  check('first-rejects', inWorlds(['first-rejects', 'sync-throw'], judgeRejection))
  check('first-no-unhandled', inWorlds(['first-wins', 'first-rejects', 'sync-throw'], judgeNoUnhandled))
  check('first-empty', async () => judgeEmpty(await runOf('empty'), await runOf('first-wins')))

  check('chat-shows-at-once', inWorlds(['server-closes', 'statement'], judgeShows))
  check('chat-sends-one-at-a-time', inWorlds(['statement'], judgeSends))
  check('chat-user-quits', inWorlds(['statement', 'input-ends'], judgeEnding))
  check('chat-server-closes', inWorlds(['server-closes'], judgeEnding))
  check('chat-aborts-other', inWorlds(['statement', 'server-closes', 'input-ends', 'closes-during-send'], judgeOtherAborted))
  check('chat-error', inWorlds(['receive-fails', 'send-fails'], judgeError))
  check('chat-no-unhandled', inWorlds(['statement', 'input-ends'], judgeChatNoUnhandled))
})
