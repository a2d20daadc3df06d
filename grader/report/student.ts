// Who a single grading is about, for the formats that name the student (JUnit's suite
// properties): `--student NAME` when given; on GitHub Actions the repository, which
// GitHub Classroom makes one per student; otherwise the graded folder's name, or its
// parent's when the folder is the usual exercises/.
import { basename, dirname } from 'node:path'

export function studentOf(dir: string, given: string | undefined, env: NodeJS.ProcessEnv): string {
  if (given) return given
  if (env.GITHUB_ACTIONS === 'true' && env.GITHUB_REPOSITORY) return env.GITHUB_REPOSITORY
  const name = basename(dir)
  return name === 'exercises' ? basename(dirname(dir)) || name : name
}
