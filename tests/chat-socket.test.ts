// chat-socket: every correct style scores full, do-nothing submissions earn nothing, and each
// wrong solution loses exactly the checks of its misconception, saying so.
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ExerciseResult } from '../grader/report/schema.ts'
import { check, expectMisconception, gradeEach, kitRoot, submissionsIn } from './support/grading.ts'

let results: Record<string, ExerciseResult>
beforeAll(async () => {
  results = await gradeEach('chat-socket', { ...submissionsIn('chat-socket'), stub: join(kitRoot, 'exercises/chat-socket/chat.ts') })
})

const takesTurns = /your code takes turns: one loop that reads a line, sends it, then receives/
const zombie = /Promise\.race of the two loops only stops chat from waiting; the loser goes on \(a zombie\)/

describe('chat-socket: what earns nothing, what earns everything', () => {
  it('the stub scores 0, every check saying "not implemented yet"', () => {
    const stub = results.stub!
    expect(stub.points).toBe(0)
    for (const { message } of stub.checks) expect(message).toMatch(/not implemented yet/)
  })

  it.each(['do-nothing-empty', 'do-nothing-constants', 'do-nothing-waits', 'do-nothing-rejects'])('%s earns nothing', (name) => {
    expect(results[name]!.points).toBe(0)
    expect(results[name]!.checks.every((candidate) => candidate.status === 'failed')).toBe(true)
  })

  it.each(['correct-promise-race', 'correct-mutual-abort'])('%s scores full', (name) => {
    expectMisconception(results[name]!, {})
  })
})

describe('chat-socket: firstCompleted misconceptions', () => {
  it('Promise.race without aborting the losers: they run to their end', () => {
    expectMisconception(results['first-race-no-abort']!, {
      'first-aborts-losers':
        /task 0 was not aborted when task 1 resolved \(t=100\): it ran on until t=300[\s\S]*Promise\.race only tells you which task settled first/,
    })
    const timeline = check(results['first-race-no-abort']!, 'first-aborts-losers').timeline!
    expect(timeline.actual).toContainEqual({ lane: 'task 0', label: 'task 0', start: 0, end: 300 })
    expect(timeline.expected).toContainEqual({ lane: 'task 0', label: 'task 0', start: 0, end: 100 })
  })

  it('one AbortController for every task: the winner is aborted too', () => {
    expectMisconception(results['first-aborts-winner']!, {
      'first-spares-winner': /task 1 won at t=100, yet its signal was aborted at t=100[\s\S]*one AbortController shared by every task/,
    })
  })

  it('a synchronous throw not turned into a rejection: the task already started is never aborted', () => {
    expectMisconception(results['first-sync-throw-escapes']!, {
      'first-aborts-losers': /task 0 was not aborted when task 1 threw \(t=0\): it ran on until t=200[\s\S]*Turn a synchronous throw into a rejection/,
    })
  })

  it('a plain function returning Promise.race: the throw escapes firstCompleted itself', () => {
    expectMisconception(results['first-plain-function']!, {
      'first-rejects':
        /calling firstCompleted threw at once \(task 1 threw when called\), instead of returning a rejected promise[\s\S]*inside an async function, a throw becomes the rejection/,
      'first-aborts-losers': /task 0 was not aborted when task 1 threw[\s\S]*Turn a synchronous throw into a rejection/,
    })
  })

  it('.then and .catch as two chains: the rejections of the .then chains are left unhandled', () => {
    expectMisconception(results['first-then-and-catch']!, {
      'first-no-unhandled': /rejections were left unhandled \(AbortError[\s\S]*p\.then\(onValue\) without an onRejected/,
    })
  })

  it('Promise.any: a task that fails first does not end the wait', () => {
    expectMisconception(results['first-promise-any']!, {
      'first-rejects':
        /resolved at t=200 with \{ index: 2, value: "cat" \}, though task 1 was rejected \(t=100\) first[\s\S]*Promise\.any waits for the first success/,
      'first-aborts-losers': /task 0 was aborted at t=200, after task 1 was rejected \(t=100\)[\s\S]*a rejection counts as settling/,
    })
  })

  it('no check for an empty list: Promise.race([]) never settles', () => {
    expectMisconception(results['first-empty-race']!, {
      'first-empty': /firstCompleted\(\[\]\) never settled[\s\S]*Promise\.race\(\[\]\) stays pending forever/,
    })
  })

  it('the losers aborted with a plain Error, not an AbortError', () => {
    expectMisconception(results['first-abort-reason-error']!, {
      'first-aborts-losers': /task 0's signal was aborted with Error, not with an AbortError[\s\S]*controller\.abort\(\) with no argument/,
    })
  })

  it('each task awaited before the next is called: only the first ever runs', () => {
    const notAllAtOnce = /task 1 was never started[\s\S]*asyncio\.wait starts every task before waiting/
    expectMisconception(results['first-one-after-another']!, {
      'first-settles-first': notAllAtOnce,
      'first-aborts-losers': notAllAtOnce,
      'first-spares-winner': notAllAtOnce,
      'first-rejects': notAllAtOnce,
      'first-no-unhandled': notAllAtOnce,
      'first-empty': notAllAtOnce,
    })
  })
})

describe('chat-socket: chat misconceptions', () => {
  it('one loop taking turns: messages shown seconds late, and a wait for a line nothing ends', () => {
    expectMisconception(results['chat-one-loop']!, {
      'chat-shows-at-once': new RegExp(`"ana: hi!" arrived at t=250 but was shown only at t=3200, 2950 ms late[\\s\\S]*${takesTurns.source}`),
      'chat-server-closes': new RegExp(`chat never settled[\\s\\S]*${takesTurns.source}`),
      'chat-aborts-other': new RegExp(`when the user quit \\(t=2500\\), nothing was waiting in socket\\.receive[\\s\\S]*${takesTurns.source}`),
      'chat-error': new RegExp(`resolved at t=3000 [\\s\\S]*though socket\\.receive failed at t=800[\\s\\S]*${takesTurns.source}`),
    })
  })

  it('Promise.all of the two loops: chat waits for both, and never ends when the user stays silent', () => {
    expectMisconception(results['chat-promise-all']!, {
      'chat-user-quits':
        /chat resolved at t=4000, not when the user quit \(t=2500\)[\s\S]*kept waiting for the receiving loop until the server closed \(t=4000\): Promise\.all/,
      'chat-server-closes': /chat never settled[\s\S]*kept waiting for the sending loop: Promise\.all/,
      'chat-aborts-other': /socket\.receive was not aborted when the user quit \(t=2500\): it went on until t=3000[\s\S]*Promise\.all/,
      'chat-error': /keyboard\.nextLine was not aborted when socket\.receive failed \(t=800\): it went on until t=3000/,
    })
  })

  it('Promise.race without aborting the loser: a zombie shows a message after the session ended', () => {
    expectMisconception(results['chat-race-no-abort']!, {
      'chat-aborts-other': new RegExp(
        `after chat settled at t=2500, your receiving loop was still running: it showed "ana: still there\\?" at t=3000[\\s\\S]*${zombie.source}`,
      ),
      'chat-error': new RegExp(`keyboard\\.nextLine was not aborted when socket\\.receive failed \\(t=800\\)[\\s\\S]*${zombie.source}`),
    })
    // The zombie's message is drawn after chat's end on the timeline.
    const timeline = check(results['chat-race-no-abort']!, 'chat-aborts-other').timeline!
    expect(timeline.actual).toContainEqual({ lane: 'screen', label: 'ana: still there?', start: 3000, end: 3000 })
    expect(timeline.actual).toContainEqual({ lane: 'chat', label: 'chat', start: 0, end: 2500 })
  })

  it('an AbortError nobody handles: the aborted loop rejects into a .then chain', () => {
    expectMisconception(results['chat-unhandled-abort']!, {
      'chat-no-unhandled':
        /a rejection was left unhandled \(AbortError: This operation was aborted\)[\s\S]*the loop you aborted rejects with an AbortError, and nothing handled it/,
    })
  })

  it('the aborted loop awaited with Promise.all: its AbortError rejects chat', () => {
    const abortReachedChat = (call: string) =>
      new RegExp(`chat rejected at t=\\d+ with AbortError[\\s\\S]*the loop you aborted \\(waiting in ${call}\\) rejects with an AbortError`)
    expectMisconception(results['chat-abort-error-rejects']!, {
      'chat-user-quits': abortReachedChat('socket\\.receive'),
      'chat-server-closes': abortReachedChat('keyboard\\.nextLine'),
    })
  })

  it('sends not awaited: two sends at once, and a failed send reaches nothing', () => {
    expectMisconception(results['chat-sends-not-awaited']!, {
      'chat-sends-one-at-a-time':
        /two sends at once at t=100: "how are you\?" started while "hello" was still being sent; the socket reported it[\s\S]*await each send/,
      'chat-error': /though socket\.send failed at t=600[\s\S]*the failed send was not awaited/,
    })
  })

  it("send called without the loop's signal: a send in flight when the server closes runs on", () => {
    expectMisconception(results['chat-send-without-signal']!, {
      'chat-aborts-other':
        /socket\.send was not aborted when the server closed the socket \(t=1500\): it went on until t=1600[\s\S]*called socket\.send without its signal/,
    })
  })

  it('null taken for a line: the end of input is sent again and again', () => {
    const nullSent = /keyboard\.nextLine gave null, the end of input, and your code sent it as a line/
    expectMisconception(results['chat-ignores-end-of-input']!, {
      'chat-user-quits': new RegExp(`chat resolved at t=5000, not when the user quit \\(t=600\\)[\\s\\S]*${nullSent.source}`),
      'chat-aborts-other': new RegExp(`socket\\.receive was not aborted when the user quit \\(t=600\\)[\\s\\S]*${nullSent.source}`),
    })
  })
})
