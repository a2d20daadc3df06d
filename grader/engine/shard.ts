// `--shard K/N`: the K-th of N parts of a class, for grading on N machines. A student's
// part comes from a hash of the folder's name alone, so adding or removing a student
// never moves another to a different shard (a re-run of one CI job regrades its own).
import { createHash } from 'node:crypto'

export interface Shard {
  /** 1 to count. */
  index: number
  count: number
}

/** "K/N" with 1 <= K <= N; otherwise an error saying what is expected. */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim())
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || count < 1 || count > 10_000 || index < 1 || index > count) {
    throw new Error(`--shard takes K/N with 1 <= K <= N <= 10000 (for example 2/5), not "${text}"`)
  }
  return { index, count }
}

export const shardText = (shard: Shard) => `${shard.index}/${shard.count}`

/** The shard (1 to count) a student's folder name falls in. */
export function shardOf(student: string, count: number): number {
  const digest = createHash('sha256').update(student, 'utf8').digest()
  return Number(digest.readBigUInt64BE(0) % BigInt(count)) + 1
}

export function inShard(student: string, shard: Shard | undefined): boolean {
  return shard === undefined || shardOf(student, shard.count) === shard.index
}
