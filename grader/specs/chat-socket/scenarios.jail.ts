// Runs inside the jail, in the world's compartment: the tasks handed to firstCompleted, and the
// chat server's socket and the user's keyboard handed to chat. Each call is a span on its lane,
// ended when it settles or, with an "aborted" event, when its signal aborts; each line shown is
// an instant span on the screen lane. What happens after the call settled is marked late.
import { sleep } from '#runtime'
import { labelOf } from '../../sandbox/recorder.ts'
import { defineScenarios, hand, signalFrom, type Scenario, type ScenarioContext } from '../../sandbox/scenario.ts'
import {
  ABORTED,
  CHAT,
  CHAT_WORLDS,
  FIRST_COMPLETED,
  KEYBOARD,
  NO_SIGNAL,
  RECEIVE,
  SCREEN,
  SEND,
  SEND_MS,
  TASK_WORLDS,
  THREW,
  THREW_AT_CALL,
  TWO_SENDS,
  taskLane,
  type ChatWorld,
  type ChatWorldName,
  type TaskPlan,
  type TaskWorldName,
} from './worlds.shared.ts'

/** The name of an abort's reason, read once; the reason is whatever the submission aborted with. */
function reasonName(signal: AbortSignal): string {
  try {
    const reason: unknown = signal.reason
    return reason instanceof Error || (typeof reason === 'object' && reason !== null) ? labelOf((reason as { name?: unknown }).name) : typeof reason
  } catch {
    return 'unreadable'
  }
}

/** Calls `record` the moment `signal` aborts, at once if it already has; returns what stops listening. */
function onAbort(signal: AbortSignal | undefined, record: () => void): () => void {
  if (!signal) return () => {}
  if (signal.aborted) {
    record()
    return () => {}
  }
  signal.addEventListener('abort', record, { once: true })
  return () => signal.removeEventListener('abort', record)
}

function createTasks({ recorder, isGenuineSignal }: ScenarioContext, plans: readonly TaskPlan[]) {
  return hand(
    plans.map((plan, index) => (given?: unknown): Promise<string> => {
      const lane = taskLane(index)
      const signal = signalFrom({ isGenuineSignal }, given)
      if (plan.throws) {
        recorder.event(lane, THREW)
        throw new Error(plan.throws)
      }
      const end = recorder.start(lane)
      if (!signal) recorder.event(lane, NO_SIGNAL)
      // Heard for as long as the scenario lasts: aborting the winner after it won shows too.
      onAbort(signal, () => {
        recorder.event(lane, `${ABORTED} (${reasonName(signal!)})`)
        if (!plan.ignoresSignal) end()
      })
      const listened = plan.ignoresSignal ? undefined : signal
      return (async () => {
        if (plan.inTwoHalves) {
          await sleep(plan.ms / 2, listened)
          await sleep(plan.ms / 2, listened)
        } else {
          await sleep(plan.ms, listened)
        }
        end()
        if (plan.fails) throw new Error(plan.fails)
        return plan.value!
      })()
    }),
  )
}

function taskScenario(name: TaskWorldName): Scenario {
  return {
    uses: ['firstCompleted'],
    // Losers left running show when they end, and a rejection left unhandled when it comes.
    drainAfterSettle: true,
    async run(context) {
      const { submission, recorder } = context
      const tasks = createTasks(context, TASK_WORLDS[name])
      const done = recorder.start(FIRST_COMPLETED)
      try {
        let settling: Promise<unknown>
        try {
          settling = submission.firstCompleted(tasks)
        } catch (error) {
          recorder.event(FIRST_COMPLETED, THREW_AT_CALL)
          throw error
        }
        return await settling
      } finally {
        done()
      }
    },
  }
}

type Ending = { value: null } | { error: Error }

/** Values that arrive over time, taken one at a time by calls that wait for the next. */
class Inbox {
  readonly #queue: string[] = []
  readonly #waiters: { resolve(value: string | null): void; reject(error: unknown): void }[] = []
  #ending: Ending | undefined

  readonly #context: ScenarioContext
  readonly #lane: string

  constructor(context: ScenarioContext, lane: string) {
    this.#context = context
    this.#lane = lane
  }

  push(value: string): void {
    if (this.#ending) return
    const waiter = this.#waiters.shift()
    if (waiter) waiter.resolve(value)
    else this.#queue.push(value)
  }

  end(ending: Ending): void {
    if (this.#ending) return
    this.#ending = ending
    for (const waiter of this.#waiters.splice(0)) 'error' in ending ? waiter.reject(ending.error) : waiter.resolve(null)
  }

  /** The next value, or the ending; a span on the lane for as long as the call waits. */
  take(given: unknown): Promise<string | null> {
    const recorder = this.#context.recorder
    const lane = this.#lane
    const signal = signalFrom(this.#context, given)
    const end = recorder.start(lane)
    if (!signal) recorder.event(lane, NO_SIGNAL)
    return new Promise<string | null>((resolve, reject) => {
      const settle = (settler: () => void) => {
        stopListening()
        end()
        settler()
      }
      const waiter = {
        resolve: (value: string | null) => settle(() => resolve(value)),
        reject: (error: unknown) => settle(() => reject(error)),
      }
      const stopListening = onAbort(signal, () => {
        const at = this.#waiters.indexOf(waiter)
        if (at >= 0) this.#waiters.splice(at, 1)
        recorder.event(lane, ABORTED)
        end()
        reject(signal!.reason)
      })
      if (signal?.aborted) return
      const ending = this.#ending
      if (this.#queue.length > 0) waiter.resolve(this.#queue.shift()!)
      else if (ending) 'error' in ending ? waiter.reject(ending.error) : waiter.resolve(null)
      else this.#waiters.push(waiter)
    })
  }
}

function createChat(context: ScenarioContext, world: ChatWorld) {
  const { recorder } = context
  const inbox = new Inbox(context, RECEIVE)
  const typed = new Inbox(context, KEYBOARD)
  // The server and the user act on their own clocks, whatever the code does.
  for (const message of world.messages) void sleep(message.at).then(() => inbox.push(message.text))
  if (Number.isFinite(world.closesAt)) void sleep(world.closesAt).then(() => inbox.end({ value: null }))
  const broken = world.receiveFails
  if (broken) void sleep(broken.at).then(() => inbox.end({ error: new Error(broken.message) }))
  for (const line of world.lines) void sleep(line.at).then(() => (line.text === null ? typed.end({ value: null }) : typed.push(line.text)))

  let inFlight = 0
  const socket = {
    async send(text: unknown, given?: unknown): Promise<void> {
      const signal = signalFrom(context, given)
      const label = labelOf(text)
      if (inFlight > 0) recorder.event(SEND, TWO_SENDS)
      const end = recorder.start(SEND, label)
      if (!signal) recorder.event(SEND, NO_SIGNAL)
      const stopListening = onAbort(signal, () => {
        recorder.event(SEND, ABORTED)
        end()
      })
      inFlight++
      try {
        await sleep(SEND_MS, signal)
      } finally {
        inFlight--
        stopListening()
      }
      end()
      if (world.sendFails?.text === label) throw new Error(world.sendFails.message)
    },
    // Async, so that a signal refused is a rejection, as Node's own APIs reject.
    receive: async (given?: unknown) => inbox.take(given),
  }
  const keyboard = { nextLine: async (given?: unknown) => typed.take(given) }
  const show = (line: unknown): void => recorder.start(SCREEN, line)()
  return { socket: hand(socket), keyboard: hand(keyboard), show: hand(show) }
}

function chatScenario(name: ChatWorldName): Scenario {
  return {
    uses: ['chat'],
    // A loop left running shows what it does after the session ended: a message shown, a line sent.
    drainAfterSettle: true,
    async run(context) {
      const { socket, keyboard, show } = createChat(context, CHAT_WORLDS[name])
      const done = context.recorder.start(CHAT)
      try {
        return await context.submission.chat(socket, keyboard, show)
      } finally {
        done()
      }
    },
  }
}

export default defineScenarios({
  'first-wins': taskScenario('first-wins'),
  tie: taskScenario('tie'),
  'first-rejects': taskScenario('first-rejects'),
  'sync-throw': taskScenario('sync-throw'),
  empty: taskScenario('empty'),
  statement: chatScenario('statement'),
  'server-closes': chatScenario('server-closes'),
  'closes-during-send': chatScenario('closes-during-send'),
  'input-ends': chatScenario('input-ends'),
  'receive-fails': chatScenario('receive-fails'),
  'send-fails': chatScenario('send-fails'),
})
