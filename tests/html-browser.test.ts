// The HTML report and the class dashboard in a real headless browser (Debian's chromium,
// driven by playwright-core): the pages load with no console error and no request at
// all beyond their own file, the timelines are drawn where the times say (for the known
// report and for a real grading of a known wrong toaster), hostile texts execute nothing,
// the dashboard's links open the students' pages, and a screenshot is a real image of
// the viewport's size. Skipped, saying why, where chromium is not installed.
import { mkdir, mkdtemp, readFile, rm, writeFile, copyFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { inflateSync } from 'fflate'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeClassPages } from '../grader/report/html-class.ts'
import { toHtml } from '../grader/report/html-report.ts'
import { GEOMETRY } from '../grader/report/html-timeline.ts'
import { chromiumMissing, HOSTILE, hostileReport, knownReport, launchChromium, openFile, pngSize, watch } from './support/browser.ts'
import { runGrader } from './support/cli.ts'
import { kitRoot } from './support/grading.ts'

if (chromiumMissing) console.warn(`tests/html-browser.test.ts skipped: ${chromiumMissing}`)

interface DrawnRect {
  x: number
  width: number
  y: number
  open: boolean
  title: string
}

describe.skipIf(chromiumMissing !== undefined)(chromiumMissing ? `HTML pages in Chromium (skipped: ${chromiumMissing})` : 'HTML pages in Chromium', () => {
  let browser: Browser
  let dir: string

  beforeAll(async () => {
    browser = await launchChromium()
    dir = await mkdtemp(join(tmpdir(), 'kit-html-browser-'))
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  async function page(name: string, text: string) {
    const file = join(dir, name)
    await writeFile(file, text)
    return openFile(browser, file)
  }

  /** The span rects of each chart of a check, as Chromium laid them out (in SVG units). */
  const chartsOf = (opened: Awaited<ReturnType<typeof page>>, check: string) =>
    opened.page.$$eval(`li.check[data-check="${check}"] svg`, (svgs: any[]) =>
      svgs.map((svg) =>
        [...svg.querySelectorAll('rect.span')].map(
          (rect: any): DrawnRect => ({
            x: rect.x.baseVal.value,
            width: rect.width.baseVal.value,
            y: rect.y.baseVal.value,
            open: rect.classList.contains('open'),
            title: rect.querySelector('title')?.textContent ?? '',
          }),
        ),
      ),
    )

  const plot = GEOMETRY.width - GEOMETRY.labelWidth - GEOMETRY.right
  const at = (ms: number, end: number) => GEOMETRY.labelWidth + (ms / end) * plot

  it('loads the known report with no console error and no request, and draws its timelines where the times say', async () => {
    const opened = await page('known.html', toHtml(knownReport()))
    expect(await opened.page.title()).toBe('Grading report: students/alice (3/10)')
    const [chart] = await chartsOf(opened, 'concurrent-start')
    expect(chart).toHaveLength(5)
    const [, , , coffee, refill] = chart!
    expect(coffee!.x).toBeCloseTo(at(2000, 4000), 1)
    expect(coffee!.width).toBeCloseTo(at(4000, 4000) - at(2000, 4000), 1)
    expect(refill!.open).toBe(true)
    expect(refill!.x + refill!.width).toBeCloseTo(at(4000, 4000), 1)
    expect(refill!.title).toBe('refill · coffee · 3000- ms (left running)')
    // The chart is really painted: it has a size on the page.
    const box = await opened.page.locator('li.check[data-check="concurrent-start"] svg').boundingBox()
    expect(box!.width).toBeGreaterThan(300)
    expect(box!.height).toBeGreaterThan(60)
    expect(await opened.page.locator('figure.timeline').count()).toBe(2)
    expect(opened.problems).toEqual([])
  })

  it('executes nothing from hostile texts: no script element, no event attribute, nothing run, nothing fetched', async () => {
    const opened = await page('hostile.html', toHtml(hostileReport()))
    const dom = await opened.page.evaluate(() => {
      const doc = (globalThis as any).document
      const events = [...doc.querySelectorAll('*')].flatMap((element: any) =>
        [...element.attributes].filter((attribute: any) => /^on/i.test(attribute.name)).map((attribute: any) => `${element.tagName} ${attribute.name}`),
      )
      return {
        scripts: doc.querySelectorAll('script').length,
        images: doc.querySelectorAll('img').length,
        styles: doc.querySelectorAll('style').length,
        events,
        pwned: (globalThis as any).__pwned ?? null,
        title: doc.querySelector('li.check .title')?.textContent,
        message: doc.querySelector('li.check .message')?.textContent,
        visible: doc.body.checkVisibility?.() ?? true,
      }
    })
    expect(dom).toEqual({ scripts: 0, images: 0, styles: 1, events: [], pwned: null, title: HOSTILE.svg, message: HOSTILE.script, visible: true })
    // Hovering every bar (its <title>) runs nothing either.
    for (const rect of await opened.page.locator('rect.span').all()) await rect.hover({ force: true })
    expect(await opened.page.evaluate(() => (globalThis as any).__pwned ?? null)).toBeNull()
    expect(opened.problems).toEqual([])
  })

  it("draws a real grading's timelines: the toaster that awaits each step, from npm run grade -- --html", async () => {
    const submission = join(dir, 'awaits-each')
    await mkdir(join(submission, 'toaster'), { recursive: true })
    await copyFile(join(kitRoot, 'tests/submissions/toaster/concurrent-awaits-each.ts'), join(submission, 'toaster/toaster.ts'))
    const file = join(dir, 'graded.html')
    const result = await runGrader(['toaster', '--dir', submission, '--html', file])
    expect(result.code, result.stderr).toBe(0)
    const opened = await openFile(browser, file)
    // Expected: toast and coffee both 0-2000; yours: toast 0-2000, coffee 2000-4000.
    const [chart] = await chartsOf(opened, 'concurrent-start')
    expect(chart!.map(({ title }) => title.split(' · ')[2])).toEqual(['0-2000 ms', '0-2000 ms', '0-2000 ms', '2000-4000 ms'])
    expect(chart![1]!.x).toBeCloseTo(at(0, 4000), 1)
    expect(chart![3]!.x).toBeCloseTo(at(2000, 4000), 1)
    expect(await opened.page.locator('li.check.passed').count()).toBe(2)
    expect(await opened.page.locator('.score .total').textContent()).toBe('3/10')
    expect(opened.problems).toEqual([])
  }, 120_000)

  it("opens each student's page from the dashboard, and comes back", async () => {
    const out = join(dir, 'class')
    const students = ['alice', HOSTILE.attribute, 'bob']
    await writeClassPages(
      out,
      students.map((student, index) => ({ student, report: index === 1 ? hostileReport() : knownReport() })),
    )
    const opened = await openFile(browser, join(out, 'index.html'))
    expect(await opened.page.locator('#distribution svg rect.bar').count()).toBe(10)
    expect(await opened.page.locator('.check-rates tbody tr').count()).toBeGreaterThan(0)
    expect(await opened.page.locator('table.student-table a').allTextContents()).toEqual(students)
    for (const student of students) {
      await opened.page.locator('table.student-table a', { hasText: student }).first().click()
      await opened.page.waitForLoadState('load')
      expect(await opened.page.locator('.submission').textContent()).toBe(student)
      expect(await opened.page.locator('svg rect.span').count()).toBeGreaterThan(0)
      await opened.page.locator('nav a').click()
      await opened.page.waitForURL(pathToFileURL(join(out, 'index.html')).href)
    }
    expect(await opened.page.evaluate(() => (globalThis as any).document.querySelectorAll('script').length)).toBe(0)
    expect(opened.problems).toEqual([])
  })

  it('prints: the print stylesheet applies and the page makes a PDF', async () => {
    const opened = await page('print.html', toHtml(knownReport()))
    await opened.page.emulateMedia({ media: 'print' })
    expect(await opened.page.evaluate(() => (globalThis as any).getComputedStyle((globalThis as any).document.body).maxWidth)).toBe('none')
    const pdf = await opened.page.pdf({ format: 'A4' })
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-')
    expect(opened.problems).toEqual([])
  })

  // Not a golden image: the text is drawn with the machine's fonts (Debian's version of
  // them, hinting), so pixels differ between machines while the page is right. Instead:
  // a PNG of the viewport's exact size, and not a blank one (many distinct pixel values).
  it('takes a screenshot: a PNG of the viewport size with something drawn', async () => {
    const opened = await page('shot.html', toHtml(knownReport()))
    const file = join(dir, 'report.png')
    await opened.page.screenshot({ path: file })
    const png = new Uint8Array(await readFile(file))
    expect(pngSize(png)).toEqual({ width: 1000, height: 800 })
    expect(distinctPixelBytes(png)).toBeGreaterThan(16)
    expect(opened.problems).toEqual([])
  })

  it('records a request that leaves the file as a problem (the watch itself works)', async () => {
    const problems: string[] = []
    const probe = await browser.newPage()
    watch(probe, problems)
    await probe.setContent('<img src="http://127.0.0.1:9/x.png">', { waitUntil: 'load' })
    expect(problems.some((problem) => problem.startsWith('network request: http://127.0.0.1:9/'))).toBe(true)
    await probe.close()
  })
})

/** How many distinct byte values the PNG's decompressed pixel rows hold: 1 or 2 for a blank image. */
function distinctPixelBytes(png: Uint8Array): number {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  const chunks: Uint8Array[] = []
  for (let offset = 8; offset < png.length; ) {
    const length = view.getUint32(offset)
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8))
    if (type === 'IDAT') chunks.push(png.subarray(offset + 8, offset + 8 + length))
    offset += 12 + length
  }
  const data = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0))
  let at = 0
  for (const chunk of chunks) data.set(chunk, (at += chunk.length) - chunk.length)
  // zlib: a 2-byte header, then deflate.
  return new Set(inflateSync(data.subarray(2))).size
}
