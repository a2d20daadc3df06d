// Does nothing: empty functions.
export async function withTaskGroup(): Promise<void> {}

export async function sendNewsletter(): Promise<void> {}
