// How a choice item is judged: the option chosen, recognised by its salted hash (keys.ts), so
// that the grader states no answer in plain sight. A wrong option is told the idea it rests
// on, and where to read.
import type { QuizOption } from '#runtime'
import { show } from '../../sandbox/plain.ts'
import { fail } from '../feedback.ts'
import type { Run } from '../run.ts'
import { saltedHash } from '../salted-hash.ts'
import { say } from '../say.ts'
import { type ChoiceItem, OPTIONS } from './items.shared.ts'
import { KEYS } from './keys.ts'
import { CHOICE_SECTIONS, OPTION_IDEAS, T } from './texts.ts'

/** The option chosen for `item`, a letter in either case; fails when there is none. */
function chosenOption(item: ChoiceItem, chosen: unknown): QuizOption {
  if (typeof chosen !== 'object' || chosen === null || Array.isArray(chosen))
    fail({ message: T.notATable('choose', show(chosen)), mistake: T.keepTheStubShape })
  const answer = (chosen as Record<string, unknown>)[item]
  if (answer === undefined) fail({ message: T.notAnswered('choose', item, T.missingItem), expected: T.oneLetter, mistake: T.keepTheStubShape })
  if (answer === null || answer === '') fail({ message: T.notAnswered('choose', item, T.noOption), expected: T.oneLetter })
  const option = typeof answer === 'string' ? answer.trim().toLowerCase() : undefined
  if (!OPTIONS.includes(option as QuizOption)) fail({ message: T.notAnOption(item, show(answer)), expected: T.oneLetter, mistake: T.letterNotWords })
  return option as QuizOption
}

/** The option chosen is the one the key's hash names. */
export function judgeChoice(item: ChoiceItem, run: Run<{ chosen: unknown }>): void {
  const option = chosenOption(item, run.resolved('choose').value.chosen)
  if (saltedHash(KEYS.salt, item, option) === KEYS.sha256[item]) return
  const read = T.readSection(CHOICE_SECTIONS[item])
  fail({ message: T.chose(item, option), expected: T.theOptionThatHolds(read), mistake: T.restsOn(say(OPTION_IDEAS[item][option]), read) })
}
