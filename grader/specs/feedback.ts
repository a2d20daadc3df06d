// What a failed check tells the student, and the standard explanations of runs that
// did not resolve. Specs throw CheckFailure; the grader shows its feedback.
export type { Feedback, Timeline } from '../spec-process.ts'
import { REFUSED } from '../sandbox/refused.ts'
import type { CrashCause, ScenarioRun } from '../sandbox/outcome.ts'
import { show } from '../sandbox/plain.ts'
import type { Span } from '../sandbox/trace.ts'
import type { Feedback } from '../spec-process.ts'
import { say } from './say.ts'
import type { Text } from '../language.ts'

export class CheckFailure extends Error {
  constructor(readonly feedback: Feedback) {
    super(feedback.message)
    this.name = 'CheckFailure'
  }
}

export function fail(feedback: Feedback): never {
  throw new CheckFailure(feedback)
}

/** "resolved at t=2000 with [...]": how a call ended, after its name or on its own. */
export function resolvedAt(at: number, shown?: string): string {
  return shown === undefined
    ? say({ en: `resolved at t=${at}`, fr: `s'est résolue à t=${at}` })
    : say({ en: `resolved at t=${at} with ${shown}`, fr: `s'est résolue à t=${at} avec ${shown}` })
}

/** "rejected at t=3000 with TimeoutError: ...": how a call ended, after its name or on its own. */
export function rejectedAt(at: number, error: { name: string; message: string }): string {
  return say({ en: `rejected at t=${at} with ${error.name}: ${error.message}`, fr: `a été rejetée à t=${at} avec ${error.name}: ${error.message}` })
}

/** "resolves at t=2000", with what if given: how a call should end. */
export function resolvesAt(at: number, shown?: string): string {
  return shown === undefined
    ? say({ en: `resolves at t=${at}`, fr: `se résout à t=${at}` })
    : say({ en: `resolves at t=${at} with ${shown}`, fr: `se résout à t=${at} avec ${shown}` })
}

/** The value `fn` resolved with; any other ending fails the check with its explanation. */
export function resolvedValue(run: ScenarioRun, fn: string): unknown {
  if (run.outcome.kind === 'resolved') return run.outcome.value
  fail(explainOutcome(run, fn))
}

/** When the scenario settled (resolved or rejected); otherwise fails the check. */
export function settledAt(run: ScenarioRun, fn: string): number {
  if (run.outcome.kind === 'resolved' || run.outcome.kind === 'rejected') return run.outcome.at
  fail(explainOutcome(run, fn))
}

/** A TypeError from the sandbox's frozen built-ins: the code tried to replace one. */
const TAMPERING = /Cannot (assign to read only property|add property|redefine property|define property)|object is not extensible/
const TAMPERING_MISTAKE: Text = {
  en: 'the code changes a built-in (Object.is, Array.prototype, Promise, JSON, Date, timers...): the grader keeps them as they are, so this cannot change a grade',
  fr: 'le code modifie un objet intégré (Object.is, Array.prototype, Promise, JSON, Date, minuteurs...) : le correcteur les garde tels quels, cela ne peut donc pas changer la note',
}
const REFUSED_MISTAKE: Text = {
  en: 'exercise code may only use #runtime, the files of its own folder, node:timers and what its exercise hands it: no process, files or network',
  fr: "le code d'un exercice ne peut utiliser que #runtime, les fichiers de son propre dossier, node:timers et ce que son exercice lui donne : ni process, ni fichiers, ni réseau",
}

/** The likely mistake behind an error thrown by the submission, when the error says it. */
function mistakeOf(error: { message: string }): string | undefined {
  if (TAMPERING.test(error.message)) return say(TAMPERING_MISTAKE)
  if (error.message.includes(REFUSED)) return say(REFUSED_MISTAKE)
  return undefined
}

const BLOCKED: Text = {
  en: 'the event loop was blocked for good: a loop that waits for something only another task can do (a flag, a result) never ends, since nothing else runs while it spins (a busy-wait). Wait with await (sleep, a promise), never with a loop',
  fr: "la boucle d'événements était bloquée pour de bon : une boucle qui attend ce que seule une autre tâche peut faire (un drapeau, un résultat) ne finit jamais, puisque rien d'autre ne s'exécute pendant qu'elle tourne (une attente active). Attendez avec await (sleep, une promesse), jamais avec une boucle",
}

/** How many stretches of blocking a note names before "and N more". */
const BLOCKS_NAMED = 3

/**
 * "the event loop was blocked from t=0 to t=800": the stretches during which synchronous code
 * held the loop (blocking.ts), those that follow one another merged. Empty when none did.
 */
export function blockedNote(blocks: readonly Span[]): string {
  const merged: { start: number; end: number }[] = []
  for (const { start, end = start } of blocks) {
    const last = merged.at(-1)
    if (last && start <= last.end) last.end = Math.max(last.end, end)
    else merged.push({ start, end })
  }
  if (merged.length === 0) return ''
  const named = merged.slice(0, BLOCKS_NAMED).map(({ start, end }) => say({ en: `from t=${start} to t=${end}`, fr: `de t=${start} à t=${end}` }))
  const more = merged.length - named.length
  const list = more > 0 ? `${named.join(', ')} ${say({ en: `and ${more} more times`, fr: `et ${more} autres fois` })}` : named.join(', ')
  return say({ en: `the event loop was blocked ${list}`, fr: `la boucle d'événements a été bloquée ${list}` })
}

/** The mistake behind a run whose code held the event loop, when the check names none. */
export const BLOCKING_MISTAKE: Text = {
  en: 'synchronous code held the event loop (a blocking call, a busy-wait on the clock): while it ran, no timer fired and no other task ran. Await instead, or hand the blocking work to a worker',
  fr: "du code synchrone a gardé la boucle d'événements (un appel bloquant, une attente active sur l'horloge) : tant qu'il s'exécutait, aucun minuteur ne s'est déclenché et aucune autre tâche ne s'est exécutée. Utilisez await, ou confiez le travail bloquant à un exécutant",
}

/** Explains, for the student, a run that did not resolve with a value. */
export function explainOutcome(run: ScenarioRun, fn: string): Feedback {
  const outcome = run.outcome
  const base = { outcome: outcome.kind, ...(run.output ? { output: run.output } : {}) }
  switch (outcome.kind) {
    case 'resolved':
      return { ...base, message: `${fn} ${resolvedAt(outcome.at, show(outcome.value))}` }
    case 'rejected':
      if (/not implemented yet/i.test(outcome.error.message)) {
        return {
          ...base,
          message: say({
            en: `not implemented yet: ${fn} still throws the stub's error`,
            fr: `pas encore implémenté : ${fn} lève toujours l'erreur du squelette`,
          }),
        }
      }
      return {
        ...base,
        message: `${fn} ${rejectedAt(outcome.at, outcome.error)}`,
        ...optional('mistake', mistakeOf(outcome.error)),
      }
    case 'deadlock':
      return {
        ...base,
        message: say({
          en: `${fn} never settled: at t=${outcome.at} it was still waiting and nothing was left to run (a deadlock)`,
          fr: `${fn} ne s'est jamais terminée : à t=${outcome.at}, elle attendait encore et il ne restait plus rien à exécuter (un interblocage)`,
        }),
        actual: outcome.waiting.length
          ? outcome.waiting.join('; ')
          : say({ en: 'waiting on a promise that nothing will ever resolve', fr: "en attente d'une promesse que rien ne résoudra jamais" }),
        mistake: say({
          en: 'a promise that is never resolved, or a permit or lock that is never released',
          fr: "une promesse qui n'est jamais résolue, ou un jeton ou un verrou qui n'est jamais libéré",
        }),
      }
    case 'runaway':
      return {
        ...base,
        message:
          outcome.nextTimerAt === undefined
            ? say({
                en: `${fn} never settled: ${outcome.timersFired} timers fired up to t=${outcome.at} without an end`,
                fr: `${fn} ne s'est jamais terminée : ${outcome.timersFired} minuteurs se sont déclenchés jusqu'à t=${outcome.at}, sans fin`,
              })
            : say({
                en: `${fn} never settled: at t=${outcome.at}, after ${outcome.timersFired} timers, it was still waiting on a timer due at t=${outcome.nextTimerAt}, past an hour of virtual time`,
                fr: `${fn} ne s'est jamais terminée : à t=${outcome.at}, après ${outcome.timersFired} minuteurs, elle attendait encore un minuteur prévu à t=${outcome.nextTimerAt}, au-delà d'une heure de temps virtuel`,
              }),
        mistake: say({
          en: 'an endless setInterval or a retry loop that never stops',
          fr: "un setInterval sans fin ou une boucle de nouvelles tentatives qui ne s'arrête jamais",
        }),
      }
    case 'killed':
      return {
        ...base,
        message:
          outcome.phase === 'load'
            ? say({
                en: `the module blocked while loading and was stopped after ${outcome.wallMs} ms of real time`,
                fr: `le module s'est bloqué pendant son chargement et a été arrêté au bout de ${outcome.wallMs} ms de temps réel`,
              })
            : say({
                en: `${fn} blocked the event loop and was stopped after ${outcome.wallMs} ms of real time`,
                fr: `${fn} a bloqué la boucle d'événements et a été arrêtée au bout de ${outcome.wallMs} ms de temps réel`,
              }),
        mistake: say(BLOCKED),
      }
    case 'crashed': {
      const reason = crashReason(outcome.cause)
      return {
        ...base,
        message:
          outcome.phase === 'load'
            ? say({ en: `the module crashed while loading: ${reason}`, fr: `le module a planté pendant son chargement : ${reason}` })
            : say({ en: `${fn} crashed: ${reason}`, fr: `${fn} a planté : ${reason}` }),
        ...optional(
          'mistake',
          outcome.cause.kind === 'out-of-memory'
            ? say({
                en: 'the code keeps allocating memory: an array or a queue that only grows, or a loop that never ends',
                fr: 'le code alloue de la mémoire sans arrêt : un tableau ou une file qui ne fait que grandir, ou une boucle qui ne se termine jamais',
              })
            : undefined,
        ),
      }
    }
    case 'load-error':
      return {
        ...base,
        message: say({
          en: `the file did not load: ${outcome.error.name}: ${outcome.error.message}`,
          fr: `le fichier n'a pas pu être chargé : ${outcome.error.name}: ${outcome.error.message}`,
        }),
        mistake:
          mistakeOf(outcome.error) ??
          (outcome.error.name === 'SyntaxError' || /Transform failed/.test(outcome.error.message)
            ? say({ en: 'the file does not compile: fix the syntax error', fr: "le fichier ne compile pas : corrigez l'erreur de syntaxe" })
            : say({
                en: 'the code at the top level of the module throws when it is imported',
                fr: "le code au niveau supérieur du module lève une exception quand on l'importe",
              })),
      }
    case 'missing-export':
      return {
        ...base,
        message: say({ en: `the file does not export ${outcome.names.join(', ')}`, fr: `le fichier n'exporte pas ${outcome.names.join(', ')}` }),
        mistake: say({ en: "keep the stub's exported names and signatures", fr: 'gardez les noms exportés et les signatures du squelette' }),
      }
  }
}

function crashReason(cause: CrashCause): string {
  switch (cause.kind) {
    case 'exit':
      return say({ en: `the sandbox process ended (exit code ${cause.code})`, fr: `le processus du bac à sable s'est arrêté (code de sortie ${cause.code})` })
    case 'out-of-memory':
      return say({ en: `ran out of memory (over ${cause.limitMb} MB)`, fr: `plus de mémoire (plus de ${cause.limitMb} Mo)` })
    case 'error':
      return cause.error
    case 'no-start':
      return say({ en: 'the sandbox did not start', fr: "le bac à sable n'a pas démarré" })
  }
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>)
}
