// Keyboard helpers for the trust suite: where the focus is (through shadow roots), the tab stops of
// the page in composed-tree order, whether each stop shows a focus indicator, and whether anything
// clickable is out of the keyboard's reach. Everything runs in the page through CDP (page.evaluate
// is not subject to the page's CSP).
import assert from 'node:assert/strict';

/** Installed in the page as window.__kb. */
function install() {
  if (window.__kb) return;
  const ids = new WeakMap();
  let next = 1;
  const idOf = (el) => {
    if (!el) return 0;
    // Every radio of a group is the same tab stop.
    const key = el.localName === 'input' && el.type === 'radio' && el.name ? radioGroupKey(el) : el;
    if (!ids.has(key)) ids.set(key, next++);
    return ids.get(key);
  };
  const groups = new Map();
  function radioGroupKey(input) {
    const root = input.getRootNode();
    const name = `${input.form ? 'f' : 'r'}:${input.name}`;
    let byName = groups.get(root);
    if (!byName) groups.set(root, (byName = new Map()));
    if (!byName.has(name)) byName.set(name, { radioGroup: name });
    return byName.get(name);
  }

  function deepActive() {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return a;
  }

  /** Elements in composed-tree (rendering) order: shadow trees in place of children, slots filled. */
  function composed(root = document.body, out = []) {
    const visit = (node) => {
      if (node.nodeType !== 1) return;
      out.push(node);
      if (node.localName === 'slot') {
        const assigned = node.assignedElements({ flatten: true });
        (assigned.length ? assigned : [...node.children]).forEach(visit);
        return;
      }
      const children = node.shadowRoot ? node.shadowRoot.children : node.children;
      [...children].forEach(visit);
    };
    visit(root);
    return out;
  }

  function composedParent(el) {
    if (el.assignedSlot) return el.assignedSlot;
    if (el.parentElement) return el.parentElement;
    const root = el.getRootNode();
    return root instanceof ShadowRoot ? root.host : null;
  }

  function visible(el) {
    if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: false })) return false;
    for (let a = el; a; a = composedParent(a)) if (a.inert || a.hidden) return false;
    return true;
  }

  function isTabStop(el) {
    if (!(el instanceof HTMLElement || el instanceof SVGElement)) return false;
    if (el.tabIndex < 0 || el.disabled || !visible(el)) return false;
    if (el.localName === 'a' && !el.hasAttribute('href') && !el.hasAttribute('tabindex')) return false;
    // A radio group is one stop: the checked radio, else (forward) the first one.
    if (el.localName === 'input' && el.type === 'radio' && el.name) {
      const group = [...el.getRootNode().querySelectorAll(`input[type="radio"][name="${CSS.escape(el.name)}"]`)].filter(visible);
      const checked = group.find((r) => r.checked);
      return checked ? checked === el : group[0] === el;
    }
    return true;
  }

  function labelText(el) {
    const root = el.getRootNode();
    const by = el.getAttribute('aria-labelledby');
    if (by) return by.split(/\s+/).map((id) => root.getElementById?.(id)?.textContent ?? '').join(' ');
    if (el.getAttribute('aria-label')) return el.getAttribute('aria-label');
    if (el.labels?.length) return [...el.labels].map((l) => l.textContent).join(' ');
    return el.textContent ?? '';
  }

  function roleOf(el) {
    const explicit = el.getAttribute('role');
    if (explicit) return explicit;
    const tag = el.localName;
    if (tag === 'a' && el.hasAttribute('href')) return 'link';
    if (tag === 'button' || tag === 'summary') return tag === 'button' ? 'button' : 'summary';
    if (/^h[1-6]$/.test(tag)) return 'heading';
    if (tag === 'input') return { radio: 'radio', checkbox: 'checkbox', file: 'file', button: 'button', submit: 'button' }[el.type] ?? 'textbox';
    return tag;
  }

  function describe(el) {
    if (!el || el === document.body) return 'body';
    return `${roleOf(el)} "${labelText(el).replace(/\s+/g, ' ').trim().slice(0, 200)}"`;
  }

  /** The page's tab stops, through shadow roots, in composed-tree order. */
  function tabStops() {
    return composed().filter(isTabStop);
  }

  function box(el) {
    let r = el.getBoundingClientRect();
    // A visually hidden input (the file picker) is shown by its label.
    if (r.width <= 1 || r.height <= 1) r = (el.closest('label') ?? composedParent(el)).getBoundingClientRect();
    return { top: r.top + scrollY, left: r.left + scrollX, right: r.right + scrollX, bottom: r.bottom + scrollY, width: r.width, height: r.height };
  }

  function hasOutline(el) {
    const s = getComputedStyle(el);
    // `auto` is the browser's own focus ring (the host page's links keep it).
    return s.outlineStyle === 'auto' || (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
  }

  /** A focus indicator of at least 2 px: on the element, on a label or wrapper (focus-within), or a thick SVG stroke. */
  function focusIndicator(el) {
    if (hasOutline(el)) return true;
    for (let a = composedParent(el), i = 0; a && i < 2; a = composedParent(a), i++) if (hasOutline(a)) return true;
    if (el instanceof SVGElement) {
      return [...el.querySelectorAll('path, circle')].some((c) => parseFloat(getComputedStyle(c).strokeWidth) >= 3);
    }
    return false;
  }

  /** Whether the keyboard reaches `el`: it is focusable, is inside a focusable element, or is an option of a combobox's listbox. */
  function keyboardReachable(el) {
    for (let a = el; a; a = composedParent(a)) {
      if ((a instanceof HTMLElement || a instanceof SVGElement) && a.tabIndex >= 0 && !a.disabled) return true;
      if (a.getAttribute?.('role') === 'listbox' && a.id) {
        const owner = a.getRootNode().querySelector(`[aria-controls~="${CSS.escape(a.id)}"]`);
        if (owner && owner.tabIndex >= 0) return true;
      }
    }
    // A label whose control is focusable (clicking it focuses or toggles the control).
    const label = el.closest?.('label');
    const control = label?.control;
    return !!control && control.tabIndex >= 0 && !control.disabled;
  }

  /** Visible elements that show a pointer cursor of their own (not inherited from their parent). */
  function pointerOrigins() {
    return composed().filter((el) => {
      if (!visible(el)) return false;
      if (getComputedStyle(el).cursor !== 'pointer') return false;
      const parent = composedParent(el);
      return !parent || getComputedStyle(parent).cursor !== 'pointer';
    });
  }

  /** What identifies a tab stop in an order: its description, or its group for radios. */
  function key(el) {
    return el?.localName === 'input' && el.type === 'radio' && el.name ? `radio group #${idOf(el)} (${describe(el)}…)` : describe(el);
  }

  window.__kb = { key, deepActive, composed, tabStops, describe, idOf, box, focusIndicator, keyboardReachable, pointerOrigins, visible };
}

export async function installFocusHelpers(page) {
  await page.evaluate(install);
}

/** Role and name of the deep focused element, e.g. `button "Suivant"`. */
export async function focused(page) {
  await installFocusHelpers(page);
  return page.evaluate(() => window.__kb.describe(window.__kb.deepActive()));
}

/** Press Tab (or Shift+Tab) until `predicate(description)` holds; fails after `max` presses. */
export async function tabTo(page, predicate, { back = false, max = 400 } = {}) {
  await installFocusHelpers(page);
  const seen = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const d = await focused(page);
    if (predicate(d)) return d;
    seen.push(d);
  }
  assert.fail(`no tab stop matched after ${max} presses; went through:\n${seen.slice(-40).join('\n')}`);
}

/**
 * Walks the screen with the keyboard and checks its focus order. Precondition: the focus is inside
 * the screen (e.g. on its heading) and the page has the stops `first` before the element and
 * `last` after it. Checks that:
 * - Tab from here visits, in order, exactly the tab stops that follow in the composed tree, up to `last`;
 * - Shift+Tab from `last` visits every tab stop of the screen in reverse, down to `first`;
 * - the order never jumps back up-and-left on the screen (the visual order follows the logical one);
 * - every stop shows a focus indicator.
 * Returns the descriptions of the screen's stops, in order.
 */
/**
 * Waits until the page's tab stops stay the same over several checks: a map that glides to a
 * chosen place redraws its markers for a moment, and a Tab order read mid-glide is not the one
 * the user meets.
 */
export async function tabStopsSettled(page, { checks = 4, every = 150, timeout = 10_000 } = {}) {
  await installFocusHelpers(page);
  const started = Date.now();
  let last = '';
  let same = 0;
  while (same < checks && Date.now() - started < timeout) {
    const now = await page.evaluate(() => window.__kb.tabStops().map((el) => window.__kb.key(el)).join('\n'));
    same = now === last ? same + 1 : 0;
    last = now;
    await new Promise((resolve) => setTimeout(resolve, every));
  }
}

export async function checkTabOrder(page, { first, last, label }) {
  await installFocusHelpers(page);
  const expected = await page.evaluate(() => {
    const kb = window.__kb;
    const stops = kb.tabStops();
    const here = kb.deepActive();
    const all = kb.composed();
    const position = all.indexOf(here);
    return stops.map((el) => ({ d: kb.key(el), after: all.indexOf(el) > position }));
  });
  const firstIndex = expected.findIndex((s) => s.d === first);
  const lastIndex = expected.findIndex((s) => s.d === last);
  assert.ok(firstIndex >= 0 && lastIndex > firstIndex, `${label}: page stops ${first} / ${last} not found in\n${expected.map((s) => s.d).join('\n')}`);
  const screen = expected.slice(firstIndex, lastIndex + 1);
  const forwardExpected = screen.filter((s) => s.after);

  const forward = [];
  for (let i = 0; i < screen.length + 3; i++) {
    await page.keyboard.press('Tab');
    forward.push({ d: await page.evaluate(() => window.__kb.key(window.__kb.deepActive())) });
    if (forward.at(-1).d === last) break;
  }
  assert.deepEqual(
    forward.map((s) => s.d),
    forwardExpected.map((s) => s.d),
    `${label}: Tab order from the current focus`,
  );

  const backward = [];
  const boxes = [];
  const indicators = [];
  for (let i = 0; i < screen.length + 3; i++) {
    const info = await page.evaluate(() => {
      const kb = window.__kb;
      const el = kb.deepActive();
      el.scrollIntoView?.({ block: 'nearest' });
      return { box: kb.box(el), indicator: kb.focusIndicator(el), d: kb.key(el) };
    });
    backward.push(info);
    boxes.push(info.box);
    indicators.push(info);
    if (info.d === first) break;
    await page.keyboard.press('Shift+Tab');
  }
  assert.deepEqual(
    backward.map((s) => s.d),
    [...screen].reverse().map((s) => s.d),
    `${label}: Shift+Tab order from the end of the screen`,
  );
  const missing = indicators.filter((s) => !s.indicator).map((s) => s.d);
  assert.deepEqual(missing, [], `${label}: tab stops without a visible focus indicator`);

  // Reading order: going forward, the next stop is never on an earlier line to the left; it is on
  // the same line, below, or to the right (the next column).
  const ordered = [...backward].reverse();
  const jumps = [];
  for (let i = 1; i < ordered.length; i++) {
    const a = ordered[i - 1].box;
    const b = ordered[i].box;
    if (b.bottom > a.top + 1 || b.left >= a.right - 4) continue;
    jumps.push(`${ordered[i - 1].d} → ${ordered[i].d}`);
  }
  assert.deepEqual(jumps, [], `${label}: focus jumps back up and to the left`);
  return screen.map((s) => s.d);
}

/**
 * Nothing clickable is out of the keyboard's reach inside `selector`: every visible element with a
 * click/mouse/pointer listener, and every element that shows a pointer cursor of its own, is
 * focusable, inside something focusable, an option of a combobox, or the label of a focusable control.
 */
export async function checkNothingMouseOnly(page, selector, label) {
  await installFocusHelpers(page);
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: `window.__kb.composed(document.querySelector(${JSON.stringify(selector)})).filter((el) => window.__kb.visible(el))`,
    });
    const { result: props } = await cdp.send('Runtime.getProperties', { objectId: result.objectId, ownProperties: true });
    const MOUSE = new Set(['click', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'contextmenu']);
    const withMouse = [];
    for (const p of props) {
      if (!/^\d+$/.test(p.name) || !p.value?.objectId) continue;
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: p.value.objectId });
      if (listeners.some((l) => MOUSE.has(l.type))) withMouse.push(Number(p.name));
    }
    await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
    const unreachable = await page.evaluate(
      ([sel, indices]) => {
        const kb = window.__kb;
        const els = kb.composed(document.querySelector(sel)).filter((el) => kb.visible(el));
        const candidates = [...new Set([...indices.map((i) => els[i]), ...kb.pointerOrigins().filter((el) => els.includes(el))])];
        return {
          checked: candidates.length,
          unreachable: candidates.filter((el) => !kb.keyboardReachable(el)).map((el) => `<${el.localName} class="${el.getAttribute('class') ?? ''}"> ${kb.describe(el)}`),
        };
      },
      [selector, withMouse],
    );
    assert.ok(unreachable.checked > 0, `${label}: no clickable element found — the check saw nothing`);
    assert.deepEqual(unreachable.unreachable, [], `${label}: clickable but out of the keyboard's reach`);
  } finally {
    await cdp.detach();
  }
}
