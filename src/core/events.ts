import type { ValidationIssue } from './validation.js';

export interface CapErrorDetail {
  message: string;
  issues: ValidationIssue[];
}

/**
 * Dispatch a typed event that crosses shadow roots (`bubbles` and `composed`), so that a page
 * hears it from an element nested in another one.
 * Returns false when a listener called preventDefault().
 */
export function emit<T>(target: EventTarget, type: string, detail: T, cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable }));
}
