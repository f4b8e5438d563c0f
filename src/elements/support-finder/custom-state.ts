/** Add or remove a custom state; browsers without custom states keep none (never throws). */
export function setState(internals: ElementInternals | undefined, state: string, on: boolean): void {
  try {
    const states = internals?.states;
    if (on) states?.add(state);
    else states?.delete(state);
  } catch {
    // An older engine that only accepts "--state" names: the state is cosmetic, go without.
  }
}
