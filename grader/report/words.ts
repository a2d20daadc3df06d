// The words of the terminal report, in every language of the kit. The French ones follow
// docs/glossaire.md (a space before « : ; ! ? »: a label is followed by `colon`).
import type { Lang, Text } from '../language.ts'

const WORDS = {
  grading: { en: 'Grading', fr: 'Notation de' },
  colon: { en: ':', fr: ' :' },
  expected: { en: 'expected', fr: 'attendu' },
  got: { en: 'got', fr: 'obtenu' },
  mistake: { en: 'mistake', fr: 'erreur' },
  problem: { en: 'problem', fr: 'problème' },
  timeline: { en: 'timeline', fr: 'chronologie' },
  virtualTime: { en: '(virtual time)', fr: '(temps virtuel)' },
  yours: { en: 'yours', fr: 'votre code' },
  printed: { en: 'your code printed', fr: 'votre code a affiché' },
  error: { en: 'error', fr: 'erreur' },
  missing: { en: 'missing', fr: 'manquant' },
  bonus: { en: '(bonus)', fr: '(bonus)' },
  score: { en: 'Score', fr: 'Score' },
  bonusScore: { en: 'Bonus (beside the score)', fr: 'Bonus (en plus de la note)' },
  failed: { en: 'failed', fr: 'échec' },
  tampered: {
    en: 'The grading kit differs from its sealed manifest (grader/integrity.json):',
    fr: 'Le kit de notation diffère de son manifeste scellé (grader/integrity.json) :',
  },
  modified: { en: 'modified', fr: 'modifié' },
  added: { en: 'added', fr: 'ajouté' },
  removed: { en: 'removed', fr: 'supprimé' },
  next: { en: 'Next:', fr: 'Ensuite :' },
  statement: { en: 'statement', fr: 'énoncé' },
  firstFailed: { en: 'first failed check', fr: 'première vérification en échec' },
  stuck: { en: 'stuck?', fr: 'bloqué ?' },
  allPassed: { en: 'Everything passes. Well done!', fr: 'Tout passe. Bravo !' },
  student: { en: 'student', fr: 'élève' },
  unchanged: { en: 'checks unchanged', fr: 'vérifications inchangées' },
  watching: { en: 'Watching for changes (Ctrl-C to stop)', fr: 'En attente de modifications (Ctrl-C pour arrêter)' },
  changed: { en: 'changed', fr: 'modifié' },
  errorIn: { en: 'error in', fr: 'erreur dans' },
  batchDone: { en: 'submissions graded: reports and gradebook.csv in', fr: 'rendus notés : rapports et gradebook.csv dans' },
} satisfies Record<string, Text>

export type Word = keyof typeof WORDS

export function wordsFor(lang: Lang): (word: Word) => string {
  return (word) => WORDS[word][lang]
}
