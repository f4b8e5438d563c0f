/**
 * dist/builder.html: choose an element and its options, see it live, copy the script snippet or
 * the iframe snippet. An internal element of the builder page, not part of the library's API.
 */
import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { define } from '../elements/shared/define.js';
import { tokens } from '../elements/shared/tokens.styles.js';
import { VERSION } from '../core/version.js';
import { cdnBases, cspAdditions, iframeSnippet, scriptSnippet, TAGS, type SnippetOptions, type Widget } from './snippets.js';

interface Field {
  name: string;
  label: string;
  type: 'text' | 'url' | 'number' | 'select' | 'checkbox';
  choices?: [string, string][];
}

const FIELDS: Record<Widget, Field[]> = {
  diagnostic: [
    { name: 'questionnaire-src', label: 'Questionnaire (URL d’un fichier JSON, facultatif)', type: 'url' },
    { name: 'structures-src', label: 'Structures (URL(s) de fichiers, séparées par des espaces, facultatif)', type: 'text' },
    { name: 'near', label: 'Commune de départ (facultatif)', type: 'text' },
    { name: 'tiles', label: 'Fond de carte', type: 'select', choices: [['', 'Contour de la France (aucune requête extérieure)'], ['ign', 'Plan IGN']] },
    { name: 'geocoder', label: 'Recherche de commune', type: 'select', choices: [['', 'Intégrée (hors ligne)'], ['geoplateforme', 'Géoplateforme IGN (en ligne)']] },
  ],
  quiz: [
    { name: 'src', label: 'Questionnaire (URL d’un fichier JSON, facultatif)', type: 'url' },
    { name: 'layout', label: 'Présentation', type: 'select', choices: [['', 'Une question par écran'], ['list', 'Toutes les questions sur une page']] },
    { name: 'persist', label: 'Réponses', type: 'select', choices: [['', 'Gardées sur l’appareil'], ['none', 'Non conservées']] },
    { name: 'finder-url', label: 'Page de vos structures d’accompagnement, où renvoient les résultats (URL, facultatif)', type: 'url' },
  ],
  gauge: [
    { name: 'value', label: 'Score (0 à 100)', type: 'number' },
    { name: 'chart', label: 'Dimensions', type: 'select', choices: [['', 'Barres'], ['radar', 'Radar']] },
    { name: 'show-sector', label: 'Chiffres du secteur liés au résultat (enquête de 2022, sourcés)', type: 'checkbox' },
  ],
  finder: [
    { name: 'src', label: 'Structures (URL(s) de fichiers, séparées par des espaces, facultatif)', type: 'text' },
    { name: 'near', label: 'Commune de départ (facultatif)', type: 'text' },
    { name: 'themes', label: 'Thèmes présélectionnés (identifiants séparés par des virgules)', type: 'text' },
    { name: 'radius', label: 'Rayon (km)', type: 'number' },
    { name: 'tiles', label: 'Fond de carte', type: 'select', choices: [['', 'Contour de la France (aucune requête extérieure)'], ['ign', 'Plan IGN']] },
    { name: 'geocoder', label: 'Recherche de commune', type: 'select', choices: [['', 'Intégrée (hors ligne)'], ['geoplateforme', 'Géoplateforme IGN (en ligne)']] },
  ],
  overview: [
    { name: 'src', label: 'Export du collecteur (URL d’un fichier, facultatif : sinon l’équipe choisit ou dépose le fichier)', type: 'url' },
  ],
};

/**
 * The field that holds a finder's structure files, per element: left empty, the element shows the
 * bundled demo data (fictitious structures), which a network must not publish by mistake.
 */
const STRUCTURE_FIELDS: Partial<Record<Widget, string>> = { finder: 'src', diagnostic: 'structures-src' };

/** The preview lives in this element's shadow root, out of the loader's sight: load its code here. */
const LOADERS: Record<Widget, () => Promise<unknown>> = {
  diagnostic: () => import('../elements/diagnostic/define.js'),
  quiz: () => import('../elements/maturity-quiz/define.js'),
  gauge: () => import('../elements/results-gauge/define.js'),
  finder: () => import('../elements/support-finder/define.js'),
  overview: () => import('../elements/network-overview/define.js'),
};

const NAMES: Record<Widget, string> = {
  diagnostic: 'Le parcours complet (diagnostic, résultats, aide près de chez vous)',
  quiz: 'Le questionnaire seul',
  gauge: 'La jauge de résultats',
  finder: 'La recherche de structures',
  overview: 'La vue d’ensemble du réseau (pour son équipe : diagnostics reçus, demandes de contact)',
};

const TITLES: Record<Widget, string> = {
  diagnostic: 'Diagnostic numérique de votre association',
  quiz: 'Questionnaire de maturité numérique',
  gauge: 'Résultat du diagnostic numérique',
  finder: 'Structures d’accompagnement près de chez vous',
  overview: 'Ce que le réseau apprend des diagnostics',
};

/** @tagname cap-snippet-builder */
export class CapSnippetBuilder extends LitElement {
  static override styles = [
    tokens,
    css`
      :host {
        background: transparent;
      }
      .layout {
        display: grid;
        gap: 1.5rem;
      }
      @media (min-width: 60rem) {
        .layout {
          grid-template-columns: minmax(18rem, 1fr) minmax(0, 2fr);
        }
      }
      form {
        display: grid;
        gap: 0.9rem;
        align-content: start;
        min-width: 0;
      }
      input:not([type='checkbox']),
      select {
        width: 100%;
        min-width: 0;
      }
      label {
        display: grid;
        gap: 0.25rem;
        font-weight: 600;
      }
      label.inline {
        display: flex;
        align-items: center;
        gap: 0.5rem;
      }
      input,
      select,
      textarea {
        font: inherit;
        padding: 0.4rem 0.5rem;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
        color: var(--_text);
      }
      textarea {
        width: 100%;
        min-height: 6rem;
        font-family: ui-monospace, monospace;
        font-size: 0.85em;
      }
      .preview {
        border: 2px dashed var(--_border);
        border-radius: var(--_radius);
        padding: 1rem;
        background: #fff;
      }
      h2 {
        font-size: 1.15em;
        margin: 0 0 0.5rem;
      }
      .snippet {
        margin-top: 1rem;
      }
      .host-note {
        margin-top: 0.75rem;
        padding: 0.75rem 1rem;
        border-left: 4px solid var(--_primary);
        background: var(--_surface);
      }
      .host-note h3 {
        font-size: 1em;
        margin: 0 0 0.4rem;
      }
      .host-note p,
      .host-note ul {
        margin: 0.4rem 0;
      }
      code {
        font-family: ui-monospace, monospace;
        font-size: 0.9em;
        overflow-wrap: anywhere;
      }
      .field-warning {
        margin: 0;
        padding: 0.5rem 0.75rem;
        border-left: 4px solid #b34000;
        background: #fff4ec;
        color: #1e1e1e;
      }
      .field-warning:empty {
        display: none;
      }
      .link-button {
        font: inherit;
        padding: 0;
        border: 0;
        background: none;
        color: var(--_primary);
        text-decoration: underline;
        cursor: pointer;
      }
    `,
  ];

  static override properties = {
    widget: { state: true },
    lang: { state: true },
    primary: { state: true },
    values: { state: true },
    base: { state: true },
    copied: { state: true },
  };

  declare widget: Widget;
  declare lang: 'fr' | 'en';
  declare primary: string;
  declare values: Record<string, string | boolean>;
  declare base: string;
  declare copied: string;

  constructor() {
    super();
    this.widget = 'diagnostic';
    this.lang = 'fr';
    this.primary = '#000091';
    this.values = {};
    this.base = new URL('.', location.href).href;
    this.copied = '';
  }

  private get options(): SnippetOptions {
    const names = new Set(FIELDS[this.widget].map((f) => f.name));
    const attributes = Object.fromEntries(Object.entries(this.values).filter(([name]) => names.has(name)));
    return { widget: this.widget, base: this.base, lang: this.lang, primary: this.primary === '#000091' ? '' : this.primary, attributes };
  }

  private set(name: string, value: string | boolean): void {
    this.values = { ...this.values, [name]: value };
  }

  private async copy(text: string, which: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.copied = which;
    } catch {
      this.renderRoot.querySelector<HTMLTextAreaElement>(`#${which}`)?.select();
    }
  }

  protected override updated(): void {
    // The live preview: the element itself, built with setAttribute (never from markup).
    const preview = this.renderRoot.querySelector('.preview-host')!;
    const options = this.options;
    const element = document.createElement(TAGS[options.widget]);
    if (options.lang === 'en') element.setAttribute('lang', 'en');
    if (options.primary) element.setAttribute('primary', options.primary);
    for (const [name, value] of Object.entries(options.attributes)) {
      if (value === true) element.setAttribute(name, '');
      else if (typeof value === 'string' && value.trim()) element.setAttribute(name, value.trim());
    }
    const current = preview.firstElementChild;
    if (current && current.outerHTML === element.outerHTML) return;
    preview.replaceChildren(element);
    void LOADERS[options.widget]();
  }

  protected override render(): TemplateResult {
    const options = this.options;
    const script = scriptSnippet(options);
    const iframe = iframeSnippet(options, TITLES[this.widget]);
    return html`<div class="layout">
      <form @submit=${(e: Event) => e.preventDefault()} aria-label="Options">
        <label
          >Élément
          <select id="widget" .value=${this.widget} @change=${(e: Event) => (this.widget = (e.target as HTMLSelectElement).value as Widget)}>
            ${(Object.keys(NAMES) as Widget[]).map((w) => html`<option value=${w} ?selected=${w === this.widget}>${NAMES[w]}</option>`)}
          </select>
        </label>
        <label
          >Langue
          <select id="lang" @change=${(e: Event) => (this.lang = (e.target as HTMLSelectElement).value as 'fr' | 'en')}>
            <option value="fr" ?selected=${this.lang === 'fr'}>Français</option>
            <option value="en" ?selected=${this.lang === 'en'}>English</option>
          </select>
        </label>
        <label
          >Couleur principale
          <input id="primary" type="color" .value=${this.primary} @input=${(e: Event) => (this.primary = (e.target as HTMLInputElement).value)} />
        </label>
        ${FIELDS[this.widget].map((field) => this.renderField(field))}
        <label
          >Adresse du dossier dist/ de Cap Numérique
          <input id="base" type="url" .value=${this.base} @change=${(e: Event) => (this.base = (e.target as HTMLInputElement).value.replace(/\/?$/, '/'))} />
        </label>
      </form>
      <div>
        <h2>Aperçu</h2>
        <div class="preview"><div class="preview-host"></div></div>
        <div class="snippet">
          <label for="script-snippet">Code à coller (balise script)</label>
          <textarea id="script-snippet" readonly .value=${script}></textarea>
          <button type="button" class="button" @click=${() => this.copy(script, 'script-snippet')}>Copier le code</button>
          ${this.renderHostNote(options)}
        </div>
        <div class="snippet">
          <label for="iframe-snippet">Code à coller si votre CMS retire les scripts (iframe)</label>
          <textarea id="iframe-snippet" readonly .value=${iframe}></textarea>
          <button type="button" class="button secondary" @click=${() => this.copy(iframe, 'iframe-snippet')}>Copier l’iframe</button>
        </div>
        <p role="status">${this.copied ? 'Code copié.' : nothing}</p>
      </div>
    </div>`;
  }

  /** Under the script snippet: what the host of dist/ and a page with a CSP need. */
  private renderHostNote(options: SnippetOptions): TemplateResult {
    const additions = cspAdditions(options);
    return html`<section class="host-note" aria-labelledby="host-note-title">
      <h3 id="host-note-title">Ce que votre site doit permettre</h3>
      <p>
        Rien de particulier pour l’hébergement : le dossier <code>dist/</code> peut être sur un autre site que vos pages
        (un CDN, un sous-domaine), sans en-tête CORS. Gardez <code>loader.js</code> à sa place dans ce dossier.
      </p>
      <p>Si vos pages ont une politique de sécurité du contenu (en-tête <code>Content-Security-Policy</code>), ajoutez-y :</p>
      <ul>
        ${additions.map(([directive, sources]) => html`<li><code class="csp">${directive} ${sources}</code></li>`)}
        <li>si elle a une directive <code>trusted-types</code> qui liste des noms : <code>cap-numerique lit-html</code></li>
      </ul>
      <p>
        Sans héberger <code>dist/</code> : la version ${VERSION} publiée sur npm, depuis un CDN public
        ${cdnBases(VERSION).map(
          ({ name, base }, i) => html`${i ? ' ou ' : ''}<button type="button" class="link-button" @click=${() => (this.base = base)}>${name}</button>`,
        )}
        (ce CDN voit alors l’adresse IP de vos visiteurs).
      </p>
    </section>`;
  }

  private renderField(field: Field): TemplateResult {
    const value = this.values[field.name];
    if (field.type === 'checkbox') {
      return html`<label class="inline"
        ><input id=${`field-${field.name}`} type="checkbox" .checked=${value === true} @change=${(e: Event) => this.set(field.name, (e.target as HTMLInputElement).checked)} />
        ${field.label}</label
      >`;
    }
    if (field.type === 'select') {
      return html`<label
        >${field.label}
        <select id=${`field-${field.name}`} @change=${(e: Event) => this.set(field.name, (e.target as HTMLSelectElement).value)}>
          ${field.choices!.map(([v, text]) => html`<option value=${v} ?selected=${(value ?? '') === v}>${text}</option>`)}
        </select>
      </label>`;
    }
    // A finder without structure files shows fictitious demo data: said next to the field, read
    // with it (aria-describedby) and announced when it appears or goes (a status region).
    const demo = STRUCTURE_FIELDS[this.widget] === field.name;
    const warning = demo && !(typeof value === 'string' && value.trim());
    return html`<label
        >${field.label}
        <input
          id=${`field-${field.name}`}
          type=${field.type}
          min=${field.type === 'number' ? '0' : nothing}
          aria-describedby=${warning ? `warning-${field.name}` : nothing}
          .value=${typeof value === 'string' ? value : ''}
          @change=${(e: Event) => this.set(field.name, (e.target as HTMLInputElement).value)}
        />
      </label>
      ${demo
        ? html`<p id=${`warning-${field.name}`} class="field-warning" role="status">${warning
            ? `Sans ${field.name}, le module affiche des données de démonstration fictives : indiquez l’adresse de vos fichiers de structures avant de publier.`
            : nothing}</p>`
        : nothing}`;
  }
}

define('cap-snippet-builder', CapSnippetBuilder);
