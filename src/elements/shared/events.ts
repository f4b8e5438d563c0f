import type { ValidationIssue } from '../../core/validation.js';

export interface CapErrorDetail {
  message: string;
  issues: ValidationIssue[];
}

/**
 * Dispatch a typed event that bubbles and crosses shadow roots (`composed`), so a page listens on
 * any ancestor, even around an element nested in another one's shadow root.
 * Returns false when a listener called preventDefault().
 */
export function emit<T>(target: EventTarget, type: string, detail: T, cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable }));
}
