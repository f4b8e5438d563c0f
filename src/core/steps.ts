/** The result of work cut into steps (a generator that yields between steps), all steps run now. */
export function runToEnd<T>(steps: Generator<unknown, T, undefined>): T {
  let next = steps.next();
  while (!next.done) next = steps.next();
  return next.value;
}

/** The same, awaiting `pause()` between steps (it may return a promise to wait for). */
export async function runWithPauses<T>(steps: Generator<unknown, T, undefined>, pause: () => Promise<void> | undefined): Promise<T> {
  let next = steps.next();
  while (!next.done) {
    await pause();
    next = steps.next();
  }
  return next.value;
}
