import { VERSION } from '../../core/version.js';

interface VersionedConstructor extends CustomElementConstructor {
  capVersion?: string;
}

let warned = false;

/**
 * Register an element once. The same version already registered (the loader and the ES module
 * both on a page, or the script included twice): silent. Another version: one console warning
 * for this copy of the library, and the first registration stays. Never throws.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  try {
    const existing = customElements.get(tag) as VersionedConstructor | undefined;
    if (existing) {
      if (existing.capVersion !== VERSION && !warned) {
        warned = true;
        console.warn(
          `[cap-numerique] <${tag}> is already defined by version ${existing.capVersion ?? 'unknown'}; ` +
            `version ${VERSION} loaded on the same page is not used. Include the library once.`,
        );
      }
      return;
    }
    (element as VersionedConstructor).capVersion = VERSION;
    customElements.define(tag, element);
  } catch (error) {
    if (!warned) {
      warned = true;
      console.warn(`[cap-numerique] could not define <${tag}>:`, error);
    }
  }
}
