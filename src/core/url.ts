/**
 * The one check of http(s) addresses, for every link and endpoint taken from data or attributes.
 * A module of its own, apart from the text folding: the gauge needs this and not that, and each
 * bundle then carries only what it uses.
 */

/**
 * `value` read as a URL (relative to `base` when given) if its scheme is http or https, else
 * undefined (`javascript:`, `data:`, `mailto:`, unparsable text…). Never throws.
 */
export function safeHttpUrl(value: string, base?: string | URL): URL | undefined {
  let url: URL;
  try {
    // An undefined base is no base: `value` must then be absolute.
    url = new URL(value, base);
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
}
