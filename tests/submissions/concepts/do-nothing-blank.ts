// Does nothing: blank lines and blank letters in place of answers.
export const predict = { microtasks: [''], 'starts-at-once': [' '], 'no-await': [''], 'await-each': ['', ''], interleave: [''] }
export const choose = { cores: '', contagious: '', 'cpu-bound': '', concurrency: '', threads: '' }
