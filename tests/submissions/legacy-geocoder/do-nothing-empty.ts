// Does nothing: empty functions, and an empty workload table.
export async function geocodeAll(): Promise<void> {}

export async function geocodeWithin(): Promise<void> {}

export const workload = {}
