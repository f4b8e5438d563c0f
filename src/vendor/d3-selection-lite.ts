/**
 * Stands in for d3-selection in the bundle. d3-zoom and d3-drag (and the finder's map) use a
 * handful of its methods on one node at a time: `select`, `pointer`, and a selection's `on`,
 * `property`, `style`, `datum`, `each`, `call`, `node` and `filter`. The full module's prototype
 * holds about thirty methods (data joins, `append`, `attr`…), all kept by the bundler because a
 * prototype cannot be tree-shaken: ~3.8 KB gzip. Here the same prototype is rebuilt with only the
 * methods those callers use, taken from d3-selection's own sources (nothing rewritten except
 * `filter`, whose original imports the full prototype). d3-transition-lite.ts adds `interrupt`.
 *
 * rollup.config.js and web-test-runner.config.mjs resolve `d3-selection` to this file.
 */
import selectionCall from 'd3-selection/src/selection/call.js';
import selectionDatum from 'd3-selection/src/selection/datum.js';
import selectionEach from 'd3-selection/src/selection/each.js';
import selectionNode from 'd3-selection/src/selection/node.js';
import selectionOn from 'd3-selection/src/selection/on.js';
import selectionProperty from 'd3-selection/src/selection/property.js';
import selectionStyle from 'd3-selection/src/selection/style.js';

export { default as pointer } from 'd3-selection/src/pointer.js';

type Group = (Element | Window | null)[];

interface LiteSelection {
  _groups: Group[];
  _parents: unknown[];
}

function Selection(this: LiteSelection, groups: Group[], parents: unknown[]): void {
  this._groups = groups;
  this._parents = parents;
}

/** d3-selection's `filter`, for a function (d3-zoom's only use). */
function selectionFilter(this: LiteSelection, match: (this: unknown, data: unknown, i: number, group: Group) => boolean) {
  const subgroups = this._groups.map((group) =>
    group.filter((node, i) => node && match.call(node, (node as { __data__?: unknown }).__data__, i, group)),
  );
  return new (Selection as unknown as new (g: Group[], p: unknown[]) => LiteSelection)(subgroups, this._parents);
}

/** d3-selection's `selection()`; its `prototype` is what d3-transition-lite.ts extends. */
export function selection() {
  return select(document.documentElement);
}

Selection.prototype = selection.prototype = {
  constructor: Selection,
  call: selectionCall,
  datum: selectionDatum,
  each: selectionEach,
  filter: selectionFilter,
  node: selectionNode,
  on: selectionOn,
  property: selectionProperty,
  style: selectionStyle,
};

/** A selection of one node (d3-selection's `select`, without the CSS selector string form). */
export function select(node: Element | Window) {
  return new (Selection as unknown as new (g: Group[], p: unknown[]) => LiteSelection)([[node]], [null]);
}
