import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Lang } from '../../core/i18n.js';
import type { CommuneMatch } from '../../core/geo/communes.js';
import { parseLatLon } from '../../core/geo/distance.js';
import { foldText } from '../../core/text.js';
import { finderMsg } from './messages.js';

export interface Place {
  label: string;
  lat: number;
  lon: number;
  approximate?: boolean;
}

/** Suggestions from what is loaded now, and the complete answer once the query's part is there. */
interface PlaceSearcher {
  now: (query: string) => Place[];
  /** Resolves once the part of the index a query falls in is there (`now` then answers in full). */
  ready: (query: string) => Promise<void>;
  all: (query: string) => Promise<Place[]>;
}

const GEO_TIMEOUT_MS = 10_000;
/**
 * The browser's own time-out does not run while its permission prompt waits, and some browsers
 * never call back when the prompt is dismissed: past this delay the finder stops waiting.
 */
const GEO_GIVE_UP_MS = 30_000;

/**
 * The finder's place search: the town / postcode field with its suggestions (the offline commune
 * index by default, or an online geocoder), "Autour de moi", and the messages about them. A place
 * found is handed to the finder (`setOrigin`).
 */
export class PlaceSearch {
  declare private searcher: Promise<PlaceSearcher> | undefined;
  /** Bumped by each "Autour de moi" and each place chosen: a late position for an older request is ignored. */
  private geoRequest = 0;
  private _query = '';
  private _suggestions: Place[] = [];
  private _activeSuggestion = -1;
  private _placeMessage = '';

  constructor(
    private readonly host: Pick<ReactiveControllerHost, 'requestUpdate'> & { language: Lang; geocoder: string },
    /** `focus`: the field got the focus (a place may be chosen soon). */
    private readonly on: { setOrigin: (place: Place) => void; announce: (text: string) => void; focus: () => void },
  ) {}

  /** What the field holds. */
  get query(): string {
    return this._query;
  }
  set query(value: string) {
    this._query = value;
    this.host.requestUpdate();
  }
  get suggestions(): Place[] {
    return this._suggestions;
  }
  set suggestions(value: Place[]) {
    this._suggestions = value;
    this.host.requestUpdate();
  }
  get activeSuggestion(): number {
    return this._activeSuggestion;
  }
  set activeSuggestion(value: number) {
    this._activeSuggestion = value;
    this.host.requestUpdate();
  }
  get placeMessage(): string {
    return this._placeMessage;
  }
  set placeMessage(value: string) {
    this._placeMessage = value;
    this.host.requestUpdate();
  }

  /**
   * The offline commune index (src/data/communes.ts): its largest communes load when the field gets
   * the focus and answer each keystroke at once; the part a query narrows to loads meanwhile and
   * refines the suggestions when it arrives. Resolves once the first part is there.
   */
  private placeSearcher(): Promise<PlaceSearcher> {
    this.searcher ??= import('../../data/communes.js').then(async (communes) => {
      await communes.prepareCommuneSearch();
      const places = (matches: CommuneMatch[]) =>
        matches.map((m) => ({ label: m.label, lat: m.commune.lat, lon: m.commune.lon, approximate: m.commune.approximate }));
      return {
        now: (query: string) => places(communes.suggestCommunes(query)),
        ready: (query: string) => communes.loadPartsFor(query),
        all: async (query: string) => places(await communes.findCommunes(query)),
      };
    });
    this.searcher.catch(() => (this.searcher = undefined));
    return this.searcher;
  }

  onQueryInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    this.placeMessage = '';
    if (this.host.geocoder !== 'local') {
      this.suggestions = [];
      return;
    }
    const query = this.query;
    /** The suggestions of this keystroke; a refinement (`first` false) changes only what differs. */
    const show = (search: PlaceSearcher, first: boolean) => {
      // A query typed over is not searched again when its part arrives.
      if (query !== this.query) return;
      const before = this.suggestions;
      const next = query.trim().length >= 2 ? search.now(query).slice(0, 8) : [];
      if (!first && next.length === before.length && next.every((p, i) => p.label === before[i]!.label)) return;
      // A refinement keeps the suggestion the arrows are on, where it still is.
      const active = first ? undefined : before[this.activeSuggestion]?.label;
      this.suggestions = next;
      this.activeSuggestion = next.findIndex((p) => p.label === active);
      if (next.length > 0 && (first || next.length !== before.length)) {
        this.on.announce(finderMsg(this.host.language, 'suggestions', { count: next.length }));
      }
    };
    void this.placeSearcher().then(
      (search) => {
        show(search, true);
        if (query.trim().length >= 2) void search.ready(query).then(() => show(search, false), () => undefined);
      },
      () => undefined,
    );
  }

  private onQueryKeydown(event: KeyboardEvent): void {
    const count = this.suggestions.length;
    if (event.key === 'ArrowDown' && count > 0) {
      this.activeSuggestion = (this.activeSuggestion + 1) % count;
    } else if (event.key === 'ArrowUp' && count > 0) {
      this.activeSuggestion = this.activeSuggestion <= 0 ? count - 1 : this.activeSuggestion - 1;
    } else if (event.key === 'Escape' && count > 0) {
      this.suggestions = [];
      this.activeSuggestion = -1;
    } else if (event.key === 'Enter' && this.activeSuggestion >= 0) {
      this.choosePlace(this.suggestions[this.activeSuggestion]!);
    } else {
      return;
    }
    event.preventDefault();
  }

  private onSearchSubmit(event: Event): void {
    event.preventDefault();
    void this.searchPlace(this.query, false);
  }

  /** Resolve a query (town, postcode, INSEE code, `lat,lon`) to a place, or offer a choice. */
  async searchPlace(query: string, quiet: boolean): Promise<void> {
    const lang = this.host.language;
    const trimmed = query.trim();
    if (!trimmed) return;
    const point = parseLatLon(trimmed);
    if (point) {
      this.on.setOrigin({ label: trimmed, lat: point.lat, lon: point.lon });
      return;
    }
    let places: Place[];
    if (this.host.geocoder === 'local' || !this.host.geocoder) {
      places = await (await this.placeSearcher()).all(trimmed);
    } else {
      const { geocodeUrl, searchPlaces } = await import('../../core/geo/geoplateforme.js');
      const found = await searchPlaces(geocodeUrl(this.host.geocoder, trimmed));
      if (!found.ok) {
        this.placeMessage =
          found.reason === 'no-match'
            ? finderMsg(lang, 'noMatch', { query: trimmed })
            : finderMsg(lang, 'geocoderError', { detail: found.detail ?? found.reason });
        this.on.announce(this.placeMessage);
        return;
      }
      places = found.places.map((p) => ({ label: p.label, lat: p.lat, lon: p.lon }));
    }
    if (places.length === 0) {
      this.placeMessage = finderMsg(lang, 'noMatch', { query: trimmed });
      this.suggestions = [];
      this.on.announce(this.placeMessage);
      return;
    }
    const exact = places.filter((p) => normalize(p.label).startsWith(normalize(trimmed)) && samePlaceName(p.label, trimmed));
    if (places.length === 1 || (quiet && places.length > 0) || exact.length === 1) {
      this.choosePlace(exact.length === 1 ? exact[0]! : places[0]!);
      return;
    }
    this.suggestions = places.slice(0, 8);
    this.activeSuggestion = -1;
    this.placeMessage = finderMsg(lang, 'choosePlace');
    this.on.announce(this.placeMessage);
  }

  choosePlace(place: Place): void {
    this.geoRequest++;
    this.query = place.label;
    this.suggestions = [];
    this.activeSuggestion = -1;
    this.placeMessage = place.approximate ? `${place.label} : ${finderMsg(this.host.language, 'approximate')}` : '';
    this.on.setOrigin(place);
  }

  locate(): void {
    const lang = this.host.language;
    if (!navigator.geolocation) {
      this.placeMessage = finderMsg(lang, 'geoUnavailable');
      this.on.announce(this.placeMessage);
      return;
    }
    this.placeMessage = finderMsg(lang, 'locating');
    this.on.announce(this.placeMessage);
    const request = ++this.geoRequest;
    const fail = (key: string) => {
      window.clearTimeout(giveUp);
      if (request !== this.geoRequest) return;
      this.geoRequest++;
      this.placeMessage = finderMsg(this.host.language, key);
      this.on.announce(this.placeMessage);
    };
    const giveUp = window.setTimeout(() => fail('geoTimeout'), GEO_GIVE_UP_MS);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        window.clearTimeout(giveUp);
        if (request !== this.geoRequest) return;
        this.placeMessage = '';
        this.query = '';
        this.on.setOrigin({
          label: finderMsg(this.host.language, 'myPosition'),
          lat: position.coords.latitude,
          lon: position.coords.longitude,
        });
      },
      (error) => fail(error.code === 1 ? 'geoDenied' : error.code === 3 ? 'geoTimeout' : 'geoUnavailable'),
      { timeout: GEO_TIMEOUT_MS, maximumAge: 60_000 },
    );
  }


  render(lang: Lang): TemplateResult {
    const open = this.suggestions.length > 0;
    const active = this.activeSuggestion >= 0 ? `suggestion-${this.activeSuggestion}` : undefined;
    return html`<form class="search" part="search" role="search" @submit=${(e: Event) => this.onSearchSubmit(e)}>
      <label for="place">${finderMsg(lang, 'searchLabel')}</label>
      <p class="hint" id="place-hint">${finderMsg(lang, 'searchHint')}</p>
      <div class="search-row">
        <div class="combobox">
          <input
            id="place"
            part="input"
            type="text"
            autocomplete="off"
            spellcheck="false"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls="suggestions"
            aria-activedescendant=${active ?? nothing}
            aria-describedby="place-hint place-message"
            .value=${this.query}
            @input=${(e: Event) => this.onQueryInput(e)}
            @focus=${() => {
              this.on.focus();
              if (this.host.geocoder === 'local') void this.placeSearcher();
            }}
            @keydown=${(e: KeyboardEvent) => this.onQueryKeydown(e)}
          />
          <ul id="suggestions" part="suggestions" role="listbox" aria-label=${finderMsg(lang, 'searchLabel')} ?hidden=${!open}>
            ${this.suggestions.map(
              (place, i) => html`<li
                id=${`suggestion-${i}`}
                role="option"
                aria-selected=${i === this.activeSuggestion ? 'true' : 'false'}
                @click=${() => this.choosePlace(place)}
              >
                ${place.label}${place.approximate ? html`<span class="muted">${` (${finderMsg(lang, 'approximate')})`}</span>` : nothing}
              </li>`,
            )}
          </ul>
        </div>
        <button type="submit" class="button" part="button">${finderMsg(lang, 'search')}</button>
        <button type="button" class="button secondary" part="button" @click=${() => this.locate()}>${finderMsg(lang, 'aroundMe')}</button>
      </div>
      <p class="place-message" id="place-message">${this.placeMessage}</p>
    </form>`;
  }
}

/** Lower case, no accents, punctuation as single spaces. */
const normalize = (text: string): string => foldText(text, { words: true });

function samePlaceName(label: string, query: string): boolean {
  return normalize(label.replace(/\s*\(.*\)$/, '')) === normalize(query);
}
