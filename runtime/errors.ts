/** Thrown by `timeout` when the work did not finish in time; also the reason its signal is aborted with. */
export class TimeoutError extends Error {
  constructor(message = 'The operation timed out') {
    super(message)
    this.name = 'TimeoutError'
  }
}

/** The reason to abort with when work is cancelled rather than timed out. */
export class CancelledError extends Error {
  constructor(message = 'The operation was cancelled') {
    super(message)
    this.name = 'CancelledError'
  }
}
