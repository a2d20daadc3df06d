// `npm run handout -- OUTDIR [--grader-repo OWNER/NAME] [--grader-ref REF] [--classroom]`
// writes the two repositories a class needs, neither holding a solution:
//   OUTDIR/students  the students' template repository: exercises/ (stubs, statements,
//                    hints), their READMEs, a package.json whose one dependency is the
//                    grader package pinned (github:OWNER/NAME#REF), a tsconfig.json, and
//                    the CI workflow (grade.yml; GitHub Classroom's classroom.yml with
//                    --classroom) that grades with that pinned grader;
//   OUTDIR/grader    the grader package: what npm packs of the kit (package.json `files`:
//                    no solutions, no tests, no authoring scripts), sealed. Push it as
//                    OWNER/NAME and tag it REF: a kit update is a new tag and a version bump.
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { catalog } from '../grader/catalog.ts'
import { seal } from '../grader/integrity.ts'

const kitRoot = fileURLToPath(new URL('..', import.meta.url))
const kitPackage = JSON.parse(readFileSync(join(kitRoot, 'package.json'), 'utf8'))

/** The grader package, as npm packs the kit, in `out`. */
function writeGrader(out: string): void {
  const packed = mkdtempSync(join(tmpdir(), 'kit-pack-'))
  try {
    const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', packed], { cwd: kitRoot, encoding: 'utf8' }))
    mkdirSync(out, { recursive: true })
    execFileSync('tar', ['-xzf', join(packed, filename), '-C', out, '--strip-components=1'])
  } finally {
    rmSync(packed, { recursive: true, force: true })
  }
  seal(out)
}

/** The students' repository: their exercises, and the grader as a pinned dependency. */
function writeStudents(out: string, graderRepository: string, graderRef: string, classroom: boolean): void {
  cpSync(join(kitRoot, 'exercises'), join(out, 'exercises'), { recursive: true })
  const exercises = catalog.map((exercise) => `\`${exercise.id}\`${exercise.bonus ? ' (bonus)' : ''}`).join(', ')
  for (const readme of ['README.md', 'README.fr.md']) {
    const text = readFileSync(join(kitRoot, 'classroom/student-repo', readme), 'utf8')
    writeFileSync(join(out, readme), text.replace('EXERCISE_LIST', exercises))
  }
  const pkg = {
    name: 'async-exercises',
    private: true,
    type: 'module',
    engines: kitPackage.engines,
    // The stubs import #runtime: the grader package's runtime, as in the kit.
    imports: { '#runtime': `${kitPackage.name}/runtime` },
    scripts: { grade: 'async-kit grade', hint: 'async-kit hint', try: 'async-kit try', typecheck: 'tsc --noEmit' },
    dependencies: { [kitPackage.name]: `github:${graderRepository}#${graderRef}` },
    devDependencies: { typescript: kitPackage.devDependencies.typescript, '@types/node': kitPackage.devDependencies['@types/node'] },
  }
  writeFileSync(join(out, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`)
  const { paths: _kitOnly, ...compilerOptions } = JSON.parse(readFileSync(join(kitRoot, 'tsconfig.json'), 'utf8')).compilerOptions
  writeFileSync(join(out, 'tsconfig.json'), `${JSON.stringify({ compilerOptions, include: ['exercises'] }, null, 2)}\n`)
  writeFileSync(join(out, '.gitignore'), 'node_modules/\n.hints-progress.json\n')
  const [source, target] = classroom ? ['classroom-workflow.yml', 'classroom.yml'] : ['student-workflow.yml', 'grade.yml']
  const workflow = readFileSync(join(kitRoot, 'classroom', source), 'utf8')
    .replaceAll('GRADER_REPOSITORY', graderRepository)
    .replaceAll('GRADER_REF', graderRef)
  mkdirSync(join(out, '.github/workflows'), { recursive: true })
  writeFileSync(join(out, '.github/workflows', target), workflow)
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'grader-repo': { type: 'string' }, 'grader-ref': { type: 'string' }, classroom: { type: 'boolean' } },
})
const [out] = positionals
if (!out || positionals.length > 1) {
  console.error('Usage: npm run handout -- OUTDIR [--grader-repo OWNER/NAME] [--grader-ref REF] [--classroom]')
  process.exit(2)
}
const root = resolve(out)
if (existsSync(root) && readdirSync(root).length > 0) {
  console.error(`error: ${root} is not empty`)
  process.exit(2)
}
const graderRepository = values['grader-repo'] ?? 'GRADER_REPOSITORY'
const graderRef = values['grader-ref'] ?? `v${kitPackage.version}`
writeGrader(join(root, 'grader'))
writeStudents(join(root, 'students'), graderRepository, graderRef, values.classroom ?? false)
if (!values['grader-repo']) console.warn('warning: no --grader-repo: replace GRADER_REPOSITORY in students/package.json and its workflow')
console.log(`written to ${root}:
  grader/    push it as ${graderRepository} and tag it ${graderRef} (the grader package: no solutions)
  students/  push it as the students' template repository (its package.json and workflow use that tag)`)
