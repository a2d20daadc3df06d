// A one-line progress bar while grading, redrawn in place on a terminal and absent
// everywhere else (CI logs, pipes), where a stream of redraws would only be noise.

export interface ProgressLine {
  update: (done: number, total: number) => void
  clear: () => void
}

export function progressLine(stream: NodeJS.WriteStream, width = 30): ProgressLine {
  if (!stream.isTTY) return { update: () => {}, clear: () => {} }
  let drawn = false
  return {
    update(done, total) {
      const filled = total === 0 ? width : Math.round((width * done) / total)
      stream.write(`\r\u001b[2Kgrading [${'█'.repeat(filled)}${'·'.repeat(width - filled)}] ${done}/${total} checks`)
      drawn = true
    },
    clear() {
      if (drawn) stream.write('\r\u001b[2K')
    },
  }
}
