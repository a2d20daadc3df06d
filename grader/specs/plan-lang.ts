// The language of this grading, from the plan. In a jail, which reads no file, the world's
// bundle gets this module replaced by the language itself (compile.ts).
import { PLAN_ENV, readPlan } from '../spec-process.ts'
import type { Lang } from '../language.ts'

export function planLang(): Lang {
  const planFile = process.env[PLAN_ENV]
  return planFile ? readPlan(planFile).lang : 'en'
}
