// Dispatches an "abort" event on a signal that was not aborted, and looks under the hood.
export async function run(world: { sleep: (ms: number, signal?: AbortSignal) => Promise<void> }) {
  const controller = new AbortController()
  const waiting = world.sleep(1000, controller.signal)
  const listened = controller.signal.dispatchEvent(new Event('abort'))
  await waiting
  const internals = Reflect.ownKeys(controller.signal).length
  let shadowed = 'refused'
  try {
    Object.defineProperty(controller.signal, 'aborted', { get: () => true })
    shadowed = 'shadowed'
  } catch {}
  return { at: Date.now(), listened, internals, shadowed, stillWaiting: !controller.signal.aborted }
}
