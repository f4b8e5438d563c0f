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

type YieldingScheduler = { yield?: () => Promise<void> };

/**
 * Let the browser run what is waiting (input, rendering, the host page's tasks) before going on:
 * long work is cut into tasks under 50 ms, so none delays input. `scheduler.yield()` where there is
 * one (its continuation goes before other tasks), else a message to ourselves (no 4 ms timer
 * clamping).
 */
export function yieldTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: YieldingScheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * Work slices: `pause()` waits for `next` (by default a task of its own, see yieldTask) once the
 * current slice has run `budget` ms.
 */
export function slices(budget = 12, next = yieldTask): { pause: () => Promise<void> | undefined } {
  let start = performance.now();
  return {
    pause() {
      if (performance.now() - start < budget) return undefined;
      return next().then(() => {
        start = performance.now();
      });
    },
  };
}

/**
 * Work slices for what waits for idle moments (after the first list): `pause()` waits for the next
 * idle moment once the current slice has run 5 ms, so that a keystroke or a click that comes
 * meanwhile waits a few milliseconds at most.
 */
export const idleSlices = () => slices(5, () => new Promise<void>((resolve) => void whenIdle(resolve)));
