// `npm run handout -- OUTDIR [--kit-repo OWNER/NAME] [--kit-ref REF]`: writes the students'
// copy of the kit, ready to push as a template repository: no solutions, no kit tests,
// and a CI workflow that grades with a pristine grader pinned at REF.
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { seal } from '../grader/integrity.ts'

const kitRoot = fileURLToPath(new URL('..', import.meta.url))
/** What students get. Everything else (solutions/, tests/, scripts/, .ci/) stays with the teacher. */
const HANDED_OUT = ['exercises', 'grader', 'runtime', 'README.md', 'README.fr.md', 'package-lock.json', 'tsconfig.json', '.gitignore']
const STUDENT_SCRIPTS = ['grade', 'typecheck', 'try', 'hint']

function git(...args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: kitRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    return undefined
  }
}

/** OWNER/NAME of the kit on GitHub, from the origin remote when it is there. */
function originRepository(): string | undefined {
  return git('remote', 'get-url', 'origin')?.match(/github\.com[:/](.+?\/.+?)(\.git)?$/)?.[1]
}

function handout(out: string, kitRepository: string | undefined, kitRef: string | undefined): string[] {
  if (existsSync(out) && readdirSync(out).length > 0) throw new Error(`${out} is not empty`)
  mkdirSync(out, { recursive: true })
  for (const path of HANDED_OUT.filter((path) => existsSync(join(kitRoot, path)))) {
    cpSync(join(kitRoot, path), join(out, path), { recursive: true })
  }
  const pkg = JSON.parse(readFileSync(join(kitRoot, 'package.json'), 'utf8'))
  pkg.scripts = Object.fromEntries(Object.entries(pkg.scripts).filter(([name]) => STUDENT_SCRIPTS.includes(name)))
  writeFileSync(join(out, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`)

  const warnings: string[] = []
  if (!kitRepository) warnings.push('no --kit-repo and no GitHub origin: edit KIT_REPOSITORY in .github/workflows/grade.yml')
  if (!kitRef) warnings.push('no --kit-ref and no git commit: edit KIT_REF in .github/workflows/grade.yml')
  const workflow = readFileSync(join(kitRoot, 'classroom/student-workflow.yml'), 'utf8')
    .replace('repository: KIT_REPOSITORY', `repository: ${kitRepository ?? 'KIT_REPOSITORY'}`)
    .replace('ref: KIT_REF', `ref: ${kitRef ?? 'KIT_REF'}`)
  mkdirSync(join(out, '.github/workflows'), { recursive: true })
  writeFileSync(join(out, '.github/workflows/grade.yml'), workflow)
  // The handout's package.json differs from the kit's: its manifest describes the handout.
  seal(out)
  return warnings
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'kit-repo': { type: 'string' }, 'kit-ref': { type: 'string' } },
})
const [out] = positionals
if (!out || positionals.length > 1) {
  console.error('Usage: npm run handout -- OUTDIR [--kit-repo OWNER/NAME] [--kit-ref REF]')
  process.exit(2)
}
try {
  const warnings = handout(resolve(out), values['kit-repo'] ?? originRepository(), values['kit-ref'] ?? git('rev-parse', 'HEAD'))
  for (const warning of warnings) console.warn(`warning: ${warning}`)
  console.log(`handout written to ${resolve(out)}: push it as the students' template repository`)
} catch (error) {
  console.error(`error: ${(error as Error).message}`)
  process.exit(2)
}
