// `node grader/launch.mjs grader/extra-specs/probe.ts DIR OUT`: loads the private checks of
// DIR as a grading would, in a process of its own (their top-level code runs here, not in
// the grader), and writes to OUT what they define and every problem found. Before loading
// each spec file it says which on stderr, so that a file that ends the process is named.
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { findExercise } from '../catalog.ts'
import { scenariosFileOf } from '../layout.ts'
import { loadSpecs, specFilesIn } from './load-specs.ts'
import { LOADING, type LoadedSpec, type ProbeResult } from './protocol.ts'
import { kitWorldProblems, privateWorldProblems, type WorldUse } from './worlds.ts'

/** Every scenarios file the specs run, with who runs what from it; the kit's own apart. */
function worldsUsed(specs: readonly LoadedSpec[]): Map<string, { kit: boolean; uses: WorldUse[] }> {
  const worlds = new Map<string, { kit: boolean; uses: WorldUse[] }>()
  for (const { file: spec, defined } of specs) {
    for (const { exercise, scenarios, scenarioNames } of defined) {
      if (!scenarios && !findExercise(exercise)) continue
      const world = scenarios ?? scenariosFileOf(exercise)
      const entry = worlds.get(world) ?? { kit: !scenarios, uses: [] }
      entry.uses.push({ spec, names: scenarioNames })
      worlds.set(world, entry)
    }
  }
  return worlds
}

async function probe(dir: string): Promise<ProbeResult> {
  const specFiles = specFilesIn(dir)
  const { specs, problems } = await loadSpecs(specFiles, (file) => process.stderr.write(`\n${LOADING}${file}\n`))
  for (const [world, { kit, uses }] of worldsUsed(specs)) {
    problems.push(...(await (kit ? kitWorldProblems(world, uses) : privateWorldProblems(world, uses))))
  }
  return { specFiles, specs, problems }
}

const [dir, out] = process.argv.slice(2)
if (dir && out) {
  writeFileSync(out, JSON.stringify(await probe(resolve(dir))))
  // A spec file's timers or sockets must not keep the grading waiting.
  process.exit(0)
}
