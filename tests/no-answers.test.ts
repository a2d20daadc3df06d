// The students' handout states no answer. A student who pastes it instead of working (every
// file of the handout's grader and runtime copied into the exercise's folder, since a
// submission may import only its own folder and #runtime, and whatever of it has the name or
// the shape of an export the exercise asks for exported as that export) earns no point from
// the real engine. And, cheaply: no file and no function body of solutions/ is in the handout,
// and nothing in it, at any depth, has the shape of a class or function an exercise asks for.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, normalize, relative } from 'node:path'
import { transformSync } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseAst } from 'vitest/node'
import { type CatalogExercise, catalog } from '../grader/catalog.ts'
import { grade } from '../grader/engine/grade.ts'
import type { ExerciseResult } from '../grader/report/schema.ts'
import { runKit } from './support/cli.ts'
import { kitRoot, testLimits } from './support/grading.ts'

/**
 * What the handout still gives away, by exercise, where the fix is not this test's owner's to
 * make: the checks a pasted submission may still earn, and why. The test fails on a check
 * earned that is not listed, and on an entry whose submission earns nothing any more (its
 * cause is fixed: the entry goes).
 */
const KNOWN_LEAKS: Record<string, { earns: string[]; why: string }> = {}

/** A function body shorter than this holds no answer: a rule the statement gives (`ms < load.timeoutMs`), a field read. */
const TRIVIAL_BODY = 40

// The handout's own modules a submission bundles as the jail's build does: the grading's
// language is fixed in place of the module that reads it from a file.
const PLAN_LANG = 'grader/specs/plan-lang.ts'
const FIXED_LANG = "export const planLang = () => 'en'\n"
/** What a submission may import besides its own folder (grader/sandbox/compile.ts). */
const GIVEN_MODULES = ['#runtime', 'node:timers', 'node:timers/promises']

type Node = { type: string; start: number; end: number; [key: string]: any }

interface Declaration {
  name: string
  kind: 'function' | 'class' | 'value'
  /** A function's parameter names. */
  params: string[]
  /** A class's method names. */
  methods: string[]
  /** The keys of an object it is initialised with, sorted. */
  keys?: string
  topLevel: boolean
  exported: boolean
}

interface Analysis {
  /** What its code still imports once the types are gone. */
  imports: string[]
  declarations: Declaration[]
  /** Object literals of plain values (numbers, strings, booleans), as `{ key: v, ... }` texts, by their sorted keys. */
  literals: { keys: string; text: string }[]
  /** Every function body, whitespace collapsed. */
  bodies: string[]
}

/** Every node of a tree, parents first. */
function* walk(node: unknown): Generator<Node> {
  if (Array.isArray(node)) for (const item of node) yield* walk(item)
  else if (node && typeof node === 'object') {
    if (typeof (node as Node).type === 'string') yield node as Node
    for (const [key, value] of Object.entries(node)) if (key !== 'type') yield* walk(value)
  }
}

const paramName = (param: Node): string =>
  param.type === 'Identifier'
    ? param.name
    : param.type === 'AssignmentPattern'
      ? paramName(param.left)
      : param.type === 'RestElement'
        ? paramName(param.argument)
        : '{}'
const isFunction = (node: Node | undefined) => node?.type === 'ArrowFunctionExpression' || node?.type === 'FunctionExpression'
const methodsOf = (node: Node) =>
  (node.body.body as Node[]).filter((member) => member.type === 'MethodDefinition' && member.kind !== 'constructor').map((member) => member.key.name as string)
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim()

/** A TypeScript file as its code: types stripped by esbuild (which prints it in one canonical style), then parsed. */
function analyse(source: string): Analysis {
  const js = transformSync(source, { loader: 'ts', target: 'es2022' }).code
  const program = parseAst(js) as unknown as Node
  const analysis: Analysis = { imports: [], declarations: [], literals: [], bodies: [] }
  for (const statement of program.body as Node[]) if (statement.source) analysis.imports.push(statement.source.value)
  // Top level: a statement of the program, or the declaration an export statement wraps.
  const statements = program.body as Node[]
  const topLevel = new Set(statements.map((statement) => statement.declaration ?? statement))
  const exported = new Set(
    statements.flatMap((statement) => (statement.type === 'ExportNamedDeclaration' && statement.declaration ? [statement.declaration] : [])),
  )
  for (const node of walk(program)) {
    const where = { topLevel: topLevel.has(node), exported: exported.has(node) }
    if (node.type === 'FunctionDeclaration' && node.id) {
      analysis.declarations.push({ name: node.id.name, kind: 'function', params: node.params.map(paramName), methods: [], ...where })
    } else if ((node.type === 'ClassDeclaration' || node.type === 'ClassExpression') && node.id) {
      analysis.declarations.push({ name: node.id.name, kind: 'class', params: [], methods: methodsOf(node), ...where })
    } else if (node.type === 'VariableDeclaration') {
      for (const declarator of node.declarations as Node[]) {
        if (declarator.id.type !== 'Identifier') continue
        const init = declarator.init as Node | undefined
        const kind = isFunction(init) ? 'function' : init?.type === 'ClassExpression' ? 'class' : 'value'
        const params = kind === 'function' ? init!.params.map(paramName) : []
        const keys = init?.type === 'ObjectExpression' ? { keys: keysOf(init) } : {}
        analysis.declarations.push({ name: declarator.id.name, kind, params, methods: kind === 'class' ? methodsOf(init!) : [], ...keys, ...where })
      }
    } else if (node.type === 'ObjectExpression' && node.properties.length > 0) {
      const plain = (node.properties as Node[]).every(
        (property) => property.type === 'Property' && property.key.type === 'Identifier' && property.value.type === 'Literal' && property.value.value !== null,
      )
      if (plain) analysis.literals.push({ keys: keysOf(node), text: js.slice(node.start, node.end) })
    }
    if ((node.type === 'FunctionDeclaration' || isFunction(node)) && node.body) analysis.bodies.push(collapse(js.slice(node.body.start, node.body.end)))
  }
  return analysis
}

/** An object literal's keys, sorted: a spread or a computed key shows as `...`. */
const keysOf = (object: Node) =>
  (object.properties as Node[])
    .map((property) => (property.type === 'Property' && property.key.type === 'Identifier' ? (property.key.name as string) : '...'))
    .sort()
    .join(',')

/** What an exercise asks for: the exports of its stub, with their shapes. */
const wantedOf = (stub: string): Declaration[] => analyse(stub).declarations.filter((declaration) => declaration.exported)

/**
 * The exports of an exercise's stub, each data table with the keys the solution gives it
 * (a stub's placeholder table may list none: `{} as Record<...>`).
 */
function wantedIn(exercise: CatalogExercise): Declaration[] {
  const solved = analyse(readFileSync(join(kitRoot, 'solutions', exercise.id, exercise.file), 'utf8')).declarations
  return wantedOf(readFileSync(stubOf(exercise), 'utf8')).map((wanted) => {
    const keys = solved.find((declaration) => declaration.exported && declaration.name === wanted.name)?.keys
    return wanted.kind === 'value' && !wanted.keys && keys ? { ...wanted, keys } : wanted
  })
}

/** Where the pasted handout lies in an exercise's folder. */
const PASTED = 'handout'

/**
 * A handout file as pasted into a submission: every top-level declaration exported, so that
 * what the file keeps to itself can be handed in too.
 */
function pastedText(path: string, source: string): string {
  if (path === PLAN_LANG) return FIXED_LANG
  const listed = new Set(
    [...source.matchAll(/export\s*\{([^}]*)\}(?!\s*from)/g)].flatMap((match) => match[1]!.split(',').map((entry) => entry.trim().split(/\s+as\s+/)[0]!)),
  )
  return source.replace(/^(async function|function\*?|class|abstract class|const|let) ([A-Za-z_$][\w$]*)/gm, (line, _keyword, name: string) =>
    listed.has(name) ? line : `export ${line}`,
  )
}

function filesIn(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesIn(join(dir, entry.name), root) : [relative(root, join(dir, entry.name))],
  )
}

let scratch: string
/** The two repositories a class gets: OUTDIR/grader, the grader package, and OUTDIR/students. */
let handout: string
let graderPackage: string
/** Every TypeScript file the grader package ships under grader/ and runtime/, by path in it. */
let sources: Map<string, string>
let analyses: Map<string, Analysis>

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'kit-no-answers-'))
  handout = join(scratch, 'handout')
  graderPackage = join(handout, 'grader')
  const made = await runKit('scripts/handout.ts', [handout, '--grader-repo', 'teacher/async-grader', '--grader-ref', 'v1'])
  expect(made.code).toBe(0)
  sources = new Map(
    filesIn(graderPackage)
      .filter((path) => /^(grader|runtime)\//.test(path) && path.endsWith('.ts'))
      .map((path) => [path, readFileSync(join(graderPackage, path), 'utf8')]),
  )
  analyses = new Map([...sources].map(([path, source]) => [path, analyse(source)]))
})

afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** The stub an exercise starts from, as the students' repository holds it. */
const stubOf = (exercise: CatalogExercise) => join(handout, 'students/exercises', exercise.id, exercise.file)

/** Whether a submission can bundle the file: everything it imports, all the way down, is pasted too or given. */
function pasteable(path: string, seen = new Set<string>()): boolean {
  if (path === PLAN_LANG || seen.has(path)) return true
  seen.add(path)
  return analyses.get(path)!.imports.every((specifier) => {
    if (GIVEN_MODULES.includes(specifier)) return true
    const target = normalize(join(dirname(path), specifier))
    return specifier.startsWith('.') && sources.has(target) && pasteable(target, seen)
  })
}

type Candidate = { file: string; name: string } | { literal: string }

/** A declaration of the shape of what an exercise wants: a function of the same parameters, a class with every method. */
function sameShape(declaration: Declaration, wanted: Declaration): boolean {
  if (declaration.kind !== wanted.kind) return false
  if (wanted.kind === 'function') return wanted.params.length > 0 && declaration.params.join() === wanted.params.join()
  return wanted.kind === 'class' && wanted.methods.length > 0 && wanted.methods.every((method) => declaration.methods.includes(method))
}

/** What of the pasted handout a student would hand in as `wanted`: a declaration of its name or its shape, an object of its keys. */
function candidatesFor(wanted: Declaration): Candidate[] {
  const declared = [...analyses].flatMap(([file, analysis]) =>
    pasteable(file)
      ? analysis.declarations
          .filter(
            (declaration) => declaration.topLevel && declaration.kind === wanted.kind && (declaration.name === wanted.name || sameShape(declaration, wanted)),
          )
          .map((declaration) => ({ file, name: declaration.name }))
      : [],
  )
  const literals = wanted.keys ? [...analyses.values()].flatMap((analysis) => analysis.literals.filter((literal) => literal.keys === wanted.keys)) : []
  return [...declared, ...new Set(literals.map((literal) => collapse(literal.text)))].map((found) => (typeof found === 'string' ? { literal: found } : found))
}

const describeCandidate = (candidate: Candidate) => ('literal' in candidate ? candidate.literal : `${candidate.name} of ${candidate.file}`)

/**
 * The student files of an exercise: each candidate of each export handed in at least once,
 * every combination while there are few; the stub's own export where there is no candidate.
 */
function studentFiles(exercise: CatalogExercise): { text: string; handedIn: string[] }[] {
  const options = wantedIn(exercise).map((wanted) => ({ wanted, candidates: candidatesFor(wanted) }))
  let combinations: (Candidate | undefined)[][] = [[]]
  for (const { candidates } of options) {
    const choices = candidates.length > 0 ? candidates : [undefined]
    combinations = combinations.flatMap((chosen) => choices.map((choice) => [...chosen, choice]))
  }
  return combinations.map((chosen) => {
    const lines = chosen.map((candidate, index) => {
      const { name } = options[index]!.wanted
      if (!candidate) return `export { ${name} } from './stub.ts'`
      if ('literal' in candidate) return `export const ${name} = ${candidate.literal}`
      return `export { ${candidate.name} as ${name} } from './${PASTED}/${candidate.file}'`
    })
    const handedIn = chosen.flatMap((candidate, index) => (candidate ? [`${options[index]!.wanted.name}: ${describeCandidate(candidate)}`] : []))
    return { text: `${lines.join('\n')}\n`, handedIn }
  })
}

describe('a submission pasted from the handout', () => {
  let results: { exercise: CatalogExercise; handedIn: string[]; result: ExerciseResult }[]

  beforeAll(async () => {
    const submissions = catalog.flatMap((exercise) => {
      const folder = join(scratch, 'pasted', exercise.id)
      for (const [path, source] of sources) {
        mkdirSync(dirname(join(folder, PASTED, path)), { recursive: true })
        writeFileSync(join(folder, PASTED, path), pastedText(path, source))
      }
      cpSync(stubOf(exercise), join(folder, 'stub.ts'))
      return studentFiles(exercise).map(({ text, handedIn }, index) => {
        const file = join(folder, `pasted-${index}.ts`)
        writeFileSync(file, text)
        return { exercise, handedIn, submission: { key: `${exercise.id}/${index}`, label: file, root: dirname(folder), files: { [exercise.id]: file } } }
      })
    })
    const reports = await grade(
      submissions.map(({ submission }) => submission),
      { exercises: catalog, limits: testLimits },
    )
    results = submissions.map(({ exercise, handedIn }, index) => ({ exercise, handedIn, result: reports[index]!.exercises.find((e) => e.id === exercise.id)! }))
  })

  it.each(catalog.map((exercise) => [exercise.id, exercise] as const))('%s: earns no point', (id, exercise) => {
    const graded = results.filter((graded) => graded.exercise === exercise)
    expect(graded.length).toBeGreaterThan(0)
    // Each ran: a pasted file that does not load would prove nothing.
    for (const { result, handedIn } of graded) expect(result.status, `${handedIn.join('; ')}: ${result.message ?? ''}`).not.toBe('error')
    const earned = graded.flatMap(({ result, handedIn }) =>
      result.checks.filter((check) => check.status === 'passed').map((check) => ({ check: check.id, handedIn: handedIn.join('; ') })),
    )
    const leak = KNOWN_LEAKS[id]
    const unknown = earned.filter(({ check }) => !leak?.earns.includes(check))
    expect(unknown, 'a pasted submission earned these checks').toEqual([])
    // A known leak that earns nothing any more is gone: its entry goes too.
    if (leak) expect(earned.length, `${id}: ${leak.why}`).toBeGreaterThan(0)
  })
})

describe('the handout, read', () => {
  const solutions = () =>
    filesIn(join(kitRoot, 'solutions'))
      .filter((path) => path.endsWith('.ts'))
      .map((path) => ({ path, source: readFileSync(join(kitRoot, 'solutions', path), 'utf8') }))

  /** Every TypeScript file of both repositories, by path in the handout. */
  const handedOutCode = () =>
    filesIn(handout)
      .filter((path) => path.endsWith('.ts'))
      .map((path) => ({ path, source: readFileSync(join(handout, path), 'utf8') }))

  it('holds no file of solutions/', () => {
    const handedOut = new Set(handedOutCode().map(({ source }) => collapse(transformSync(source, { loader: 'ts' }).code)))
    expect(filesIn(handout).filter((path) => path.split('/').includes('solutions'))).toEqual([])
    for (const { path, source } of solutions()) expect(handedOut.has(collapse(transformSync(source, { loader: 'ts' }).code)), path).toBe(false)
  })

  it('holds no function body of solutions/', () => {
    // Each body the handout ships, and the files it is in.
    const handedOut = new Map<string, string[]>()
    for (const { path, source } of handedOutCode()) for (const body of analyse(source).bodies) handedOut.set(body, [...(handedOut.get(body) ?? []), path])
    const copied = solutions().flatMap(({ path, source }) =>
      analyse(source)
        .bodies.filter((body) => body.length >= TRIVIAL_BODY && handedOut.has(body))
        .map((body) => `${path}: ${body} (in ${handedOut.get(body)!.join(', ')})`),
    )
    expect(copied).toEqual([])
  })

  it('declares no class, at any depth, with the methods of a class an exercise asks for, nor a function of its name and parameters', () => {
    const lookalikes = catalog.flatMap((exercise) =>
      wantedOf(readFileSync(stubOf(exercise), 'utf8')).flatMap((wanted) =>
        [...analyses].flatMap(([file, analysis]) =>
          analysis.declarations
            .filter((declaration) => sameShape(declaration, wanted) && (wanted.kind === 'class' || declaration.name === wanted.name))
            .map((declaration) => `${exercise.id}: ${wanted.name} ~ ${declaration.name}(${declaration.params}) {${declaration.methods}} in ${file}`),
        ),
      ),
    )
    expect(lookalikes).toEqual([])
  })
})
