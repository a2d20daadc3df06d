/** `text` cut to `limit` characters, with "…" saying it was cut. Every cap of the sandbox is this one. */
export function cut(text: string, limit: number): string {
  return text.length > limit ? `${text.slice(0, limit)}…` : text
}
