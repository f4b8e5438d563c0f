import { ContextRoot } from '@lit/context';
import { define } from '../shared/define.js';
import { CapDiagnostic } from './diagnostic.js';

// Elements that upgrade after their provider (script-tag pages) still get the context.
const root = window as unknown as { __capContextRoot?: boolean };
if (!root.__capContextRoot) {
  root.__capContextRoot = true;
  new ContextRoot().attach(document.documentElement);
}

define('cap-diagnostic', CapDiagnostic);

export { CapDiagnostic };
