// Correct, another style: crawl goes through its own createLimiter, a p-limit with a
// linked-list queue; an async wrapper turns a synchronous throw into a rejection.
import type { Download, Page } from '#runtime'

export async function crawl(ids: number[], download: Download, limit = 3): Promise<PromiseSettledResult<Page>[]> {
  const limited = createLimiter(limit)
  return Promise.allSettled(ids.map((id) => limited(() => download(id))))
}

interface Node {
  run: () => void
  next: Node | null
}

export function createLimiter(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let head: Node | null = null
  let tail: Node | null = null
  let active = 0

  function dequeue(): void {
    if (active >= limit || head === null) return
    const node = head
    head = node.next
    if (head === null) tail = null
    active++
    node.run()
  }

  return <T>(task: () => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const node: Node = {
        run: async () => {
          try {
            resolve(await task())
          } catch (error) {
            reject(error)
          }
          active--
          dequeue()
        },
        next: null,
      }
      if (tail) tail.next = node
      else head = node
      tail = node
      queueMicrotask(dequeue)
    })
}
