import { sleep } from '#runtime'
import { defineScenarios } from '../../sandbox/scenario.ts'
export default defineScenarios({
  abortTimeout: {
    uses: [],
    run: async ({ recorder }) => {
      const s = AbortSignal.timeout(3000)
      s.addEventListener('abort', () => recorder.event('sig', `aborted ${s.reason?.name}`))
      await sleep(1000)
      const any = typeof (AbortSignal as any).any
      return { any, t: recorder.now() }
    },
  },
  abortTimeoutFires: {
    uses: [],
    run: async ({ recorder }) => {
      const s = AbortSignal.timeout(3000)
      s.addEventListener('abort', () => recorder.event('sig', `aborted ${s.reason?.name}`))
      await sleep(4000)
      const c = new AbortController()
      const a = AbortSignal.any([c.signal, AbortSignal.timeout(100)])
      a.addEventListener('abort', () => recorder.event('any', `aborted ${a.reason?.name}`))
      await sleep(200)
      return { t: recorder.now(), aborted: s.aborted }
    },
  },
})
