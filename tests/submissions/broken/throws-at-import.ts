// Broken: throws while the module loads.
throw new Error('configuration missing')
export {}
