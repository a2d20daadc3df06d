/** The phrase every refusal of the sandbox ends with; the feedback recognises it. */
export const REFUSED = 'is not allowed in exercise code'
