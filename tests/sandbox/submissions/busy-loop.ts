export function run() {
  // Never reads the clock, never ends: only the watchdog can stop it.
  for (;;) {}
}
