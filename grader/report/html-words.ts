// The words of the HTML pages that the terminal report does not have, in every language
// of the kit (French after docs/glossaire.md). The shared ones come from words.ts.
import type { Lang, Text } from '../language.ts'
import type { SvgTimelineWords } from './html-timeline.ts'

const HTML_WORDS = {
  report: { en: 'Grading report', fr: 'Rapport de notation' },
  submission: { en: 'Submission', fr: 'Rendu' },
  passed: { en: 'passed', fr: 'réussi' },
  partial: { en: 'partial', fr: 'partiel' },
  check: { en: 'check', fr: 'vérification' },
  exercise: { en: 'exercise', fr: 'exercice' },
  leftRunning: { en: 'left running', fr: 'laissé en cours' },
  virtualMs: { en: 'virtual ms', fr: 'ms virtuelles' },
  notDrawn: { en: 'more spans not drawn', fr: 'intervalles de plus non dessinés' },
  legend: {
    en: 'One row per task or resource, time across in virtual milliseconds; a taller row ran several at once; a dashed bar was still running when the code returned. Hover a bar for its label.',
    fr: 'Une ligne par tâche ou ressource, le temps en millisecondes virtuelles ; une ligne plus haute en a exécuté plusieurs à la fois ; une barre en pointillé tournait encore quand le code a rendu la main. Survolez une barre pour son libellé.',
  },
  backToClass: { en: 'Back to the class', fr: 'Retour à la classe' },
  dashboard: { en: 'Class dashboard', fr: 'Tableau de bord de la classe' },
  students: { en: 'students', fr: 'élèves' },
  median: { en: 'median', fr: 'médiane' },
  mean: { en: 'mean', fr: 'moyenne' },
  distribution: { en: 'Score distribution', fr: 'Répartition des notes' },
  passRate: { en: 'Pass rate per check', fr: 'Taux de réussite par vérification' },
  commonMistakes: { en: 'Most common mistakes', fr: 'Erreurs les plus fréquentes' },
  noMistakes: { en: 'No diagnosed mistake.', fr: 'Aucune erreur diagnostiquée.' },
  perStudent: { en: 'Students', fr: 'Élèves' },
  studentsCount: { en: 'students', fr: 'élèves' },
  of: { en: 'of', fr: 'sur' },
  notes: { en: 'notes', fr: 'remarques' },
  inChecks: { en: 'in', fr: 'dans' },
} satisfies Record<string, Text>

export type HtmlWord = keyof typeof HTML_WORDS

export function htmlWordsFor(lang: Lang): (word: HtmlWord) => string {
  return (word) => HTML_WORDS[word][lang]
}

export function timelineWords(lang: Lang): SvgTimelineWords {
  const t = htmlWordsFor(lang)
  return { unit: t('virtualMs'), leftRunning: t('leftRunning'), notDrawn: (count) => `${count} ${t('notDrawn')}` }
}
