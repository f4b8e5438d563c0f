import { expect } from '@open-wc/testing';
import { slices, yieldTask } from '../../../src/elements/shared/idle.js';

describe('yieldTask and slices', () => {
  it('goes on in a later task, with scheduler.yield or without it', async () => {
    for (const hidden of [false, true]) {
      const own = Object.getOwnPropertyDescriptor(window, 'scheduler');
      if (hidden) Object.defineProperty(window, 'scheduler', { configurable: true, value: undefined });
      try {
        let sameTask = true;
        void Promise.resolve().then(() => undefined);
        const done = yieldTask().then(() => sameTask);
        // Still in the calling task: microtasks run before a yielded continuation.
        await Promise.resolve();
        sameTask = false;
        expect(await done, hidden ? 'message channel' : 'scheduler.yield').to.equal(false);
      } finally {
        if (hidden) {
          if (own) Object.defineProperty(window, 'scheduler', own);
          else delete (window as { scheduler?: unknown }).scheduler;
        }
      }
    }
  });

  it('pauses only once the slice has run its budget', async () => {
    const { pause } = slices(5);
    expect(pause()).to.equal(undefined);
    const start = performance.now();
    while (performance.now() - start < 6) {
      // work
    }
    const paused = pause();
    expect(paused).to.be.instanceOf(Promise);
    await paused;
    // A new slice starts after the pause.
    expect(pause()).to.equal(undefined);
  });
});
