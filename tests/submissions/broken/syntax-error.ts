// Broken: does not compile.
export async function breakfastSequential(kitchen {
  return [
}
