// What crosses from a submission or a jail is read once, cut to size, and never throws.
import { describe, expect, it } from 'vitest'
import { parseJailRun } from '../grader/sandbox/jail-run.ts'
import { errorInfo } from '../grader/sandbox/outcome.ts'
import { toPlain } from '../grader/sandbox/plain.ts'
import { labelOf } from '../grader/sandbox/recorder.ts'

describe('toPlain', () => {
  it('reads a getter once: the copy is what it said the first time', () => {
    let reads = 0
    const value = {
      get answer() {
        return ++reads
      },
    }
    expect(toPlain(value)).toEqual({ answer: 1 })
    expect(reads).toBe(1)
  })

  it('copies at most 5,000 values, whatever the shape', () => {
    const wide = Array.from({ length: 1000 }, () => Array.from({ length: 1000 }, () => 1))
    const copy = JSON.stringify(toPlain(wide))
    expect(copy.length).toBeLessThan(30_000)
    expect(copy).toContain('"$type":"cut"')
  })

  it('a Proxy that throws on every access is unreadable, not an error', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('gotcha')
        },
        getPrototypeOf() {
          throw new Error('gotcha')
        },
      },
    )
    expect(toPlain(hostile)).toEqual({ $type: 'unreadable' })
  })
})

describe('errorInfo and labelOf', () => {
  it('cap what a thrown value says, and never throw', () => {
    expect(errorInfo(new Error('x'.repeat(10_000))).message).toHaveLength(2001)
    expect(
      errorInfo(
        new Proxy(
          {},
          {
            getPrototypeOf() {
              throw new Error('no')
            },
          },
        ),
      ),
    ).toEqual({ name: 'unreadable', message: 'a thrown value that cannot be read' })
    expect(errorInfo(Symbol('s'))).toEqual({ name: 'symbol', message: 'Symbol(s)' })
    expect(
      labelOf({
        toString() {
          throw new Error('no')
        },
      }),
    ).toBe('[object that cannot be printed]')
    expect(labelOf(42)).toBe('42')
    expect(labelOf('y'.repeat(500))).toHaveLength(201)
  })
})

describe("a jail's report", () => {
  const run = { outcome: { kind: 'resolved', value: [1], at: 10 }, trace: [], timersLeft: 0, problems: [], output: '' }

  it('is taken as it is when it is one', () => {
    expect(parseJailRun(run, 'call')).toEqual({ scenario: 'call', ...run })
  })

  it('is cut to size', () => {
    const long = parseJailRun({ ...run, output: 'z'.repeat(10_000), problems: ['p'.repeat(5000)] }, 'call')
    expect(long.output).toHaveLength(4001)
    expect(long.problems[0]).toHaveLength(2001)
  })

  it('is a crash of its scenario when it is not one', () => {
    for (const forged of [null, 'passed', { ...run, outcome: { kind: 'passed' } }, { ...run, timersLeft: -1 }, { ...run, trace: [{ t: 'now' }] }]) {
      expect(parseJailRun(forged, 'call').outcome).toEqual({
        kind: 'crashed',
        phase: 'run',
        cause: { kind: 'error', error: 'the sandbox sent back a result that is not one' },
      })
    }
  })
})
