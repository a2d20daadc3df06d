// Broken: blocks forever while the module loads.
while (true) {
  // spin
}
export {}
