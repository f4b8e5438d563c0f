import { aTimeout, elementUpdated, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { LitElement } from 'lit';

/** The shadow root of an element (every Cap Numérique element has one). */
export function shadow(el: Element): ShadowRoot {
  return el.shadowRoot!;
}

/** A button found by its visible text, inside the element's shadow root. */
export function button(el: Element, text: string | RegExp): HTMLButtonElement {
  const buttons = Array.from(shadow(el).querySelectorAll<HTMLButtonElement>('button'));
  const found = buttons.find((b) =>
    typeof text === 'string' ? b.textContent!.trim() === text : text.test(b.textContent!.trim()),
  );
  if (!found) throw new Error(`no button "${text}" among: ${buttons.map((b) => b.textContent!.trim()).join(' | ')}`);
  return found;
}

export async function click(el: LitElement, text: string | RegExp): Promise<void> {
  button(el, text).click();
  await settle(el);
}

/** Wait for Lit updates and the animation frame the live region uses. */
export async function settle(el: LitElement): Promise<void> {
  await elementUpdated(el);
  await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  await elementUpdated(el);
}

/** The text of the element's current screen heading (the element focused on each step). */
export function heading(el: Element): string {
  return shadow(el).querySelector('[data-focus-heading]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Check the option whose label contains `label`, as a user clicking it would. */
export async function choose(el: LitElement, label: string | RegExp): Promise<void> {
  const labels = Array.from(shadow(el).querySelectorAll<HTMLLabelElement>('label.option'));
  const found = labels.find((l) =>
    typeof label === 'string' ? l.textContent!.includes(label) : label.test(l.textContent!),
  );
  if (!found) throw new Error(`no option "${label}" among: ${labels.map((l) => l.textContent!.trim()).join(' | ')}`);
  found.querySelector('input')!.click();
  await settle(el);
}

export function liveText(el: Element): string {
  return shadow(el).querySelector('[role="status"]')?.textContent?.trim() ?? '';
}

export async function waitFor(predicate: () => boolean, message: string, timeout = 5000): Promise<void> {
  await waitUntil(predicate, message, { timeout });
}

export { aTimeout };

/** The element focused inside a shadow root (document.activeElement stops at the host). */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Records events of the given types on an element. */
export function record<T = unknown>(el: EventTarget, ...types: string[]): CustomEvent<T>[] {
  const events: CustomEvent<T>[] = [];
  for (const type of types) el.addEventListener(type, (e) => events.push(e as CustomEvent<T>));
  return events;
}

export interface MediaEmulation {
  media?: 'print' | 'screen';
  forcedColors?: 'active' | 'none';
  reducedMotion?: 'reduce' | 'no-preference';
  colorScheme?: 'light' | 'dark';
}

/** The engine the suite runs in (Chromium, Firefox or WebKit: see web-test-runner.config.mjs). */
export const engine: 'chromium' | 'firefox' | 'webkit' = /Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrom(e|ium)\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

/**
 * emulate() drives the Chrome DevTools Protocol: Firefox over WebDriver BiDi and WebKit over
 * WebDriver have no way to emulate print, forced colours, a colour scheme or reduced motion.
 */
export const canEmulateMedia = engine === 'chromium';

/** `it` in the engines listed; in the others, skipped with the reason in its title. */
export function itIn(engines: (typeof engine)[], reason: string, title: string, fn: Mocha.AsyncFunc): void {
  if (engines.includes(engine)) it(title, fn);
  else it.skip(`${title} [skipped in ${engine}: ${reason}]`, fn);
}

/** `it` for a test that needs emulate(). */
export const itEmulatingMedia = (title: string, fn: Mocha.AsyncFunc): void =>
  itIn(['chromium'], 'CSS media emulation needs the Chrome DevTools Protocol', title, fn);

/**
 * `it` for a test that narrows the window below 450 px: WebKitGTK's MiniBrowser keeps its window
 * at least as wide as its toolbar (447 px). Narrow layouts are checked in every engine in frames
 * (tests/integration/small-screens.test.ts).
 */
export const itNarrowViewport = (title: string, fn: Mocha.AsyncFunc): void =>
  itIn(['chromium', 'firefox'], 'MiniBrowser’s window cannot be narrower than its toolbar', title, fn);

/**
 * The page's viewport size, in every engine (the stock setViewport command has no WebDriver
 * support); throws when the engine cannot make it that size.
 */
export async function setViewport(size: { width: number; height: number }): Promise<void> {
  const done = await executeServerCommand('viewport', size);
  if (!done) throw new Error(`${engine} cannot make its viewport ${size.width} × ${size.height} px`);
}

/**
 * Emulate CSS media (type and features, forced-colors included); call with {} to reset. Does
 * nothing where the engine cannot (see canEmulateMedia).
 */
export async function emulate(media: MediaEmulation): Promise<void> {
  const features = [
    media.forcedColors && { name: 'forced-colors', value: media.forcedColors },
    media.reducedMotion && { name: 'prefers-reduced-motion', value: media.reducedMotion },
    media.colorScheme && { name: 'prefers-color-scheme', value: media.colorScheme },
  ].filter(Boolean);
  await executeServerCommand('emulate-media-features', { media: media.media ?? '', features });
}
