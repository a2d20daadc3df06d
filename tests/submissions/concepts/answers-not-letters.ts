// Not the shape asked: a prediction as one string, an option by its words instead of its letter.
export const predict = { microtasks: 'sync 1, sync 2' }
export const choose = { cores: 'one' }
