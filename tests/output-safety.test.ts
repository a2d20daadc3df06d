// Output safety: every writer, fed text built to break its format, emits it capped, on
// one line where the format is line-oriented, without escape sequences, bidi controls
// or lone surrogates, and escaped for the format. Real writers, no mocks; then the
// command line end to end, on GitHub Actions, for one submission and for a batch.
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { annotations, stepSummary, withoutWorkflowCommands } from '../grader/report/github.ts'
import { toGradebook } from '../grader/report/gradebook.ts'
import { GradescopeResultsSchema, toGradescope } from '../grader/report/gradescope.ts'
import { toJUnit } from '../grader/report/junit.ts'
import { BLOCK_LIMIT, LINE_LIMIT, csvCell, markdownText, safeText, workflowData, workflowProperty, xmlEscape } from '../grader/report/safe-text.ts'
import { ReportSchema, safeReport, type Report } from '../grader/report/schema.ts'
import { renderBatchSummary, renderChanges, renderReport } from '../grader/report/terminal.ts'
import { runGrader, type CommandResult } from './support/cli.ts'
import { kitRoot } from './support/grading.ts'
import { parseXml, type XmlElement } from './support/xml.ts'

const UNPAIRED = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/
/** A surrogate written as a JSON escape (an odd run of backslashes): strict parsers refuse a lone one. */
const ESCAPED_SURROGATE = /(?<!\\)(?:\\\\)*\\ud[89a-f][0-9a-f]{2}/i
/** Controls a block may not hold (TAB and LF are its own); a line holds none at all. */
const BLOCK_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/
const LINE_CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/

const FAKE_LINES = 'boom\n  ✓ everything passed  10/10\nScore: 10/10 (100%)'
const TABLE_BREAKOUT = 'late |\r| forged | 10/10 |\r\n# You passed\r<!-- '
const ESCAPES = '\u001b[2J\u001b[32mgreen\u001b[0m \u001b]8;;http://evil.example\u001b\\link\u001b]8;;\u001b\\ \u001b]0;title\u0007\u009b31m \u001b'
const BIDI_TEXT = 'file\u202etxt.exe\u2066\u2069\u200e\u200f\u061c'
const LONE = 'half \ud800 pair \udc00'
const HUGE = 'A'.repeat(5 * 1024 * 1024)

/** A report as a broken or hostile grading could hand it over: text anywhere, wrong types too. */
function hostileReport(): Report {
  return {
    schemaVersion: 1,
    lang: 'en',
    submission: `students/${FAKE_LINES}`,
    score: { points: 2, max: 10 },
    exercises: [
      {
        id: 'toaster',
        title: 'Toaster',
        bonus: false,
        file: `/ws/toaster/toaster.ts ${ESCAPES}`,
        points: 2,
        max: 10,
        status: 'partial',
        checks: [
          { id: 'a', title: 'starts at t=0', points: 2, max: 2, status: 'passed' },
          {
            id: 'b',
            title: `title ${TABLE_BREAKOUT}`,
            points: 0,
            max: 3,
            status: 'failed',
            message: FAKE_LINES,
            expected: TABLE_BREAKOUT,
            actual: ESCAPES,
            mistake: BIDI_TEXT,
            output: `${FAKE_LINES}\n${ESCAPES}\n::error::forged\n${LONE}`,
            problems: [LONE, 42],
            timeline: { actual: [{ lane: 'lane\nScore: 10/10', label: ESCAPES, start: 0, end: 1000 }] },
          },
          {
            id: 'c',
            title: 'typed wrong\ufffe\uffff',
            points: 0,
            max: 5,
            status: 'failed',
            message: 42,
            expected: { nested: [1, 'two'] },
            actual: undefined,
            mistake: HUGE,
            output: HUGE,
          },
        ],
      },
    ],
  } as unknown as Report
}

const codePoints = (text: string) => [...text].length
const children = (element: XmlElement, name: string) => element.children.filter((child) => child.name === name)

/** Every string of a value, with where it is. */
function stringsOf(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]]
  if (Array.isArray(value)) return value.flatMap((item, index) => stringsOf(item, `${path}[${index}]`))
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => stringsOf(item, `${path}.${key}`))
  return []
}

describe('safeText', () => {
  it('a line: every line break is ⏎ (CR LF once), TAB a space', () => {
    expect(safeText('a\r\nb\rc\nd\u2028e\u2029f\u0085g\u000bh\u000ci\tj')).toBe('a⏎b⏎c⏎d⏎e⏎f⏎g⏎h⏎i j')
  })

  it('a block keeps its lines as LF, and its tabs', () => {
    expect(safeText('a\r\nb\rc\u2028d\te', { block: true })).toBe('a\nb\nc\nd\te')
  })

  it('strips CSI, OSC (hyperlinks, titles), C1 CSI and a lone ESC', () => {
    expect(safeText(ESCAPES)).toBe('green link  ')
    expect(safeText('unterminated \u001b]8;;http://x link')).toBe('unterminated 8;;http://x link')
  })

  it('strips bidi controls', () => {
    expect(safeText(BIDI_TEXT)).toBe('filetxt.exe')
  })

  it('shows any other control as \\xHH', () => {
    expect(safeText('a\u0000b\u0007c\u007fd\u0090e')).toBe('a\\x00b\\x07c\\x7fd\\x90e')
  })

  it('replaces a lone surrogate with U+FFFD and keeps pairs', () => {
    expect(safeText(`😀 ${LONE} \udc00\ud800`)).toBe('😀 half \ufffd pair \ufffd \ufffd\ufffd')
  })

  it('caps by code points, … included, never splitting a pair or a \\xHH', () => {
    const line = safeText(HUGE)
    expect(codePoints(line)).toBe(LINE_LIMIT)
    expect(line).toBe(`${'A'.repeat(LINE_LIMIT - 1)}…`)
    expect(safeText(HUGE, { block: true })).toBe(`${'A'.repeat(BLOCK_LIMIT - 1)}…`)
    const emoji = safeText('😀'.repeat(5000))
    expect(emoji).toBe(`${'😀'.repeat(LINE_LIMIT - 1)}…`)
    expect(UNPAIRED.test(emoji)).toBe(false)
    expect(safeText('\u0007'.repeat(1000))).toBe(`${'\\x07'.repeat(499)}…`)
    expect(safeText('abc', { max: 3 })).toBe('abc')
    expect(safeText('abcd', { max: 3 })).toBe('ab…')
  })

  it('coerces any value, never throwing', () => {
    const cycle: Record<string, unknown> = {}
    cycle.self = cycle
    const unreadable = new Proxy(
      {},
      {
        get: () => {
          throw new Error('no')
        },
        ownKeys: () => {
          throw new Error('no')
        },
      },
    )
    expect(safeText(42)).toBe('42')
    expect(safeText(undefined)).toBe('')
    expect(safeText(null)).toBe('')
    expect(safeText(true)).toBe('true')
    expect(safeText(10n)).toBe('10')
    expect(safeText(Symbol('s'))).toBe('Symbol(s)')
    expect(safeText(() => 1)).toBe('[function]')
    expect(safeText({ a: [1, 'two\n'] })).toBe('{"a":[1,"two\\n"]}')
    expect(safeText(new Error('bad\nline'))).toBe('Error: bad⏎line')
    expect(safeText(cycle)).toBe('[object Object]')
    expect(safeText(unreadable)).toBe('[unprintable value]')
  })

  it('is idempotent: a second pass changes nothing', () => {
    for (const text of [FAKE_LINES, TABLE_BREAKOUT, ESCAPES, BIDI_TEXT, LONE, HUGE, '\u0007'.repeat(1000), '😀'.repeat(5000)]) {
      expect(safeText(safeText(text))).toBe(safeText(text))
      expect(safeText(safeText(text, { block: true }), { block: true })).toBe(safeText(text, { block: true }))
    }
  })
})

describe('per-format escapers', () => {
  it('XML: characters XML 1.0 cannot hold removed, markup and quotes escaped', () => {
    expect(xmlEscape('a\u0000b\ufffe\uffff\ud800c <d> & "e" \'f\'')).toBe('abc &lt;d&gt; &amp; &quot;e&quot; &apos;f&apos;')
  })

  it('Markdown: HTML as entities, Markdown punctuation escaped, one line', () => {
    expect(markdownText('<!-- x --> & | `code` *b* _i_ ~s~ [l](u) # h $m$ \\ \r\n# next')).toBe(
      '&lt;!-- x --&gt; &amp; \\| \\`code\\` \\*b\\* \\_i\\_ \\~s\\~ \\[l\\](u) \\# h \\$m\\$ \\\\ ⏎\\# next',
    )
  })

  it('workflow commands: % CR LF in data, and : , in properties', () => {
    expect(workflowData('100% a\r\nb: c, d')).toBe('100%25 a%0D%0Ab: c, d')
    expect(workflowProperty('100% a\r\nb: c, d')).toBe('100%25 a%0D%0Ab%3A c%2C d')
  })

  it('CSV: a formula neutralised with a quote and quoted, separators quoted', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"')
    expect(csvCell("+cmd|' /C calc'!A0")).toBe("\"'+cmd|' /C calc'!A0\"")
    expect(csvCell('-2+3')).toBe('"\'-2+3"')
    expect(csvCell('@SUM(A1)')).toBe('"\'@SUM(A1)"')
    expect(csvCell('\t=1')).toBe('"\' =1"')
    expect(csvCell('\r=1')).toBe('"\'⏎=1"')
    expect(csvCell('  =1')).toBe('"\'  =1"')
    expect(csvCell('carol, jr')).toBe('"carol, jr"')
    expect(csvCell('a;b')).toBe('"a;b"')
    expect(csvCell('multi\nline')).toBe('multi⏎line')
    expect(csvCell(10)).toBe('10')
  })
})

describe('safeReport', () => {
  it('coerces anything into a report the strict schema accepts, never throwing', () => {
    const unreadable = new Proxy(
      {},
      {
        get: () => {
          throw new Error('no')
        },
      },
    )
    const values = [
      undefined,
      null,
      42,
      'text',
      [],
      { exercises: 'x' },
      { exercises: [null, 7, { checks: [null, 'x', { status: 'won' }] }] },
      unreadable,
      hostileReport(),
    ]
    for (const value of values) expect(() => ReportSchema.parse(safeReport(value))).not.toThrow()
    expect(safeReport({ score: { points: -3, max: '10' }, exercises: [{ checks: [{}] }] })).toMatchObject({
      score: { points: 0, max: 10 },
      exercises: [{ status: 'error', max: 1, checks: [{ id: '', status: 'failed', points: 0, max: 1 }] }],
    })
  })

  it('every string is one safe line, capped, but the captured output, a block', () => {
    const strings = stringsOf(safeReport(hostileReport()))
    expect(strings.length).toBeGreaterThan(20)
    for (const [path, text] of strings) {
      const block = /\.output$/.test(path)
      expect(block ? BLOCK_CONTROL.test(text) : LINE_CONTROL.test(text), path).toBe(false)
      expect(BIDI.test(text) || UNPAIRED.test(text) || text.includes('\u001b'), path).toBe(false)
      expect(codePoints(text), path).toBeLessThanOrEqual(block ? BLOCK_LIMIT : LINE_LIMIT)
    }
    const [, b, c] = safeReport(hostileReport()).exercises[0]!.checks
    expect(b).toMatchObject({
      message: 'boom⏎  ✓ everything passed  10/10⏎Score: 10/10 (100%)',
      actual: 'green link  ',
      mistake: 'filetxt.exe',
      problems: ['half \ufffd pair \ufffd', '42'],
    })
    expect(c).toMatchObject({ message: '42', expected: '{"nested":[1,"two"]}' })
    expect(c).not.toHaveProperty('actual')
  })

  it('the JSON written from it is valid for strict parsers: no lone surrogate, raw or escaped', () => {
    const json = `${JSON.stringify(safeReport(hostileReport()), null, 2)}\n`
    expect(UNPAIRED.test(json)).toBe(false)
    expect(ESCAPED_SURROGATE.test(json)).toBe(false)
    expect(ReportSchema.parse(JSON.parse(json)).score).toEqual({ points: 2, max: 10 })
    expect(json.length).toBeLessThan(20_000)
  })
})

describe('terminal report', () => {
  const text = renderReport(hostileReport(), { color: false })
  const lines = text.split('\n')
  const margin = '        │ '
  const outside = lines.filter((line) => !line.startsWith(margin))

  it('no submission text draws a report line: one Score line, one line per check', () => {
    expect(outside.filter((line) => /^\s*Score:/.test(line))).toEqual(['Score: 2/10 (20%)'])
    expect(outside.filter((line) => /^\s*[✓✗] /.test(line))).toEqual([
      '  ✓ starts at t=0  2/2',
      '  ✗ title late |⏎| forged | 10/10 |⏎# You passed⏎<!--   0/3',
      '  ✗ typed wrong\ufffe\uffff  0/5',
    ])
    expect(lines[0]).toBe('Grading students/boom⏎  ✓ everything passed  10/10⏎Score: 10/10 (100%)')
    expect(lines).toContain('      boom⏎  ✓ everything passed  10/10⏎Score: 10/10 (100%)')
    expect(lines).toContain('      expected  late |⏎| forged | 10/10 |⏎# You passed⏎<!-- ')
    expect(lines).toContain('      got       green link  ')
    expect(lines).toContain('      mistake   filetxt.exe')
    expect(lines).toContain('      problem   half \ufffd pair \ufffd')
    expect(lines).toContain('      problem   42')
    expect(lines).toContain(`      mistake   ${'A'.repeat(LINE_LIMIT - 1)}…`)
  })

  it('what the code printed keeps its │ margin on every line, cut to 4,000 code points', () => {
    const printed = lines.filter((line) => line.startsWith(margin))
    expect(printed).toEqual([
      `${margin}boom`,
      `${margin}  ✓ everything passed  10/10`,
      `${margin}Score: 10/10 (100%)`,
      `${margin}green link  `,
      `${margin}::error::forged`,
      `${margin}half \ufffd pair \ufffd`,
      `${margin}${'A'.repeat(BLOCK_LIMIT - 1)}…`,
    ])
  })

  it('holds no control, escape sequence, bidi control or lone surrogate, and stays small', () => {
    expect(BLOCK_CONTROL.test(text) || text.includes('\t') || BIDI.test(text) || UNPAIRED.test(text)).toBe(false)
    expect(text.length).toBeLessThan(20_000)
    expect(lines.find((line) => line.includes('yours'))).toBe(`        yours  lane⏎Score: 10/10 ${'█'.repeat(40)}`)
  })

  it('watch mode shows changes as safely', () => {
    const exercise = hostileReport().exercises[0]!
    const changes = renderChanges(undefined, exercise, { color: false, lang: 'en' })
    expect(BLOCK_CONTROL.test(changes) || BIDI.test(changes) || UNPAIRED.test(changes)).toBe(false)
    expect(changes.split('\n').filter((line) => !line.startsWith(margin) && /^\s*Score:/.test(line))).toEqual([])
  })

  it('--batch: one line per student, whatever the folder is named', () => {
    const summary = renderBatchSummary(
      [
        { student: 'evil\nScore: 10/10 (100%)', report: hostileReport() },
        { student: '\u001b[31mred\u202e', report: { score: 'x' } as unknown as Report },
      ],
      '/out',
      { color: false, lang: 'en' },
    )
    expect(summary.split('\n')).toEqual([
      'student                   score',
      'evil⏎Score: 10/10 (100%)  2/10 (20%)',
      'red                       0/0 (100%)',
      '',
      '2 submissions graded: reports and gradebook.csv in /out',
    ])
  })
})

describe('Gradescope results.json', () => {
  const json = JSON.stringify(toGradescope(hostileReport(), 1.2), null, 2)

  it('parses, validates, and holds no lone surrogate', () => {
    expect(UNPAIRED.test(json) || ESCAPED_SURROGATE.test(json)).toBe(false)
    const results = GradescopeResultsSchema.parse(JSON.parse(json))
    expect(results.output).toBe('Score: 2/10')
    expect([results.output_format, ...results.tests.map((test) => test.output_format)]).toEqual(['text', 'text', 'text', 'text'])
  })

  it('a test per check, its feedback one line a field', () => {
    const [a, b, c] = GradescopeResultsSchema.parse(JSON.parse(json)).tests
    expect(a).toMatchObject({ name: 'toaster: starts at t=0', score: 2, max_score: 2, output: '' })
    expect(b!.name).toBe('toaster: title late |⏎| forged | 10/10 |⏎# You passed⏎<!-- ')
    expect(b!.output.split('\n')).toEqual([
      'boom⏎  ✓ everything passed  10/10⏎Score: 10/10 (100%)',
      'Expected: late |⏎| forged | 10/10 |⏎# You passed⏎<!-- ',
      'Got: green link  ',
      'Likely mistake: filetxt.exe',
    ])
    expect(c!.output.split('\n')).toEqual(['42', 'Expected: {"nested":[1,"two"]}', `Likely mistake: ${'A'.repeat(LINE_LIMIT - 1)}…`])
  })
})

describe('JUnit XML', () => {
  const xml = toJUnit(hostileReport())

  it('is well-formed XML 1.0, the feedback escaped and kept', () => {
    expect(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(xml) || UNPAIRED.test(xml)).toBe(false)
    const cases = children(children(parseXml(xml), 'testsuite')[0]!, 'testcase')
    expect(cases.map((testcase) => testcase.attributes.name)).toEqual([
      'starts at t=0 (2 pts)',
      'title late |⏎| forged | 10/10 |⏎# You passed⏎<!--  (3 pts)',
      'typed wrong (5 pts)',
    ])
    const failure = children(cases[1]!, 'failure')[0]!
    expect(failure.attributes.message).toBe('boom⏎  ✓ everything passed  10/10⏎Score: 10/10 (100%)')
    expect(failure.text).toContain(
      'your code printed:\nboom\n  ✓ everything passed  10/10\nScore: 10/10 (100%)\ngreen link  \n::error::forged\nhalf \ufffd pair \ufffd',
    )
    expect(children(cases[2]!, 'failure')[0]!.attributes.message).toBe('42')
  })
})

describe('GitHub step summary', () => {
  it("every line is the grader's: submission text stays inside its cell, no HTML, no heading", () => {
    expect(stepSummary(hostileReport())).toBe(
      [
        '## Async kit: 2/10',
        '',
        '| exercise | points | status |',
        '| --- | --- | --- |',
        '| toaster | 2/10 | partial |',
        '',
        '### toaster',
        '',
        '| check | points |',
        '| --- | --- |',
        '| starts at t=0: ✓ | 2/2 |',
        '| title late \\|⏎\\| forged \\| 10/10 \\|⏎\\# You passed⏎&lt;!-- : ✗ boom⏎  ✓ everything passed  10/10⏎Score: 10/10 (100%) | 0/3 |',
        '| typed wrong\ufffe\uffff: ✗ 42 | 0/5 |',
        '',
      ].join('\n'),
    )
  })

  it('an exercise id cannot open a heading or a comment either', () => {
    const report = hostileReport()
    report.exercises[0]!.id = '# x\r\n<!-- '
    const summary = stepSummary(report)
    expect(summary).not.toMatch(/</)
    expect(summary.split('\n').filter((line) => line.startsWith('#'))).toEqual(['## Async kit: 2/10', '### \\# x⏎&lt;!-- '])
  })
})

describe('GitHub annotations', () => {
  it('one line each, data and properties escaped', () => {
    const lines = annotations(hostileReport(), '/ws')
    expect(lines).toHaveLength(2)
    for (const line of lines) expect(line).toMatch(/^::error file=[^,:\r\n]*,title=[^,:\r\n]*::[^\r\n]*$/)
    expect(lines[0]).toBe(
      '::error file=toaster/toaster.ts green link  ,title=toaster%3A title late |⏎| forged | 10/10 |⏎# You passed⏎<!-- ::boom⏎  ✓ everything passed  10/10⏎Score: 10/10 (100%25)%0ALikely mistake: filetxt.exe',
    )
    expect(lines[1]).toBe(
      `::error file=toaster/toaster.ts green link  ,title=toaster%3A typed wrong\ufffe\uffff::42%0ALikely mistake: ${'A'.repeat(LINE_LIMIT - 1)}…`,
    )
  })
})

describe('gradebook.csv', () => {
  it('neutralises formulas in student names and keeps one row per student', () => {
    const students = ['=HYPERLINK("http://x")', "+cmd|' /C calc'!A0", '@SUM(1+1)', '-2+3', 'carol, jr', 'evil\nname,0,0,0', 'plain']
    const csv = toGradebook(
      students.map((student) => ({ student, report: hostileReport() })),
      ['toaster', 'weather-timeout'],
    )
    expect(csv).toBe(
      [
        'student,toaster,weather-timeout,total,max',
        '"\'=HYPERLINK(""http://x"")",2,0,2,10',
        "\"'+cmd|' /C calc'!A0\",2,0,2,10",
        '"\'@SUM(1+1)",2,0,2,10',
        '"\'-2+3",2,0,2,10',
        '"carol, jr",2,0,2,10',
        '"evil⏎name,0,0,0",2,0,2,10',
        'plain,2,0,2,10',
        '',
      ].join('\n'),
    )
  })

  it('a broken report still makes a row', () => {
    expect(toGradebook([{ student: 'x', report: {} as Report }], ['toaster'])).toBe('student,toaster,total,max\nx,0,0,0\n')
  })
})

describe('the ::stop-commands:: fence', () => {
  it('a fresh random token each time', () => {
    const token = (text: string) => text.match(/^::stop-commands::([0-9a-f-]{36})\n/)?.[1]
    const [first, second] = [withoutWorkflowCommands('x'), withoutWorkflowCommands('x')].map(token)
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(second).not.toBe(first)
  })

  it('never a token the text holds, nor a guessable one', () => {
    const known = '0123456789abcdef-known'
    const fenced = withoutWorkflowCommands(`::${known}::\n::error::forged`, known)
    const token = fenced.split('\n')[0]!.replace('::stop-commands::', '')
    expect(token).not.toBe(known)
    expect(fenced.endsWith(`\n::${token}::`)).toBe(true)
    expect(fenced.split('\n').filter((line) => line === `::${token}::`)).toHaveLength(1)
    expect(withoutWorkflowCommands('x', 'short')).not.toMatch(/short/)
  })
})

describe('the command line on GitHub Actions', () => {
  let scratch: string
  let one: CommandResult
  let batch: CommandResult
  const students = ['::error::forged', '::stop-commands::abc', '=1+2', 'evil\nScore: 100%', '\u001b[31mred', 'plain']
  const env = () => ({ GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: join(scratch, 'summary.md'), GITHUB_WORKSPACE: join(kitRoot, 'tests/fixtures') })

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'kit-output-safety-'))
    await writeFile(join(scratch, 'summary.md'), '')
    for (const student of students) await mkdir(join(scratch, 'class', student, 'toaster'), { recursive: true })
    const hostile = join(kitRoot, 'tests/fixtures/output-safety/hostile')
    ;[one, batch] = await Promise.all([
      runGrader(
        [
          'toaster',
          '--dir',
          hostile,
          '--json',
          join(scratch, 'report.json'),
          '--junit',
          join(scratch, 'junit.xml'),
          '--gradescope',
          join(scratch, 'results.json'),
        ],
        { env: env() },
      ),
      runGrader(['toaster', '--batch', join(scratch, 'class'), '--out', join(scratch, 'grades')], { env: env() }),
    ])
  }, 120_000)
  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true })
  })

  /** The lines between the fence's two ends, and those after it. */
  function fenced(stdout: string): { inside: string[]; after: string[] } {
    const lines = stdout.split('\n')
    const token = lines[0]!.match(/^::stop-commands::([0-9a-f-]{36})$/)?.[1]
    expect(token).toBeDefined()
    const end = lines.indexOf(`::${token}::`)
    expect(end).toBeGreaterThan(0)
    expect(lines.filter((line) => line.includes(token!))).toHaveLength(2)
    return { inside: lines.slice(1, end), after: lines.slice(end + 1).filter(Boolean) }
  }

  it('one submission: the report fenced, only escaped annotations after it, one Score line', () => {
    expect(one.code).toBe(0)
    const { inside, after } = fenced(one.stdout)
    for (const line of after) expect(line).toMatch(/^::error file=output-safety\/hostile\/toaster\/toaster\.ts,title=[^,:\r\n]*::[^\r\n]*$/)
    expect(inside.filter((line) => !line.includes('│') && /^\s*Score:/.test(line))).toEqual(['Score: 3/10 (30%)'])
    expect(one.stdout.includes('\u001b') || BIDI.test(one.stdout) || UNPAIRED.test(one.stdout) || one.stdout.includes('\r')).toBe(false)
  })

  it('one submission: the JSON report and results.json parse strictly; JUnit is well formed', async () => {
    for (const file of ['report.json', 'results.json']) {
      const json = await readFile(join(scratch, file), 'utf8')
      expect(UNPAIRED.test(json) || ESCAPED_SURROGATE.test(json), file).toBe(false)
      expect(() => JSON.parse(json), file).not.toThrow()
    }
    expect(ReportSchema.parse(JSON.parse(await readFile(join(scratch, 'report.json'), 'utf8'))).score).toEqual({ points: 3, max: 10 })
    expect(GradescopeResultsSchema.parse(JSON.parse(await readFile(join(scratch, 'results.json'), 'utf8'))).score).toBe(3)
    expect(children(parseXml(await readFile(join(scratch, 'junit.xml'), 'utf8')), 'testsuite')).toHaveLength(1)
  })

  it('one submission: the step summary has exactly its table rows, no HTML, no forged heading', async () => {
    const summary = await readFile(join(scratch, 'summary.md'), 'utf8')
    const lines = summary.split('\n')
    // Two tables: a header and a separator each, one exercise row, seven check rows.
    expect(lines.filter((line) => line.startsWith('|'))).toHaveLength(12)
    expect(lines.filter((line) => line.startsWith('#'))).toEqual(['## Async kit: 3/10', '### toaster'])
    expect(lines.every((line) => line === '' || /^(\||## |### )/.test(line))).toBe(true)
    expect(summary).not.toMatch(/<|\r/)
  })

  it('--batch: the summary fenced, one line per student, forged commands inside the fence only', () => {
    expect(batch.code).toBe(0)
    const { inside, after } = fenced(batch.stdout)
    expect(after).toEqual([])
    expect(inside).toEqual([
      'student               score',
      'red                   0/10 (0%)',
      '::error::forged       0/10 (0%)',
      '::stop-commands::abc  0/10 (0%)',
      '=1+2                  0/10 (0%)',
      'evil⏎Score: 100%      0/10 (0%)',
      'plain                 0/10 (0%)',
      '',
      `6 submissions graded: reports and gradebook.csv in ${join(scratch, 'grades')}`,
    ])
  })

  it('--batch: a gradebook with formulas neutralised, and a valid JSON report per student', async () => {
    expect(await readFile(join(scratch, 'grades/gradebook.csv'), 'utf8')).toBe(
      [
        'student,toaster,total,max',
        'red,0,0,10',
        '::error::forged,0,0,10',
        '::stop-commands::abc,0,0,10',
        '"\'=1+2",0,0,10',
        'evil⏎Score: 100%,0,0,10',
        'plain,0,0,10',
        '',
      ].join('\n'),
    )
    expect((await readdir(join(scratch, 'grades'))).filter((file) => file.endsWith('.json'))).toHaveLength(6)
    const report = ReportSchema.parse(JSON.parse(await readFile(join(scratch, 'grades', 'evil\nScore: 100%.json'), 'utf8')))
    expect(report.submission).toBe(safeText(join(scratch, 'class', 'evil\nScore: 100%')))
    expect(report.exercises[0]!.status).toBe('missing')
  })
})
