// How a choice item's key is kept: sha256 of the salt, the item and the option, so that the
// handout states no answer and two items with the same answer do not share a hash.
import { createHash } from 'node:crypto'

export function fingerprint(item: string, option: string, salt: string): string {
  return createHash('sha256').update(`${salt}\n${item}\n${option}`).digest('hex')
}
