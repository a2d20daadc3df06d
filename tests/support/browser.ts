// A real headless browser for the HTML report's tests: Debian's chromium, driven by
// playwright-core (which downloads no browser of its own). Where it is not installed (CI
// machines by default) the browser tests skip and say why: `chromiumMissing` is the reason.
import { existsSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import type { Report } from '../../grader/report/schema.ts'

export const CHROMIUM = '/usr/bin/chromium'

/** Why the browser tests cannot run here, or undefined when they can. */
export const chromiumMissing: string | undefined = existsSync(CHROMIUM)
  ? undefined
  : `no Chromium at ${CHROMIUM} (apt-get install -y chromium to run the browser tests)`

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core')
  // As root (CI, containers) Chromium's sandbox cannot start: playwright passes --no-sandbox.
  return chromium.launch({ executablePath: CHROMIUM, headless: true, chromiumSandbox: false })
}

export interface OpenedPage {
  page: Page
  /** Console errors, page errors, failed requests and any request that left file:// (there must be none). */
  problems: string[]
}

/** Opens a file in a fresh page, recording everything that would mean the page is broken or not self-contained. */
export async function openFile(browser: Browser, file: string, viewport = { width: 1000, height: 800 }): Promise<OpenedPage> {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 })
  const problems: string[] = []
  watch(page, problems)
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' })
  return { page, problems }
}

/** Records the problems of every document the page loads (links followed too). */
export function watch(page: Page, problems: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`))
  page.on('request', (request) => {
    if (!request.url().startsWith('file:')) problems.push(`network request: ${request.url()}`)
  })
}

/** Width and height of a PNG, from its IHDR chunk; throws when the bytes are no PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
  if (png.length < 24 || signature.some((byte, index) => png[index] !== byte)) throw new Error('not a PNG')
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  if (String.fromCharCode(...png.subarray(12, 16)) !== 'IHDR') throw new Error('PNG without IHDR first')
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

// The reports both the plain and the browser tests of the HTML pages draw.

/** Texts built to become markup, script or a broken page if anything were left unescaped. */
export const HOSTILE = {
  script: '<script>window.__pwned = "script"</script>',
  attribute: '"><img src=x onerror="window.__pwned = \'img\'">',
  single: "' onmouseover='window.__pwned = 1' x='",
  svg: '</title></rect><script>window.__pwned = "svg"</script><rect onclick="x">',
  comment: '<!-- --><style>body{display:none}</style>',
  entity: '&lt;script&gt; &amp; &#x3C;b&#62;',
  lone: 'half \ud800 pair \udc00',
  controls: 'bell\u0007 esc\u001b[31m red nul\u0000 del\u007f nonchar\ufffe\uffff',
  long: `long ${'<b>x</b>'.repeat(2000)}`,
} as const

const TOAST = [
  { lane: 'toast', label: 'toast', start: 0, end: 2000 },
  { lane: 'coffee', label: 'coffee', start: 0, end: 2000 },
]

/**
 * The README's toaster whose concurrent breakfast awaits each step, plus a span left
 * running: 2 expected spans and 3 of the code's in the failed check's chart.
 */
export function knownReport(lang: 'en' | 'fr' = 'en'): Report {
  return {
    schemaVersion: 1,
    lang,
    submission: 'students/alice',
    score: { points: 3, max: 10 },
    exercises: [
      {
        id: 'toaster',
        title: 'Toaster: sequential and concurrent breakfast',
        bonus: false,
        file: 'exercises/toaster/toaster.ts',
        points: 3,
        max: 10,
        status: 'partial',
        checks: [
          { id: 'sequential-order', title: 'breakfastSequential toasts from t=0 to 2000', points: 3, max: 3, status: 'passed' },
          {
            id: 'concurrent-start',
            title: 'breakfastConcurrent starts the toast and the coffee at t=0',
            points: 0,
            max: 7,
            status: 'failed',
            message: 'the coffee started at t=2000, not at t=0',
            expected: 'toast and coffee both start at t=0',
            actual: 'toast 0-2000, coffee 2000-4000',
            mistake: 'you awaited the toast before starting the coffee',
            output: 'toast done\ncoffee done',
            timeline: {
              expected: TOAST,
              actual: [
                { lane: 'toast', label: 'toast', start: 0, end: 2000 },
                { lane: 'coffee', label: 'coffee', start: 2000, end: 4000 },
                { lane: 'coffee', label: 'refill', start: 3000 },
              ],
            },
          },
        ],
        timelines: [{ scenario: 'main', spans: TOAST }],
      },
    ],
  }
}

/** A report whose every text is hostile (see HOSTILE). */
export function hostileReport(): Report {
  const all = Object.values(HOSTILE).join(' ')
  return {
    schemaVersion: 1,
    lang: 'en',
    submission: HOSTILE.attribute,
    score: { points: 0, max: 5 },
    exercises: [
      {
        id: HOSTILE.single,
        title: HOSTILE.script,
        bonus: false,
        file: HOSTILE.comment,
        points: 0,
        max: 5,
        status: 'failed',
        checks: [
          {
            id: HOSTILE.attribute,
            title: HOSTILE.svg,
            points: 0,
            max: 5,
            status: 'failed',
            message: HOSTILE.script,
            expected: HOSTILE.attribute,
            actual: HOSTILE.entity,
            mistake: HOSTILE.long,
            output: `${all}\n${HOSTILE.controls}\n${HOSTILE.lone}`,
            problems: [HOSTILE.lone, HOSTILE.controls],
            timeline: {
              expected: [{ lane: HOSTILE.svg, label: HOSTILE.script, start: 0, end: 1000 }],
              actual: [{ lane: HOSTILE.attribute, label: HOSTILE.svg, start: 0 }],
            },
          },
        ],
        timelines: [{ scenario: HOSTILE.svg, spans: [{ lane: HOSTILE.single, label: HOSTILE.lone, start: 0, end: 10 }] }],
      },
    ],
  }
}
