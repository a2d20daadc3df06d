// The choice items' key, known only by its hashes (fingerprint.ts): the option each item
// expects, as solutions/concepts/quiz.ts gives it. tests/concepts.test.ts checks them against
// the solution and prints the hashes to write here when an answer changes.
export const KEYS = {
  salt: 'f368ab72f6ed360ecacacc864a2b822e',
  sha256: {
    cores: '47e0c99567b47bc97ab90b7b7fa15860f155d5ec9bb5bc50caa51c74fae6b90b',
    contagious: '4d89ccb5cdf6dbaace919e6b7a5381a314b6e95c3173693f51c78f006d042b88',
    'cpu-bound': '099ff0ba326d5364a1f5bc02aaa5c398c838e4c0bea5217a109fd7c678948435',
    concurrency: '8478fd7d5c5a65ba0c63b2c4aa8c31bebc7eadc84458baa06efd66a8ba69cb20',
    threads: '62f0785412aa830d22609196855baf12ffac3c50741ab8ab0f22becef0531216',
  },
} as const
