import { normalizeLang, type Lang } from '../../core/i18n.js';

/**
 * The element's `lang`, else the closest `[lang]` ancestor (across shadow roots, so an element
 * inside another one follows it), else `<html lang>`, else French.
 */
export function resolveLang(element: Element): Lang {
  let node: Element | null = element;
  while (node) {
    const tag = node.getAttribute('lang');
    if (tag) return normalizeLang(tag);
    if (node.parentElement) node = node.parentElement;
    else {
      const root = node.getRootNode();
      node = root instanceof ShadowRoot ? root.host : null;
    }
  }
  return normalizeLang(document.documentElement.getAttribute('lang'));
}

interface Updatable {
  requestUpdate(): void;
  getRootNode(): Node;
}

const watched = new Set<Updatable>();
let observer: MutationObserver | undefined;

/**
 * Re-render the element whenever a `lang` attribute changes above it: `<html lang>`, any ancestor,
 * or an ancestor inside the shadow root that holds it. One observer serves every element (as
 * Shoelace's localize controller does); it watches only `lang` attributes, of the whole document
 * and of each shadow root holding an element.
 */
export function watchLang(element: Updatable): void {
  observer ??= new MutationObserver(() => watched.forEach((e) => e.requestUpdate()));
  // `attributeFilter` alone implies `attributes: true`. Observing a node again only renews it.
  for (const root of [document, element.getRootNode()]) observer.observe(root, { attributeFilter: ['lang'], subtree: true });
  watched.add(element);
}

/** Stop following `lang` changes (the element left the page). */
export function unwatchLang(element: Updatable): void {
  watched.delete(element);
}
