// The quiz's checks, one per item: a predict item runs its snippet in the world and compares
// what it printed with the prediction; a choice item compares the option with its hashed key.
import { gradeExercise } from '../kit.ts'
import { CHOICE_ITEMS, PREDICT_ITEMS } from './items.shared.ts'
import { judgeChoice } from './judge-choose.ts'
import { judgePrediction } from './judge-predict.ts'
import type scenarios from './scenarios.jail.ts'

gradeExercise<typeof scenarios>('concepts', ({ scenario, check }) => {
  for (const item of PREDICT_ITEMS) {
    const snippetRun = scenario(item)
    check(`predict-${item}`, async () => judgePrediction(item, await snippetRun()))
  }
  const choices = scenario('choices')
  for (const item of CHOICE_ITEMS) check(`choose-${item}`, async () => judgeChoice(item, await choices()))
})
