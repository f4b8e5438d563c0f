type IdleWindow = Window & {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
};

/** On the next idle moment (within a second), or a timer where the browser has no idle callback. */
export function whenIdle(callback: () => void): number {
  const w = window as IdleWindow;
  return w.requestIdleCallback ? w.requestIdleCallback(callback, { timeout: 1000 }) : -window.setTimeout(callback, 50);
}

export function cancelIdle(handle: number): void {
  if (!handle) return;
  const w = window as IdleWindow;
  if (handle < 0) window.clearTimeout(-handle);
  else w.cancelIdleCallback?.(handle);
}

/**
 * A task of its own (after the current one and its microtasks): an element's first render is put
 * there so that it does not add to the task that evaluates the module and upgrades the element.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
