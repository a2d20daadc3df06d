// The HTML report and class dashboard without a browser (always runs): the pages are
// well-formed (the kit's strict XML reader parses them), hold no script, no event
// attribute and nothing fetched, draw the timelines' rects where the times say, and keep
// every hostile text as text, capped and on one line where the report does.
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { classStats } from '../grader/report/html-class-stats.ts'
import { pageNames, writeClassPages } from '../grader/report/html-class.ts'
import { escapeHtml, html } from '../grader/report/html-escape.ts'
import { toHtml } from '../grader/report/html-report.ts'
import { GEOMETRY, tickStep } from '../grader/report/html-timeline.ts'
import { LINE_LIMIT, safeText } from '../grader/report/safe-text.ts'
import type { Report } from '../grader/report/schema.ts'
import { HOSTILE, hostileReport, knownReport } from './support/browser.ts'
import { parseXml, type XmlElement } from './support/xml.ts'

/** What the pages may hold: anything else is markup that came from somewhere it should not. */
const ELEMENTS = new Set(
  'html head meta title style body nav a header h1 h2 h3 p span main section ul li div dl dt dd pre figure figcaption svg g rect line text table thead tbody tr th td br'.split(
    ' ',
  ),
)

function parsePage(text: string): XmlElement {
  expect(text.startsWith('<!DOCTYPE html>\n')).toBe(true)
  return parseXml(text.slice('<!DOCTYPE html>\n'.length))
}

function* walk(element: XmlElement): Generator<XmlElement> {
  yield element
  for (const child of element.children) yield* walk(child)
}

const all = (root: XmlElement, test: (element: XmlElement) => boolean) => [...walk(root)].filter(test)
const byClass = (root: XmlElement, name: string, className: string) =>
  all(root, (element) => element.name === name && (element.attributes.class ?? '').split(' ').includes(className))
/** Every text of an element, its children's included, in order. */
const textOf = (element: XmlElement): string => element.text + element.children.map(textOf).join('')

function expectInert(root: XmlElement): void {
  for (const element of walk(root)) {
    expect(ELEMENTS.has(element.name), `<${element.name}>`).toBe(true)
    for (const [name, value] of Object.entries(element.attributes)) {
      expect(name, `<${element.name} ${name}>`).not.toMatch(/^on/i)
      if (name === 'href') expect(value).toMatch(/^(students\/[A-Za-z0-9._-]+\.html|\.\.\/index\.html)$/)
      expect(name).not.toBe('src')
    }
  }
}

describe('escapeHtml and html', () => {
  it('escapes the five characters of markup, in text and attributes alike', () => {
    expect(escapeHtml(HOSTILE.attribute)).toBe('&quot;&gt;&lt;img src=x onerror=&quot;window.__pwned = &apos;img&apos;&quot;&gt;')
    expect(`${html`<p title="${HOSTILE.single}">${HOSTILE.script}</p>`}`).toBe(
      '<p title="&apos; onmouseover=&apos;window.__pwned = 1&apos; x=&apos;">&lt;script&gt;window.__pwned = &quot;script&quot;&lt;/script&gt;</p>',
    )
  })

  it('escapes entities again, so that they show as typed', () => {
    expect(escapeHtml(HOSTILE.entity)).toBe('&amp;lt;script&amp;gt; &amp;amp; &amp;#x3C;b&amp;#62;')
  })

  it('a lone surrogate becomes U+FFFD, controls \\xHH, escape sequences and noncharacters go', () => {
    expect(escapeHtml(HOSTILE.lone)).toBe('half \ufffd pair \ufffd')
    expect(escapeHtml(HOSTILE.controls)).toBe('bell\\x07 esc red nul\\x00 del\\x7f nonchar')
  })

  it('keeps Markup and lists of it, numbers as numbers, and drops undefined and false', () => {
    const inner = html`<b>${'<i>'}</b>`
    expect(`${html`${inner}${[inner, '&']}${3}${undefined}${false}${Number.NaN}`}`).toBe('<b>&lt;i&gt;</b><b>&lt;i&gt;</b>&amp;30')
  })
})

describe('toHtml', () => {
  const page = parsePage(toHtml(knownReport()))

  it('is one self-contained, inert document: a CSP allowing inline styles only, no script, nothing to fetch', () => {
    expect(page.name).toBe('html')
    expect(page.attributes.lang).toBe('en')
    const policy = all(page, (element) => element.name === 'meta' && element.attributes['http-equiv'] === 'Content-Security-Policy')
    expect(policy[0]?.attributes.content).toMatch(/^default-src 'none'; style-src 'unsafe-inline';/)
    expect(textOf(all(page, (element) => element.name === 'style')[0]!)).toContain('@media print')
    expectInert(page)
  })

  it('shows every check, and each failed one with its feedback and output', () => {
    const checks = byClass(page, 'li', 'check')
    expect(checks.map((check) => check.attributes['data-check'])).toEqual(['sequential-order', 'concurrent-start'])
    const failed = checks[1]!
    const text = textOf(failed)
    for (const part of [
      'the coffee started at t=2000, not at t=0',
      'toast and coffee both start at t=0',
      'toast 0-2000, coffee 2000-4000',
      'you awaited the toast',
    ])
      expect(text).toContain(part)
    expect(textOf(byClass(failed, 'pre', 'output')[0]!)).toBe('toast done\ncoffee done')
    expect(textOf(byClass(page, 'p', 'score')[0]!)).toBe('Score:  (30%)3/10')
    expect(textOf(byClass(page, 'span', 'total')[0]!)).toBe('3/10')
  })

  it("draws the check's expected and actual runs on one scale: a rect per span, where its times say", () => {
    const figure = byClass(page, 'li', 'check')[1]!.children.find((child) => child.name === 'figure')!
    const svg = figure.children[0]!
    expect(svg.attributes['data-end']).toBe('4000')
    const rects = byClass(svg, 'rect', 'span')
    expect(rects).toHaveLength(5)
    const plot = GEOMETRY.width - GEOMETRY.labelWidth - GEOMETRY.right
    const x = (ms: number) => GEOMETRY.labelWidth + (ms / 4000) * plot
    const coffee = rects[3]!
    expect(textOf(coffee)).toBe('coffee · coffee · 2000-4000 ms')
    expect(Number(coffee.attributes.x)).toBeCloseTo(x(2000), 1)
    expect(Number(coffee.attributes.width)).toBeCloseTo(x(4000) - x(2000), 1)
    // Left running: drawn to the right edge, on a track of its own under the coffee it overlaps.
    const open = rects[4]!
    expect(open.attributes.class).toBe('span open')
    expect(open.attributes['data-end']).toBeUndefined()
    expect(Number(open.attributes.x) + Number(open.attributes.width)).toBeCloseTo(x(4000), 1)
    expect(Number(open.attributes.y)).toBe(Number(coffee.attributes.y) + GEOMETRY.track)
    expect(textOf(open)).toBe('refill · coffee · 3000- ms (left running)')
    // The axis: 0 to 4000 virtual ms.
    expect(byClass(svg, 'text', 'tick-label').map(textOf)).toEqual(['0', '1000', '2000', '3000', '4000'])
  })

  it("draws each scenario's timeline too, and nothing for spans that all lie at t=0", () => {
    expect(byClass(page, 'figure', 'timeline')).toHaveLength(2)
    const report = knownReport()
    report.exercises[0]!.timelines = [{ scenario: 'instant', spans: [{ lane: 'tick', label: 'tick', start: 0, end: 0 }] }]
    expect(byClass(parsePage(toHtml(report)), 'figure', 'timeline')).toHaveLength(1)
  })

  it("speaks the report's language", () => {
    const french = parsePage(toHtml(knownReport('fr')))
    expect(french.attributes.lang).toBe('fr')
    expect(textOf(byClass(french, 'p', 'score')[0]!)).toMatch(/^Score : /)
    expect(textOf(all(french, (element) => element.name === 'title')[0]!)).toBe('Rapport de notation : students/alice (3/10)')
    expect(textOf(french)).toContain('laissé en cours')
  })

  it('keeps every hostile text as text: parsed back, it is the safe text, capped, and nothing became markup', () => {
    const text = toHtml(hostileReport())
    const hostile = parsePage(text)
    expectInert(hostile)
    expect(all(hostile, (element) => element.name === 'img' || element.name === 'script')).toEqual([])
    const check = byClass(hostile, 'li', 'check')[0]!
    expect(check.attributes['data-check']).toBe(HOSTILE.attribute)
    expect(textOf(byClass(check, 'span', 'title')[0]!)).toBe(HOSTILE.svg)
    expect(textOf(byClass(check, 'p', 'message')[0]!)).toBe(HOSTILE.script)
    expect(textOf(byClass(check, 'dd', 'got')[0]!)).toBe(HOSTILE.entity)
    // The report's cap and one line: a 16,000-character mistake is 2,000 code points.
    const mistake = textOf(byClass(check, 'dd', 'mistake')[0]!)
    expect(mistake).toBe(safeText(HOSTILE.long))
    expect([...mistake]).toHaveLength(LINE_LIMIT)
    expect(textOf(byClass(check, 'pre', 'output')[0]!)).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ud800-\udfff\ufffe\uffff]/u)
    expect(text).not.toMatch(/<(script|img|style>body)/i)
    expect(text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/)
  })
})

describe('the class dashboard', () => {
  const dirs: string[] = []
  afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))))

  const passing = (): Report => {
    const report = knownReport()
    const exercise = report.exercises[0]!
    exercise.points = exercise.max
    exercise.status = 'passed'
    exercise.checks = exercise.checks.map(({ id, title, max }) => ({ id, title, max, points: max, status: 'passed' as const }))
    report.score = { points: 10, max: 10 }
    return report
  }
  const missing = (): Report => {
    const report = knownReport()
    const exercise = report.exercises[0]!
    Object.assign(exercise, { status: 'missing', points: 0, message: 'no file' })
    exercise.checks = exercise.checks.map((check) => ({ ...check, status: 'failed' as const, points: 0, mistake: 'there is no file' }))
    report.score = { points: 0, max: 10 }
    return report
  }

  it('counts the distribution by decile, the pass rate of every check, and each mistake once per student where the code ran', () => {
    const stats = classStats([knownReport(), knownReport(), passing(), missing()])
    expect(stats.bins).toEqual([1, 0, 0, 2, 0, 0, 0, 0, 0, 1])
    expect(stats.median).toBe(30)
    expect(stats.checks.map(({ check, passed, total }) => [check, passed, total])).toEqual([
      ['sequential-order', 3, 4],
      ['concurrent-start', 1, 4],
    ])
    expect(stats.mistakes).toEqual([
      { exercise: 'toaster', mistake: 'you awaited the toast before starting the coffee', students: 2, checks: [knownReport().exercises[0]!.checks[1]!.title] },
    ])
  })

  it('names each page after its student, unique and safe as a file and a URL', () => {
    expect(pageNames(['alice', 'a b', 'a_b', 'A_B', '../etc', HOSTILE.attribute, ''])).toEqual([
      'alice.html',
      'a_b.html',
      'a_b-2.html',
      'A_B-3.html',
      '__etc.html',
      '___img_src_x_onerror__window.__pwned____img___.html',
      'student.html',
    ])
  })

  it('writes index.html and a page per student, linked both ways, every text escaped', async () => {
    const out = await mkdtemp(join(tmpdir(), 'kit-html-class-'))
    dirs.push(out)
    const results = [
      { student: 'alice', report: knownReport() },
      { student: HOSTILE.attribute, report: hostileReport() },
      { student: 'bob', report: passing() },
    ]
    const written = await writeClassPages(out, results)
    expect(written[0]).toBe(join(out, 'index.html'))
    const index = parsePage(await readFile(join(out, 'index.html'), 'utf8'))
    expectInert(index)
    expect(byClass(index, 'g', 'bin').map((bin) => bin.attributes['data-count'])).toEqual(['1', '0', '0', '1', '0', '0', '0', '0', '0', '1'])
    const links = all(index, (element) => element.name === 'a')
    expect(links.map(textOf)).toEqual(['alice', HOSTILE.attribute, 'bob'])
    for (const link of links) {
      const file = join(out, link.attributes.href!)
      expect(existsSync(file)).toBe(true)
      const student = parsePage(await readFile(file, 'utf8'))
      expectInert(student)
      expect(all(student, (element) => element.name === 'a')[0]!.attributes.href).toBe('../index.html')
      expect(textOf(byClass(student, 'span', 'submission')[0]!)).toBe(textOf(link))
    }
    expect(byClass(index, 'span', 'mistake').map(textOf)).toContain('you awaited the toast before starting the coffee')
  })

  it('takes each page from the full report when the results are lightened', async () => {
    const out = await mkdtemp(join(tmpdir(), 'kit-html-class-'))
    dirs.push(out)
    const light = knownReport()
    delete light.exercises[0]!.checks[1]!.timeline
    await writeClassPages(out, [{ student: 'alice', report: light }], { fullReport: async () => knownReport() })
    const page = parsePage(await readFile(join(out, 'students/alice.html'), 'utf8'))
    expect(byClass(page, 'rect', 'span').length).toBeGreaterThan(0)
  })
})

describe('tickStep', () => {
  it('steps by 1, 2 or 5 times a power of ten', () => {
    expect([4000, 8000, 12_000, 7, 250].map((end) => tickStep(end))).toEqual([1000, 2000, 2000, 2, 50])
  })
})
