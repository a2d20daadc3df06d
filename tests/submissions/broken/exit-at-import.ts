// Broken: ends the process while the module loads, hoping to end grading "successfully".
process.exit(0)
export {}
