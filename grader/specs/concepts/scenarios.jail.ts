/// <reference types="ses" />
// Runs inside the jail: each predict item's snippet, run for real under virtual time, and
// the choice items read as the submission gives them. The lines a snippet prints are heard
// by its own console, not the world's: the world's output reaches the feedback, and these
// lines are the answer. They go to the 'print' lane for `npm run try`, which shows a run:
// `example`, the demo, runs the statement's ungraded example; a predict item's run says
// first that it shows that item's answer.
import { sleep } from '#runtime'
import type { Recorder } from '../../sandbox/recorder.ts'
import { defineScenarios, type Scenario } from '../../sandbox/scenario.ts'
import { wording } from '../wording.ts'
import { EXAMPLE_SNIPPET, PREDICT_ITEMS, type PredictItem, SNIPPET_RUN_MS, SNIPPETS } from './items.shared.ts'

const NOTE = wording({
  lane: { en: 'note', fr: 'remarque' },
  showsTheAnswer: (item: PredictItem) => ({
    en: `this run prints the answer of predict['${item}']: predict it before you watch`,
    fr: `cette exécution affiche la réponse de predict['${item}'] : faites votre prédiction avant de regarder`,
  }),
})

/** Runs a snippet in a compartment of its own and resolves with the lines it printed, in order. */
async function runSnippet(snippet: string, recorder: Recorder): Promise<string[]> {
  const printed: string[] = []
  const log = (...args: unknown[]) => {
    const line = args.map(String).join(' ')
    printed.push(line)
    recorder.event('print', line)
  }
  // What a new compartment lacks or has tamed: timers, the virtual clock, #runtime's sleep, a console.
  const globals = { console: harden({ log }), setTimeout, queueMicrotask, Date, sleep }
  new Compartment({ globals, __options__: true }).evaluate(snippet)
  await sleep(SNIPPET_RUN_MS)
  return printed
}

/** An item of one of the submission's answer tables, as data (missing when there is no table). */
function answerOf(table: unknown, item: string): unknown {
  return typeof table === 'object' && table !== null ? (table as Record<string, unknown>)[item] : undefined
}

/** What a predict check reads: what the snippet printed, what the submission predicted, and whether `predict` is a table at all. */
export interface PredictRun {
  printed: string[]
  predicted: unknown
  isTable: boolean
}

const predictScenario = (item: PredictItem): Scenario & { run: (...args: never[]) => Promise<PredictRun> } => ({
  uses: ['predict'],
  run: async ({ submission, recorder }) => {
    const table: unknown = submission.predict
    recorder.event(NOTE.lane, NOTE.showsTheAnswer(item))
    const printed = await runSnippet(SNIPPETS[item], recorder)
    return { printed, predicted: answerOf(table, item), isTable: typeof table === 'object' && table !== null && !Array.isArray(table) }
  },
})

const predictScenarios = Object.fromEntries(PREDICT_ITEMS.map((item) => [item, predictScenario(item)])) as Record<
  PredictItem,
  ReturnType<typeof predictScenario>
>

export default defineScenarios({
  ...predictScenarios,
  example: {
    uses: [],
    run: async ({ recorder }): Promise<void> => {
      await runSnippet(EXAMPLE_SNIPPET, recorder)
    },
  },
  choices: {
    uses: ['choose'],
    run: async ({ submission }): Promise<{ chosen: unknown }> => ({ chosen: submission.choose }),
  },
})
