export async function run() {
  const found = [setTimeout, setInterval, performance, Date].map((api) => {
    const clock = (api as unknown as { clock?: { tick?: unknown; setSystemTime?: unknown } }).clock
    return typeof clock?.tick === 'function' || typeof clock?.setSystemTime === 'function'
  })
  return found
}
