// `npm run check [-- ID...]`: the kit's own `rustlings dev check`. In one command it proves every
// exercise of the catalog complete and consistent, and says what to do next where it is not:
//   - its files: statement and hints in English and French, stub, solution, world, specs;
//   - the statements' grading tables say exactly what the catalog says (titles, points, total);
//   - nothing the scaffold marked TODO(author) is left, and the kit's READMEs list it;
//   - the #runtime types the stub names are exported by runtime/index.ts;
//   - graded for real: the stub scores 0 ("not implemented yet"), the solution full, every
//     do-nothing submission (tests/submissions/ID/do-nothing-*.ts) 0 on every check, every
//     correct alternative (correct-*.ts) full, and each check is failed by at least one
//     wrong solution (the other files of tests/submissions/ID/).
// `npm test` runs it (tests/catalog.test.ts). Exit status 1 when something is missing.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { type CatalogExercise, catalog, maxPoints } from '../grader/catalog.ts'
import { grade } from '../grader/engine/grade.ts'
import { MAX_HINTS, MIN_HINTS, parseHints } from '../grader/hint.ts'
import { SCENARIOS_FILE, sideOf, specsDir } from '../grader/layout.ts'
import { type Submission, submissionFromDir } from '../grader/engine/submission.ts'
import type { Lang } from '../grader/language.ts'
import type { ExerciseResult } from '../grader/report/schema.ts'
import type { SandboxLimits } from '../grader/sandbox/run-in-sandbox.ts'

const kitRoot = fileURLToPath(new URL('..', import.meta.url))

export interface ExerciseCheck {
  id: string
  /** What is missing or wrong, each with what to do about it. Empty: the exercise is complete. */
  problems: string[]
  /** What was proved, for the summary. */
  proved: string[]
}

const STATEMENTS: Record<Lang, { file: string; header: string }> = {
  en: { file: 'README.md', header: '| Check | Points |' },
  fr: { file: 'README.fr.md', header: '| Vérification | Points |' },
}

/** The rows of a statement's grading table: [title, points], and the total it states. */
export function gradingTable(markdown: string, header: string): { rows: [string, number][]; total?: number } | undefined {
  const lines = markdown.split('\n')
  const start = lines.findIndex((line) => line.trim() === header)
  if (start < 0) return undefined
  const rows: [string, number][] = []
  let total: number | undefined
  for (const line of lines.slice(start + 2)) {
    const cells = /^\|(.*)\|\s*(\S+)\s*\|$/.exec(line.trim())
    if (!cells) break
    const [title, points] = [cells[1]!.trim(), cells[2]!.replace(/\*/g, '')]
    if (/^\*\*.*\*\*$/.test(title)) total = Number(points)
    else rows.push([title.replace(/\\\|/g, '|'), Number(points)])
  }
  return { rows, ...(total === undefined ? {} : { total }) }
}

function checkFiles(exercise: CatalogExercise): string[] {
  const { id, file } = exercise
  const needed: [string, string][] = [
    [`exercises/${id}/README.md`, 'write the statement in English'],
    [`exercises/${id}/README.fr.md`, 'write the statement in French'],
    [`exercises/${id}/HINTS.md`, 'write the hints in English (one "## " section a hint)'],
    [`exercises/${id}/HINTS.fr.md`, 'write the hints in French'],
    [`exercises/${id}/${file}`, 'write the stub the student fills in'],
    [`solutions/${id}/${file}`, 'write the reference solution'],
    [`grader/specs/${id}/${SCENARIOS_FILE}`, 'write the world and its scenarios (they run in the jail)'],
    [`grader/specs/${id}/${id}.spec.ts`, 'write the checks'],
    [`grader/specs/${id}/texts.ts`, 'write what the checks say, in English and French'],
  ]
  return needed.filter(([path]) => !existsSync(join(kitRoot, path))).map(([path, todo]) => `${path} is missing: ${todo}`)
}

/** An import of a file of the same folder: `import type` or not, and the file's name. */
const LOCAL_IMPORT = /^(?:import|export)\s+(type\s+)?[^'"]*?from\s+['"]\.\/([^'"]+)['"]/gm

/** The layout's one rule (grader/layout.ts): the spec process reads a jail file for its types only. */
function checkLayout(exercise: CatalogExercise): string[] {
  const dir = specsDir(exercise.id)
  if (!existsSync(dir)) return []
  return (
    readdirSync(dir)
      // The spec process runs spec-side and shared files alike.
      .filter((name) => name.endsWith('.ts') && sideOf(name) !== 'jail')
      .flatMap((name) =>
        [...readFileSync(join(dir, name), 'utf8').matchAll(LOCAL_IMPORT)]
          .filter(([, typeOnly, target]) => !typeOnly && sideOf(target!) === 'jail')
          .map(
            ([, , target]) =>
              `grader/specs/${exercise.id}/${name} imports values from ${target}, which runs in the jail: move what both sides need to a *.shared.ts file, or import type`,
          ),
      )
  )
}

function checkStatements(exercise: CatalogExercise): string[] {
  const problems: string[] = []
  for (const [lang, { file, header }] of Object.entries(STATEMENTS) as [Lang, (typeof STATEMENTS)[Lang]][]) {
    const path = join(kitRoot, 'exercises', exercise.id, file)
    if (!existsSync(path)) continue
    const table = gradingTable(readFileSync(path, 'utf8'), header)
    const where = `exercises/${exercise.id}/${file}`
    if (!table) {
      problems.push(`${where} has no grading table: add one under "${header}" listing each check of grader/catalog.ts and its points`)
      continue
    }
    const expected = exercise.checks.map((check): [string, number] => [check.title[lang], check.points])
    expected.forEach(([title, points], index) => {
      const row = table.rows[index]
      if (!row || row[0] !== title || row[1] !== points) {
        problems.push(
          `${where}, grading table row ${index + 1}: the catalog says "${title}" for ${points}, the statement ${row ? `"${row[0]}" for ${row[1]}` : 'nothing'}`,
        )
      }
    })
    if (table.rows.length > expected.length) problems.push(`${where}: the grading table has ${table.rows.length} rows, the catalog ${expected.length} checks`)
    if (table.total !== maxPoints(exercise))
      problems.push(`${where}: the grading table's total says ${table.total ?? 'nothing'}, the catalog ${maxPoints(exercise)}`)
  }
  return problems
}

/** What the scaffold (`npm run new-exercise`) left for the author, and the kit's own READMEs. */
function checkLeftToWrite(exercise: CatalogExercise): string[] {
  const problems: string[] = []
  for (const file of ['README.md', 'README.fr.md', 'HINTS.md', 'HINTS.fr.md']) {
    const path = join(kitRoot, 'exercises', exercise.id, file)
    if (existsSync(path) && readFileSync(path, 'utf8').includes('TODO(author)'))
      problems.push(`exercises/${exercise.id}/${file} still says TODO(author): write it`)
  }
  const hintsIn = (file: string) => {
    const path = join(kitRoot, 'exercises', exercise.id, file)
    return existsSync(path) ? parseHints(readFileSync(path, 'utf8')).length : 0
  }
  const [english, french] = [hintsIn('HINTS.md'), hintsIn('HINTS.fr.md')]
  if (english < MIN_HINTS || english > MAX_HINTS)
    problems.push(`exercises/${exercise.id}/HINTS.md has ${english} hints: give ${MIN_HINTS} to ${MAX_HINTS}, each leading to the next`)
  if (french !== english) problems.push(`exercises/${exercise.id}/HINTS.fr.md has ${french} hints, HINTS.md ${english}: give as many in each language`)
  for (const readme of ['README.md', 'README.fr.md']) {
    if (!readFileSync(join(kitRoot, readme), 'utf8').includes(`| \`${exercise.id}\``)) {
      problems.push(`${readme} does not list ${exercise.id}: add its row to the table of exercises, with what it teaches`)
    }
  }
  return problems
}

function checkWorldTypes(exercise: CatalogExercise): string[] {
  const stub = join(kitRoot, 'exercises', exercise.id, exercise.file)
  if (!existsSync(stub)) return []
  const exported = readFileSync(join(kitRoot, 'runtime/index.ts'), 'utf8')
  const names = [...readFileSync(stub, 'utf8').matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'#runtime'/g)].flatMap((match) =>
    match[1]!
      .split(',')
      .map((name) => name.replace(/^\s*type\s+/, '').trim())
      .filter(Boolean),
  )
  return names
    .filter((name) => !new RegExp(`\\b${name}\\b`).test(exported))
    .map((name) => `the stub imports ${name} from #runtime, which runtime/index.ts does not export: declare it in runtime/world.ts and export it`)
}

/** The test submissions of an exercise, by kind: do-nothing-*, correct-*, and the wrong ones. */
function submissionsOf(id: string): Record<'doNothing' | 'correct' | 'wrong', string[]> {
  const dir = join(kitRoot, 'tests/submissions', id)
  const files = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.ts')) : []
  const path = (name: string) => join(dir, name)
  return {
    doNothing: files.filter((name) => name.startsWith('do-nothing')).map(path),
    correct: files.filter((name) => name.startsWith('correct')).map(path),
    wrong: files.filter((name) => !name.startsWith('do-nothing') && !name.startsWith('correct')).map(path),
  }
}

const failedIds = (result: ExerciseResult) => result.checks.filter((check) => check.status === 'failed').map((check) => check.id)

/** What one grading of the kit gave, by exercise and file graded (`gradedKey`). */
export type KitGrading = Record<string, ExerciseResult>

export const gradedKey = (exerciseId: string, file: string) => `${exerciseId} ${file}`

const stubOf = (exercise: CatalogExercise) => join(kitRoot, 'exercises', exercise.id, exercise.file)
const solutionOf = (exercise: CatalogExercise) => join(kitRoot, 'solutions', exercise.id, exercise.file)

/** Grades every stub, solution and test submission of `exercises`, in one run. */
export async function gradeKit(exercises: readonly CatalogExercise[] = catalog, limits?: Partial<SandboxLimits>): Promise<KitGrading> {
  const submissions: Submission[] = [
    submissionFromDir(join(kitRoot, 'exercises'), exercises, 'stubs'),
    submissionFromDir(join(kitRoot, 'solutions'), exercises, 'solutions'),
  ]
  for (const exercise of exercises) {
    for (const file of Object.values(submissionsOf(exercise.id)).flat()) {
      submissions.push({ key: `${exercise.id}:${basename(file, '.ts')}`, label: file, files: { [exercise.id]: file } })
    }
  }
  const reports = await grade(submissions, { exercises, ...(limits ? { limits } : {}) })
  const grading: KitGrading = {}
  submissions.forEach((submission, index) => {
    for (const result of reports[index]!.exercises) {
      const file = submission.files[result.id]
      if (file) grading[gradedKey(result.id, file)] = result
    }
  })
  return grading
}

/** Grades the kit and judges every exercise complete and consistent, or says what is missing. */
export async function checkKit(exercises: readonly CatalogExercise[] = catalog, limits?: Partial<SandboxLimits>): Promise<ExerciseCheck[]> {
  return judgeKit(exercises, await gradeKit(exercises, limits))
}

/** Judges each exercise from a grading of the kit (gradeKit). */
export function judgeKit(exercises: readonly CatalogExercise[], grading: KitGrading): ExerciseCheck[] {
  const kinds = new Map(exercises.map((exercise) => [exercise.id, submissionsOf(exercise.id)]))
  return exercises.map((exercise) => {
    const problems = [
      ...checkFiles(exercise),
      ...checkLayout(exercise),
      ...checkStatements(exercise),
      ...checkLeftToWrite(exercise),
      ...checkWorldTypes(exercise),
    ]
    const proved: string[] = []
    const { id } = exercise
    const kind = kinds.get(id)!
    const stub = grading[gradedKey(id, stubOf(exercise))]
    if (stub && (stub.points > 0 || stub.checks.some((check) => !/not implemented yet/.test(check.message ?? '')))) {
      problems.push(
        `the stub scores ${stub.points}/${stub.max}, or a check does not say "not implemented yet": every function of the stub must throw the stub's error`,
      )
    } else if (stub) proved.push('the stub scores 0')
    const solution = grading[gradedKey(id, solutionOf(exercise))]
    if (solution && solution.points < solution.max)
      problems.push(`the solution scores ${solution.points}/${solution.max}: it fails ${failedIds(solution).join(', ')}`)
    else if (solution) proved.push('the solution scores full')

    const run = (file: string) => grading[gradedKey(id, file)]!
    if (kind.doNothing.length === 0)
      problems.push(`no do-nothing submission: add tests/submissions/${id}/do-nothing-NAME.ts (empty or constant returns, no calls)`)
    const earning = kind.doNothing.filter((file) => run(file).points > 0)
    for (const file of earning) {
      const passed = run(file).checks.filter((check) => check.status === 'passed')
      problems.push(
        `${basename(file)} does nothing but scores ${run(file).points}: ${passed.map((check) => check.id).join(', ')} pass without the work they name`,
      )
    }
    if (kind.doNothing.length > 0 && earning.length === 0) proved.push(`${kind.doNothing.length} do-nothing submissions score 0`)
    for (const file of kind.correct) {
      const result = run(file)
      if (result.points < result.max) problems.push(`${basename(file)} is correct but loses ${failedIds(result).join(', ')}`)
    }
    if (kind.correct.length > 0) proved.push(`${kind.correct.length} correct alternatives`)
    const failedBySome = new Set(kind.wrong.flatMap((file) => failedIds(run(file))))
    const unfailed = exercise.checks.filter((check) => !failedBySome.has(check.id))
    for (const check of unfailed) problems.push(`no wrong solution fails ${check.id}: add one to tests/submissions/${id}/ with the misconception it catches`)
    if (unfailed.length === 0) proved.push(`each of the ${exercise.checks.length} checks is failed by one of ${kind.wrong.length} wrong solutions`)
    return { id, problems, proved }
  })
}

async function main(ids: string[]): Promise<number> {
  const unknown = ids.filter((id) => !catalog.some((exercise) => exercise.id === id))
  if (unknown.length > 0) {
    console.error(`error: unknown exercise ${unknown.join(', ')}\nUsage: npm run check [-- ID...]`)
    return 2
  }
  const results = await checkKit(ids.length > 0 ? catalog.filter((exercise) => ids.includes(exercise.id)) : catalog)
  for (const { id, problems, proved } of results) {
    console.log(`${problems.length === 0 ? '✓' : '✗'} ${id}${proved.length ? `: ${proved.join(', ')}` : ''}`)
    for (const problem of problems) console.log(`    - ${problem}`)
  }
  const incomplete = results.filter((result) => result.problems.length > 0)
  if (incomplete.length === 0) {
    console.log(`\nEvery exercise is complete (${results.length}).`)
    return 0
  }
  console.log(`\n${incomplete.length} of ${results.length} exercises need work. Next: ${incomplete[0]!.id}: ${incomplete[0]!.problems[0]}`)
  return 1
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = await main(process.argv.slice(2))
