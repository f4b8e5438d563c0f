// The element table (src/elements/registry.ts) against what ships: the loader's reserved space for
// an element not yet defined, the element's own `min-height` once defined (the same, or the page
// jumps when the code arrives), and the all-in-one module defining every element of the table.
// Nothing here defines an element before the first tests: they need undefined tags.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { ELEMENTS, TAGS, type ReservedSpace } from '../../src/elements/registry.js';
import { RESERVED_SPACE_CSS } from '../../src/reserve.js';
import { itIn } from '../helpers.js';

const spaces = Object.entries(ELEMENTS) as [string, ReservedSpace][];
const WIDE = { width: 1000, height: 800 };
const NARROW = { width: 600, height: 800 };

/** A CSS length in px, as the browser computes it in this viewport. */
function px(length: string): string {
  const probe = document.createElement('div');
  probe.style.minHeight = length;
  document.body.append(probe);
  const value = getComputedStyle(probe).minHeight;
  probe.remove();
  return value;
}

/** Each element of the table, and each of its variants: [tag, attribute or '', expected length]. */
function cases(narrow: boolean): [string, string, string][] {
  return spaces.flatMap(([tag, space]) => [
    [tag, '', (narrow && space.narrow) || space.height] as [string, string, string],
    ...Object.entries(space.variants ?? {}).map(([selector, height]) => [tag, selector.replace(/^\[|\]$/g, ''), height] as [string, string, string]),
  ]);
}

async function heights(narrow: boolean, defined: boolean): Promise<string[]> {
  const found: string[] = [];
  for (const [tag, attribute] of cases(narrow)) {
    const el = document.createElement(tag);
    if (attribute) el.setAttribute(attribute, '');
    document.body.append(el);
    // The finder reserves its height in `:state(pending)`, from its first update until its first render.
    if (defined) await Promise.resolve();
    found.push(`${tag}${attribute && `[${attribute}]`} ${getComputedStyle(el).minHeight}`);
    el.remove();
  }
  return found;
}

const expected = (narrow: boolean): string[] =>
  cases(narrow).map(([tag, attribute, length]) => `${tag}${attribute && `[${attribute}]`} ${px(length)}`);

describe('the element table', () => {
  let sheet: CSSStyleSheet;
  before(() => {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(RESERVED_SPACE_CSS);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
  after(async () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    await executeServerCommand('viewport', WIDE);
  });

  it('the reserved-space CSS gives each element not yet defined its height, wide and narrow', async () => {
    expect(TAGS.some((tag) => customElements.get(tag))).to.equal(false);
    expect(await executeServerCommand('viewport', WIDE)).to.equal(true);
    expect(await heights(false, false)).to.deep.equal(expected(false));
    expect(await executeServerCommand('viewport', NARROW)).to.equal(true);
    expect(await heights(true, false)).to.deep.equal(expected(true));
  });

  it('the all-in-one module defines every element of the table', async () => {
    await import('../../src/cap-numerique.js');
    expect(TAGS.filter((tag) => !customElements.get(tag))).to.deep.equal([]);
  });

  it('each element, once defined, takes the height reserved for it on a wide screen', async () => {
    // Only the elements' own styles from here on.
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    expect(await executeServerCommand('viewport', WIDE)).to.equal(true);
    expect(await heights(false, true)).to.deep.equal(expected(false));
  });

  itIn(
    ['chromium', 'firefox'],
    'WebKitGTK does not re-evaluate the media queries of the style sheets its shadow roots adopted when the window is resized during the test',
    'each element, once defined, takes the height reserved for it on a narrow screen',
    async () => {
      expect(await executeServerCommand('viewport', NARROW)).to.equal(true);
      expect(await heights(true, true)).to.deep.equal(expected(true));
    },
  );
});
