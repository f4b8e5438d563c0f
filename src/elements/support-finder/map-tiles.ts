/**
 * The map's raster tiles (opt-in: `tiles="ign"` or an XYZ template), drawn over the offline base
 * map: a lazy chunk (with d3-tile), loaded only when the map is given tiles. A tile that fails is
 * not drawn at all, so the base map shows through where it would have been (never a grid of
 * broken images), and the credit names what is actually shown.
 */
import { svg, nothing } from 'lit';
import { tile } from 'd3-tile';
import type { ZoomTransform } from 'd3-zoom';
import { format, type Lang } from '../../core/i18n.js';
import { finderMsg } from './messages.js';
import { TILE_SIZE } from './map-geometry.js';
import { usableTiles } from './tiles-template.js';

export const IGN_TILES =
  'https://data.geopf.fr/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2&STYLE=normal&TILEMATRIXSET=PM&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&FORMAT=image/png';

/** At most this many tile outcomes are remembered (the oldest are forgotten first). */
const REMEMBERED = 2000;

export class TileLayer {
  /** Each tile URL that answered: loaded or failed. */
  private readonly outcomes = new Map<string, boolean>();
  /** The URLs drawn (or left out for having failed) in the last render. */
  private inView: string[] = [];
  private anyLoaded = false;
  /**
   * Every tile of a view failed before any tile loaded (offline, blocked by the page's img-src,
   * server down): no more tiles are asked for until `tiles` changes.
   */
  givenUp = false;

  /** `changed` is called when what the map shows (or its credit) changed with a tile's outcome. */
  constructor(private readonly changed: () => void) {}

  /** A new `tiles` value: forget every outcome. */
  reset(): void {
    this.outcomes.clear();
    this.inView = [];
    this.anyLoaded = false;
    this.givenUp = false;
  }

  private active(tiles: string): boolean {
    return !!tiles && tiles !== 'none' && !this.givenUp && usableTiles(tiles);
  }

  private url(tiles: string, x: number, y: number, z: number): string {
    return format(tiles === 'ign' ? IGN_TILES : tiles, { x, y, z });
  }

  /** The tiles of the view, as SVG images in the map's pixels; those that failed are left out. */
  render(tiles: string, t: ZoomTransform, width: number, height: number): unknown {
    this.inView = [];
    if (!this.active(tiles)) return nothing;
    const grid = tile().size([width, height]).scale(t.k).translate([t.x, t.y]).tileSize(TILE_SIZE)();
    const [tx, ty] = grid.translate;
    const k = grid.scale;
    return grid.map(([x, y, z]) => {
      const n = 2 ** z;
      if (y < 0 || y >= n) return nothing;
      const href = this.url(tiles, ((x % n) + n) % n, y, z);
      this.inView.push(href);
      if (this.outcomes.get(href) === false) return nothing;
      return svg`<image
        class="tile"
        href=${href}
        x=${Math.round((x + tx) * k)}
        y=${Math.round((y + ty) * k)}
        width=${Math.ceil(k)}
        height=${Math.ceil(k)}
        @load=${this.onLoad}
        @error=${this.onError}
      ></image>`;
    });
  }

  private outcome(event: Event, loaded: boolean): void {
    const href = (event.target as SVGImageElement).href.baseVal;
    const before = this.creditKey();
    if (this.outcomes.size >= REMEMBERED) this.outcomes.delete(this.outcomes.keys().next().value!);
    this.outcomes.set(href, loaded);
    this.anyLoaded ||= loaded;
    if (!this.anyLoaded && this.inView.length > 0 && this.inView.every((url) => this.outcomes.get(url) === false)) this.givenUp = true;
    // A failed tile is taken out of the view; a loaded one only matters if the credit changes.
    if (!loaded || this.creditKey() !== before) this.changed();
  }

  private readonly onLoad = (event: Event): void => this.outcome(event, true);
  private readonly onError = (event: Event): void => this.outcome(event, false);

  /**
   * What the view shows: `tiles` where a tile of the view has loaded, `base` where the offline
   * base map shows instead (no tiles at all, none loaded yet, or some failed).
   */
  private creditKey(): 'base' | 'tiles' | 'both' {
    const shown = this.inView.map((url) => this.outcomes.get(url));
    const tilesShown = shown.includes(true);
    const baseShown = !tilesShown || shown.includes(false);
    return tilesShown ? (baseShown ? 'both' : 'tiles') : 'base';
  }

  /** Whether the view shows only the offline base map (no tile drawn): it then names places itself. */
  showsBase(tiles: string): boolean {
    return !this.active(tiles) || this.creditKey() === 'base';
  }

  /** The credit line: the offline base map's, the tiles', or both when both show. */
  credit(tiles: string, lang: Lang): string {
    const base = finderMsg(lang, 'attributionNone');
    if (!this.active(tiles)) return base;
    const key = this.creditKey();
    if (key === 'base') return base;
    let source: string;
    if (tiles === 'ign') source = finderMsg(lang, 'attributionIgn');
    else {
      let host = tiles;
      try {
        host = new URL(tiles.replace(/[{}]/g, '')).hostname;
      } catch {
        // keep the template as written
      }
      source = finderMsg(lang, 'attributionCustom', { host });
    }
    return key === 'tiles' ? source : `${source} ${finderMsg(lang, 'attributionElsewhere')}`;
  }
}
