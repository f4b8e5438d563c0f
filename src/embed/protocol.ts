/** The message an embed page sends its host: `{type: EMBED_MESSAGE, height}` (CSS pixels). */
export const EMBED_MESSAGE = 'cap-numerique:resize';
export const MAX_EMBED_HEIGHT = 20_000;

/**
 * Host side (in loader.js): resize the `iframe[data-cap-embed]` that sent a well-formed height
 * message, when the message comes from that iframe's own origin. Anything else is ignored.
 */
export function listenForEmbeds(): void {
  window.addEventListener('message', (event: MessageEvent) => {
    // Object(): any value, null included, without throwing; Number.isFinite is false for non-numbers.
    const { type, height } = Object(event.data) as { type?: unknown; height?: unknown };
    if (type !== EMBED_MESSAGE || !Number.isFinite(height)) return;
    for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-cap-embed]')) {
      if (frame.contentWindow !== event.source) continue;
      let origin: string;
      try {
        origin = new URL(frame.src, location.href).origin;
      } catch {
        return;
      }
      if (origin !== event.origin) return;
      frame.style.height = `${Math.round(Math.min(MAX_EMBED_HEIGHT, Math.max(80, height as number)))}px`;
      return;
    }
  });
}
