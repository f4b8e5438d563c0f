/**
 * dist/embed.html?widget=…: renders one element from whitelisted query parameters, for CMSs that
 * strip scripts. Values only ever become attribute values (setAttribute), never markup; anything
 * not listed is ignored. The page reports its height to the host page, whose loader resizes the
 * iframe when it is marked `data-cap-embed`.
 */
import { safeHttpUrl } from '../core/url.js';
import { EMBED_MESSAGE } from './protocol.js';

const COMMON = ['lang'];
export const WIDGETS: Record<string, { tag: string; attributes: string[] }> = {
  quiz: { tag: 'cap-maturity-quiz', attributes: ['src', 'persist', 'layout', 'no-results', 'finder-url', 'submit-url', 'contact-notice'] },
  gauge: { tag: 'cap-results-gauge', attributes: ['value', 'chart', 'no-dimensions', 'show-sector'] },
  finder: { tag: 'cap-support-finder', attributes: ['src', 'near', 'themes', 'radius', 'tiles', 'geocoder'] },
  diagnostic: {
    tag: 'cap-diagnostic',
    attributes: ['questionnaire-src', 'structures-src', 'near', 'radius', 'tiles', 'geocoder', 'persist', 'submit-url', 'contact-notice'],
  },
  overview: { tag: 'cap-network-overview', attributes: ['src'] },
};
const BOOLEAN = new Set(['no-results', 'no-dimensions', 'show-sector']);
const URLS = new Set(['src', 'questionnaire-src', 'structures-src', 'submit-url', 'finder-url']);
const COLOR = /^#[0-9a-f]{3,8}$/i;

function httpUrl(value: string): boolean {
  return value.split(/\s+/).every((part) => safeHttpUrl(part, location.href) !== undefined);
}

function render(): void {
  const params = new URLSearchParams(location.search);
  const main = document.getElementById('cap-embed')!;
  const lang = params.get('lang') === 'en' ? 'en' : 'fr';
  document.documentElement.lang = lang;
  const widget = WIDGETS[params.get('widget') ?? ''];
  if (!widget) {
    const message = document.createElement('p');
    message.className = 'embed-error';
    message.setAttribute('role', 'alert');
    message.textContent =
      lang === 'en'
        ? `Unknown widget. Use widget=${Object.keys(WIDGETS).join(', ')}.`
        : `Widget inconnu. Utilisez widget=${Object.keys(WIDGETS).join(', ')}.`;
    main.append(message);
    return;
  }
  const element = document.createElement(widget.tag);
  for (const name of [...COMMON, ...widget.attributes]) {
    const value = params.get(name);
    if (value === null || value.length > 2000) continue;
    if (BOOLEAN.has(name)) {
      if (value !== 'false' && value !== '0') element.setAttribute(name, '');
    } else if (!URLS.has(name) || httpUrl(value)) {
      element.setAttribute(name, value);
    }
  }
  const primary = params.get('primary');
  if (primary && COLOR.test(primary)) element.setAttribute('primary', primary);
  main.append(element);
}

function reportHeight(): void {
  if (window.parent === window) return;
  let last = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // The height is no secret: any host may read it; the host's loader checks who sends it.
    window.parent.postMessage({ type: EMBED_MESSAGE, height }, '*');
  }).observe(document.documentElement);
}

render();
reportHeight();
