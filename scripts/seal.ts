// `npm run seal`: records the hashes of this copy of the kit in grader/integrity.json, for
// a teacher who hands out a kit of their own making. `npm run handout` seals the copy it
// writes by itself, and the kit's own repository commits no manifest (nothing to re-seal).
import { fileURLToPath } from 'node:url'
import { MANIFEST, seal } from '../grader/integrity.ts'

seal(fileURLToPath(new URL('..', import.meta.url)))
console.log(`sealed: ${MANIFEST}`)
