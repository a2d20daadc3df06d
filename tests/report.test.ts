// The terminal report: exact rendering of timelines, and untrusted text made harmless.
import { describe, expect, it } from 'vitest'
import type { Report } from '../grader/report/schema.ts'
import { renderReport, sanitize, shouldColor } from '../grader/report/terminal.ts'
import { renderTimeline } from '../grader/report/timeline.ts'

describe('renderTimeline', () => {
  it('draws blocks on one scale, one row per lane', () => {
    const lines = renderTimeline(
      [
        {
          title: 'expected',
          spans: [
            { lane: 'toast', label: 'toast', start: 0, end: 2000 },
            { lane: 'coffee', label: 'coffee', start: 0, end: 2000 },
          ],
        },
        {
          title: 'yours',
          spans: [
            { lane: 'toast', label: 'toast', start: 0, end: 2000 },
            { lane: 'coffee', label: 'coffee', start: 2000, end: 4000 },
          ],
        },
      ],
      8,
    )
    expect(lines).toEqual([
      '                 0 4000 ms',
      'expected  toast  ████····',
      '          coffee ████····',
      'yours     toast  ████····',
      '          coffee ····████',
    ])
  })

  it('draws several spans in one lane, overlaps as counts, and a span left running as ░ up to the edge', () => {
    const lines = renderTimeline(
      [
        {
          title: 'yours',
          spans: [
            { lane: 'cook', label: 'a', start: 0, end: 1000 },
            { lane: 'cook', label: 'b', start: 2000, end: 3000 },
            { lane: 'cook', label: 'c', start: 2000, end: 3000 },
            { lane: 'soda', label: 'd', start: 1000 },
          ],
        },
      ],
      4,
    )
    // 750 ms a column: 2000-3000 covers columns 2 and 3, twice.
    expect(lines).toEqual(['            0 3000 ms', 'yours  cook █·22', '       soda ·░░░'])
  })

  it('draws nothing without spans, nor for spans that all lie at t=0 (no 0-1 ms axis)', () => {
    expect(renderTimeline([{ title: 'yours', spans: [] }])).toEqual([])
    expect(renderTimeline([{ title: 'yours', spans: [{ lane: 'tick', label: 'tick', start: 0, end: 0 }] }])).toEqual([])
  })

  it('spans one after the other in one lane read as one at a time, even where they share a column', () => {
    // 150 ms a column: page 1 ends at 1000 (column 6.67, rounded to 7), page 2 starts there (column 6).
    const spans = [
      { lane: 'slot', label: 'page 1', start: 0, end: 1000 },
      { lane: 'slot', label: 'page 2', start: 1000, end: 6000 },
    ]
    expect(renderTimeline([{ title: 'expected', spans }])[1]).toBe(`expected  slot ${'█'.repeat(40)}`)
  })
})

describe('sanitize', () => {
  it('strips escape sequences, shows other control characters as \\xHH, keeps line breaks', () => {
    expect(sanitize('\u001b[2J\u001b[32m✓ all passed\u001b[0m\r\nnext\u0007')).toBe('✓ all passed\nnext\\x07')
  })
})

describe('shouldColor', () => {
  const tty = { isTTY: true } as NodeJS.WriteStream
  const pipe = { isTTY: false } as NodeJS.WriteStream
  it('colors a terminal, not a pipe; NO_COLOR always wins', () => {
    expect(shouldColor(tty, {})).toBe(true)
    expect(shouldColor(pipe, {})).toBe(false)
    expect(shouldColor(pipe, { FORCE_COLOR: '1' })).toBe(true)
    expect(shouldColor(tty, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false)
  })
})

describe('renderReport', () => {
  const report: Report = {
    schemaVersion: 1,
    lang: 'en',
    submission: '/home/student/kit/exercises',
    score: { points: 2, max: 5 },
    exercises: [
      {
        id: 'toaster',
        title: 'Toaster',
        bonus: false,
        file: 'toaster/toaster.ts',
        points: 2,
        max: 3,
        status: 'partial',
        checks: [
          { id: 'a', title: 'starts at t=0', points: 2, max: 2, status: 'passed' },
          {
            id: 'b',
            title: 'resolves at t=2000',
            points: 0,
            max: 1,
            status: 'failed',
            message: 'resolved at t=4000',
            expected: 'resolves at t=2000',
            actual: 'resolved at t=4000',
            mistake: 'one after the other',
            output: 'debug line\u001b[31m\n::notice::forged',
          },
        ],
      },
      {
        id: 'weather-timeout',
        title: 'Weather',
        bonus: false,
        file: 'weather-timeout/weather.ts',
        points: 0,
        max: 2,
        status: 'error',
        message: 'the file did not load: SyntaxError: Unexpected token',
        checks: [
          {
            id: 'c',
            title: 'first',
            points: 0,
            max: 1,
            status: 'failed',
            message: 'the file did not load: SyntaxError: Unexpected token',
            outcome: 'load-error',
          },
          {
            id: 'd',
            title: 'second',
            points: 0,
            max: 1,
            status: 'failed',
            message: 'the file did not load: SyntaxError: Unexpected token',
            outcome: 'load-error',
          },
        ],
      },
    ],
  }

  it('shows each check, the feedback of failed ones, an exercise-wide error once, and the total', () => {
    const text = renderReport(report, { color: false })
    expect(text).toBe(
      [
        'Grading /home/student/kit/exercises',
        '',
        'toaster  Toaster  2/3',
        '  ✓ starts at t=0  2/2',
        '  ✗ resolves at t=2000  0/1',
        '      resolved at t=4000',
        '      expected  resolves at t=2000',
        '      got       resolved at t=4000',
        '      mistake   one after the other',
        '      your code printed',
        '        │ debug line',
        '        │ ::notice::forged',
        '',
        'weather-timeout  Weather  0/2',
        '  error: the file did not load: SyntaxError: Unexpected token',
        '  ✗ first  0/1',
        '  ✗ second  0/1',
        '',
        'Score: 2/5 (40%)',
        'Next: toaster (2/3), statement: exercises/toaster/README.md',
        '  first failed check: resolves at t=2000',
        '  stuck? npm run hint -- toaster',
      ].join('\n'),
    )
  })

  it('speaks French when the report is in French', () => {
    const text = renderReport({ ...report, lang: 'fr' }, { color: false })
    expect(text).toMatch(/^Notation de \/home\/student\/kit\/exercises$/m)
    expect(text).toMatch(/^ {6}attendu {3}resolves at t=2000$/m)
    expect(text).toMatch(/^ {6}votre code a affiché$/m)
    expect(text).toMatch(/^ {2}erreur : the file did not load/m)
    expect(text).toMatch(/^Ensuite : toaster \(2\/3\), énoncé : exercises\/toaster\/README\.fr\.md$/m)
    expect(text).toMatch(/^ {2}bloqué \? npm run hint -- toaster$/m)
  })

  it('says when everything passes', () => {
    const passing: Report = {
      ...report,
      score: { points: 3, max: 3 },
      exercises: [{ ...report.exercises[0]!, points: 3, status: 'passed', checks: [report.exercises[0]!.checks[0]!] }],
    }
    // The one exercise graded passes: the next one of the catalog is named.
    expect(renderReport(passing, { color: false })).toMatch(
      /Score: 3\/3 \(100%\)\nEverything passes\. Well done!\nNext: semaphore-crawler, statement: exercises\/semaphore-crawler\/README\.md$/,
    )
  })
})
