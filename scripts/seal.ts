// `npm run seal`: records the hashes of the grading kit in grader/integrity.json. Run it
// after changing anything under grader/ or runtime/, or package.json, and commit the result.
import { fileURLToPath } from 'node:url'
import { MANIFEST, seal } from '../grader/integrity.ts'

seal(fileURLToPath(new URL('..', import.meta.url)))
console.log(`sealed: ${MANIFEST}`)
