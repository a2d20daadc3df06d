// The kitchen's figures: the world (scenarios.jail.ts) cooks with them, the checks expect them.

export const TOAST = 'golden toast'
export const COFFEE = 'hot coffee'
export const TOAST_MS = 2000
export const COFFEE_MS = 2000
/** Another kitchen, so that printing "4.00" and "2.00" without measuring cannot pass. */
export const SLOW_KITCHEN = { toastMs: 1250, coffeeMs: 3000 }
/** The kitchen's methods, by lane: what a message names when a step is missing. */
export const METHOD: Record<string, string> = { toast: 'kitchen.toastBread()', coffee: 'kitchen.brewCoffee()' }
