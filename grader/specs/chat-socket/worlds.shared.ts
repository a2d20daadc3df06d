// The chat-socket worlds as plain data, and what a correct submission does in each: the
// world (scenarios.jail.ts) builds its tasks, socket and keyboard from them, and the checks
// judge against them, so this file stays free of side effects.
import type { Span } from '../../sandbox/trace.ts'

// firstCompleted

/** One task handed to firstCompleted: it settles `ms` after it starts, unless aborted first. */
export interface TaskPlan {
  ms: number
  value?: string
  /** Rejects with this message instead of resolving. */
  fails?: string
  /** Throws this message synchronously, when called, instead of returning a promise. */
  throws?: string
  /** Does not listen to its signal: runs to its end whatever happens. */
  ignoresSignal?: true
  /** Waits in two halves: its last timer is armed after those of tasks that wait in one go. */
  inTwoHalves?: true
}

export const TASK_WORLDS = {
  // The winner in the middle of the list, and a task that ignores its signal and fails after the winner.
  'first-wins': [
    { ms: 300, value: 'tortoise' },
    { ms: 100, value: 'hare' },
    { ms: 200, value: 'cat' },
    { ms: 400, fails: 'task 3 failed at t=400', ignoresSignal: true },
  ],
  // Two tasks due at t=200: task 1's timer fires first, so its promise settles first.
  tie: [
    { ms: 200, value: 'armed last', inTwoHalves: true },
    { ms: 200, value: 'armed first' },
  ],
  'first-rejects': [
    { ms: 300, value: 'tortoise' },
    { ms: 100, fails: 'task 1 failed at t=100' },
    { ms: 200, value: 'cat' },
  ],
  'sync-throw': [
    { ms: 200, value: 'tortoise' },
    { ms: 0, throws: 'task 1 threw before returning a promise' },
    { ms: 100, value: 'cat' },
  ],
  empty: [],
} satisfies Record<string, TaskPlan[]>

export type TaskWorldName = keyof typeof TASK_WORLDS

export const taskLane = (index: number): string => `task ${index}`
export const FIRST_COMPLETED = 'firstCompleted'
/** Trace event on a task's lane: calling it threw synchronously, as its plan says. */
export const THREW = 'threw when called'
/** Trace event on the firstCompleted lane: the call itself threw instead of returning a promise. */
export const THREW_AT_CALL = 'threw synchronously'

/** How the first task to settle settles, and when; undefined for an empty list. */
export function firstToSettle(plans: readonly TaskPlan[]): { index: number; at: number; plan: TaskPlan } | undefined {
  let first: { index: number; at: number; plan: TaskPlan } | undefined
  plans.forEach((plan, index) => {
    const at = plan.throws ? 0 : plan.ms
    // A tie goes to the task waiting in one go: its timer was armed first.
    const earlier = !first || at < first.at || (at === first.at && first.plan.inTwoHalves && !plan.inTwoHalves)
    if (earlier) first = { index, at, plan }
  })
  return first
}

/** What a correct firstCompleted draws: the call until the first settles, each task until then. */
export function expectedTaskSpans(plans: readonly TaskPlan[]): Span[] {
  const end = firstToSettle(plans)?.at ?? 0
  return [
    { lane: FIRST_COMPLETED, label: FIRST_COMPLETED, start: 0, end },
    ...plans.flatMap((plan, index) => (plan.throws ? [] : [{ lane: taskLane(index), label: taskLane(index), start: 0, end: Math.min(plan.ms, end) }])),
  ]
}

// chat

export const SEND_MS = 200
export const QUIT = '/quit'

/** A chat world: what the server sends and when, what the user types and when. */
export interface ChatWorld {
  /** Messages from the server, by arrival time. */
  messages: readonly { at: number; text: string }[]
  /** When the server closes the socket (receive gives null from then on); Infinity: never. */
  closesAt: number
  /** Lines the user types, by time; null is the end of input. */
  lines: readonly { at: number; text: string | null }[]
  /** The socket breaks: a pending or later receive rejects with this, from `at`. */
  receiveFails?: { at: number; message: string }
  /** The send of this line fails at its end. */
  sendFails?: { text: string; message: string }
}

const ANA = ['ana: hi!', 'ana: are you there?', 'ana: see you at 5']
const statementMessages = [
  { at: 250, text: ANA[0]! },
  { at: 260, text: ANA[1]! },
  { at: 1200, text: ANA[2]! },
]

export const CHAT_WORLDS = {
  // The statement: three lines typed at t=100, the user quits at 2500, a message comes after that, the server would close at 4000.
  statement: {
    messages: [...statementMessages, { at: 3000, text: 'ana: still there?' }],
    closesAt: 4000,
    lines: [
      { at: 100, text: 'hello' },
      { at: 100, text: 'how are you?' },
      { at: 100, text: 'I am on the train' },
      { at: 2500, text: QUIT },
    ],
  },
  // The server closes at 1500; the user types a line only at 3000, after the chat has ended.
  'server-closes': {
    messages: statementMessages,
    closesAt: 1500,
    lines: [{ at: 3000, text: 'anyone?' }],
  },
  // The server closes while a line is being sent (1400-1600): the send is cut short at 1500.
  'closes-during-send': {
    messages: [{ at: 250, text: ANA[0]! }],
    closesAt: 1500,
    lines: [{ at: 1400, text: 'wait, one more thing' }],
  },
  // The input ends (null, Ctrl-D) at 600 instead of a /quit.
  'input-ends': {
    messages: [{ at: 300, text: ANA[0]! }],
    closesAt: 5000,
    lines: [
      { at: 100, text: 'hello' },
      { at: 600, text: null },
    ],
  },
  'receive-fails': {
    messages: [{ at: 250, text: ANA[0]! }],
    closesAt: Infinity,
    lines: [
      { at: 100, text: 'hello' },
      { at: 3000, text: QUIT },
    ],
    receiveFails: { at: 800, message: 'connection reset by peer' },
  },
  'send-fails': {
    messages: [
      { at: 250, text: ANA[0]! },
      { at: 1200, text: ANA[2]! },
    ],
    closesAt: 4000,
    lines: [
      { at: 100, text: 'hello' },
      { at: 400, text: 'this one breaks the socket' },
      { at: 2500, text: QUIT },
    ],
    sendFails: { text: 'this one breaks the socket', message: 'socket closed while sending' },
  },
} satisfies Record<string, ChatWorld>

export type ChatWorldName = keyof typeof CHAT_WORLDS

export const CHAT = 'chat'
export const KEYBOARD = 'keyboard'
export const SEND = 'send'
export const RECEIVE = 'receive'
export const SCREEN = 'screen'

/** Trace event on a lane: the call's signal was aborted (recorded right before its span ends). */
export const ABORTED = 'aborted'
/** Trace event on a lane: the call was made without a signal (recorded right after its span starts). */
export const NO_SIGNAL = 'no signal'
/** Trace event on the send lane: a send started while another was in flight. */
export const TWO_SENDS = 'two sends at once'

/** What a correct chat does in a world, worked out step by step. */
export interface ChatPlan {
  endsAt: number
  endedBy?: 'user' | 'server'
  /** The error chat rejects with, when a loop fails. */
  error?: string
  sends: { text: string; start: number; end: number }[]
  shows: { text: string; at: number }[]
  /** The loop cut short when the other ends: the call it is waiting in then. */
  aborted: typeof KEYBOARD | typeof RECEIVE | typeof SEND
  spans: Span[]
}

export function chatPlan(world: ChatWorld): ChatPlan {
  const spans: Span[] = []
  // The sending loop: read a line, send it, until /quit or the end of input.
  const sends: ChatPlan['sends'] = []
  let sendingEnd = Infinity
  let sendError: { at: number; message: string } | undefined
  let t = 0
  for (const line of world.lines) {
    spans.push({ lane: KEYBOARD, label: KEYBOARD, start: t, end: Math.max(t, line.at) })
    t = Math.max(t, line.at)
    if (line.text === null || line.text === QUIT) {
      sendingEnd = t
      break
    }
    if (world.sendFails?.text === line.text) {
      sendError = { at: t + SEND_MS, message: world.sendFails.message }
      sendingEnd = t + SEND_MS
      spans.push({ lane: SEND, label: line.text, start: t, end: t + SEND_MS })
      break
    }
    sends.push({ text: line.text, start: t, end: t + SEND_MS })
    spans.push({ lane: SEND, label: line.text, start: t, end: t + SEND_MS })
    t += SEND_MS
  }
  if (sendingEnd === Infinity) spans.push({ lane: KEYBOARD, label: KEYBOARD, start: t })
  // The receiving loop: show each message as it arrives, until the server closes or the socket breaks.
  const receivingEnd = Math.min(world.closesAt, world.receiveFails?.at ?? Infinity)
  const shows = world.messages.filter((message) => message.at <= receivingEnd).map((message) => ({ text: message.text, at: message.at }))
  let r = 0
  for (const show of shows) {
    spans.push({ lane: RECEIVE, label: RECEIVE, start: r, end: show.at }, { lane: SCREEN, label: show.text, start: show.at, end: show.at })
    r = show.at
  }
  spans.push({ lane: RECEIVE, label: RECEIVE, start: r, end: receivingEnd })

  const endsAt = Math.min(sendingEnd, receivingEnd)
  const sendingEndsFirst = sendingEnd <= receivingEnd
  const sendInFlight = sends.some((send) => send.start < endsAt && endsAt < send.end)
  const clipped = spans
    .filter((span) => span.start <= endsAt && !(span.lane === SCREEN && span.start > endsAt))
    .map((span) => ({ ...span, end: Math.min(span.end ?? Infinity, endsAt) }))
  const plan: ChatPlan = {
    endsAt,
    sends: sends.filter((send) => send.end <= endsAt),
    shows: shows.filter((show) => show.at <= endsAt),
    aborted: sendingEndsFirst ? RECEIVE : sendInFlight ? SEND : KEYBOARD,
    spans: [{ lane: CHAT, label: CHAT, start: 0, end: endsAt }, ...clipped],
  }
  const error = sendingEndsFirst ? sendError : world.receiveFails && world.receiveFails.at === endsAt ? world.receiveFails : undefined
  if (error) return { ...plan, error: error.message }
  return { ...plan, endedBy: sendingEndsFirst ? 'user' : 'server' }
}

/** What chat resolves with in a world where it ends normally. */
export function expectedResult(plan: ChatPlan): { endedBy: 'user' | 'server'; sent: number; received: number } {
  return { endedBy: plan.endedBy!, sent: plan.sends.length, received: plan.shows.length }
}
