/** The result of work cut into steps (a generator that yields between steps), all steps run now. */
export function runToEnd<T>(steps: Generator<unknown, T, undefined>): T {
  let next = steps.next();
  while (!next.done) next = steps.next();
  return next.value;
}
