// `npm run bench` times a vitest start with nothing to do but this one trivial test.
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({ test: { root: fileURLToPath(new URL('.', import.meta.url)), include: ['floor.test.ts'] } })
