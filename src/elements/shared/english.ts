import type { Messages } from '../../core/i18n.js';

/**
 * The English messages of each element are a lazy chunk (French is the default and ships with
 * the element): a page in English loads them before the element's first render (CapElement's
 * `scheduleUpdate`). Returns a function giving undefined once loaded, else the pending load.
 */
export function englishLoader(target: Messages, load: () => Promise<{ default: Messages }>): () => Promise<void> | undefined {
  let done = false;
  let pending: Promise<void> | undefined;
  return () => {
    if (done) return undefined;
    pending ??= load().then(
      (module) => {
        Object.assign(target, module.default);
        done = true;
      },
      (error: unknown) => {
        // Offline or blocked: French meanwhile, and another try at the next render.
        pending = undefined;
        console.warn('[cap-numerique] English messages could not be loaded:', error);
      },
    );
    return pending;
  };
}
