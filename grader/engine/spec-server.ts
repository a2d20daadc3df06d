// The process behind a spec session (spec-session.ts): a vitest kept running, which grades
// on request with the plan the session wrote, and reports like a vitest child
// (ipc-reporter.ts). It leads its own process group: ended, it takes its spec processes
// and jails with it.
import { createVitest } from 'vitest/node'
import { kitRoot } from '../layout.ts'
import IpcReporter from './ipc-reporter.ts'
import { join } from 'node:path'

export type ServerRequest = { type: 'run'; specs: string[] }
export type ServerReply = { type: 'ran'; error?: string }

const vitest = await createVitest('test', {
  config: join(kitRoot, 'grader/specs/vitest.config.ts'),
  root: kitRoot,
  watch: false,
  // Threads start faster than processes, and the group ends with the server all the same.
  pool: 'threads',
  reporters: [new IpcReporter()],
})

const reply = (message: ServerReply) => process.send!(message)

process.on('message', async (request: ServerRequest) => {
  try {
    await vitest.runTestSpecifications(await vitest.globTestSpecifications(request.specs))
    reply({ type: 'ran' })
  } catch (error) {
    reply({ type: 'ran', error: (error as Error).message })
  }
})
// The grader is gone: so is everything this session started.
process.on('disconnect', () => process.kill(-process.pid, 'SIGKILL'))
reply({ type: 'ran' })
