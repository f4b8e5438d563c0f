import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { html, LitElement, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import Supercluster from 'supercluster';
import type { Lang } from '../../core/i18n.js';
import type { Origin } from '../../core/structures/search.js';
import type { Structure } from '../../core/structures/model.js';
import { runToEnd } from '../../core/steps.js';
import { addToCells, type MapCells, type PointProps } from '../../core/finder/map-cells.js';
import { AREAS, type Bounds, kmToWorld, outlinePath, project, TILE_SIZE, unproject } from './map-geometry.js';
import type { TileLayer } from './map-tiles.js';
import { usableTiles } from './tiles-template.js';
import type { BaseMapPaths } from './map-base.js';
import { cancelIdle, nextTask, whenIdle } from '../shared/idle.js';
import { loadInSteps } from './cluster-steps.js';
import { tokens } from '../shared/tokens.styles.js';
import { finderMsg } from './messages.js';
import { mapStyles } from './finder-map.styles.js';
import { loadPlaces, type PlacesLayer } from './map-places.js';

/** Cluster properties: in the index of zooms 3–6, the number of structures (its points are cells). */
interface ClusterCount {
  count?: number;
}

export { usableTiles } from './tiles-template.js';

/** The index of zooms 7–11: every structure (from zoom 12 on each shows on its own). */
const FINE = { radius: 48, minZoom: 7, maxZoom: 11 };
const PAN_STEP = 80;
const ZOOM_STEP = 1.6;

/**
 * The finder's map: France (offline outline, or raster tiles when the integrator opts in), the
 * structures clustered with supercluster, pan and zoom with mouse, touch and keyboard (d3-zoom).
 * An enhancement of the list, which stays the primary interface.
 *
 * @tagname cap-finder-map
 * @summary Internal map view of `<cap-support-finder>`.
 */
export class CapFinderMap extends LitElement {
  static override styles = [tokens, mapStyles];

  static override properties = {
    structures: { attribute: false },
    cells: { attribute: false },
    selectedId: { attribute: false },
    origin: { attribute: false },
    radiusKm: { attribute: false },
    tiles: { type: String },
    language: { attribute: false },
    transform: { state: true },
    size: { state: true },
    baseMap: { state: true },
    tileLayer: { state: true },
  };

  declare structures: readonly Structure[];
  /**
   * The structures counted into the cells of the first index (zooms 3–6), when the finder's model
   * counted them ahead (while it read the data): the map then does not count them in the frame
   * that draws them. Given with `structures`, for them; without, the map counts its own.
   */
  declare cells: MapCells | undefined;
  declare selectedId: string | undefined;
  declare origin: Origin | undefined;
  /** The search radius drawn around `origin` (dashed), when the list shows the structures inside it. */
  declare radiusKm: number | undefined;
  declare tiles: string;
  declare language: Lang;
  declare private transform: ZoomTransform;
  declare private size: { width: number; height: number };
  /** The countries around France (a lazy chunk), drawn under the outline once they arrive. */
  declare private baseMap: BaseMapPaths | undefined;
  /** Raster tiles over the base map (a lazy chunk, when `tiles` names some); a tile that fails leaves the base map in view. */
  declare private tileLayer: TileLayer | undefined;

  /** Called when the user picks a structure on the map. */
  onSelect: (id: string) => void = () => {};

  private readonly projection = project;
  /** Names of the largest communes in view on the offline map (a lazy layer); null while it loads. */
  private places: PlacesLayer | null | undefined;
  private readonly outlinePath: string = outlinePath();
  /** Clusters for zooms 3–6 (all the first view needs), built with the structures. */
  declare private index: Supercluster<PointProps, ClusterCount> | undefined;
  /** Clusters for zooms 7–11, built on the next idle moment, or at once when the user zooms past 6. */
  declare private fineIndex: Supercluster<PointProps, ClusterCount> | undefined;
  private fineTask = 0;
  /** The idle build of `fineIndex` under way. */
  declare private fineSteps: Generator<undefined, Supercluster<PointProps, ClusterCount>, undefined> | undefined;
  declare private zoomBehavior: ZoomBehavior<SVGSVGElement, unknown> | undefined;
  declare private svgSelection: Selection<SVGSVGElement, unknown, null, undefined> | undefined;
  declare private resizeObserver: ResizeObserver | undefined;
  private focusAfter: string | null = null;
  private fitted = false;
  /** The last view asked for (an area, a structure): applied again once the map has its size. */
  private lastView: (() => void) | undefined;
  private measured = false;
  private glide = 0;
  private reindex = 0;
  /** How many structures the index was built from. */
  private indexed = 0;

  constructor() {
    super();
    this.structures = [];
    this.tiles = 'none';
    this.language = 'fr';
    this.transform = zoomIdentity;
    this.size = { width: 600, height: 400 };
  }

  /** New structures alone: nothing to draw before their index is built on the next frame. */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    const data = ['structures', 'cells'] as (keyof CapFinderMap)[];
    if (this.index && changed.size > 0 && [...changed.keys()].every((k) => data.includes(k as keyof CapFinderMap))) {
      this.scheduleIndex();
      return false;
    }
    return true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('tiles')) {
      this.tileLayer?.reset();
      if (!this.tileLayer && usableTiles(this.tiles)) {
        void import('./map-tiles.js').then(({ TileLayer }) => (this.tileLayer ??= new TileLayer(() => this.requestUpdate())));
      }
    }
    if (!changed.has('structures' as keyof CapFinderMap)) return;
    if (!this.index) {
      this.buildIndex();
      return;
    }
    this.scheduleIndex();
  }

  /**
   * The list (the primary interface) updates first; the markers follow on the next frame, so a
   * filter change never waits for the clustering of thousands of points. One animation frame is
   * not enough: asked for while the list updates, it runs in the frame that paints the list. The
   * first structures of an empty map are drawn in that frame, as nothing shows there yet.
   */
  private scheduleIndex(): void {
    cancelAnimationFrame(this.reindex);
    const draw = () => {
      this.buildIndex();
      this.requestUpdate();
    };
    this.reindex = requestAnimationFrame(this.indexed > 0 ? () => (this.reindex = requestAnimationFrame(draw)) : draw);
  }

  /**
   * Clusters from zoom 3 (all of France) to 11 (a town); from 12 on every point shows on its own.
   * Two indexes: zooms 3–6 now (the first view), 7–11 on the next idle moment (most of the cost
   * for 20,000 points: few of them merge at those zooms), or at once if the user zooms past 6.
   */
  private buildIndex(): void {
    this.indexed = this.structures.length;
    const cells = this.cells ?? addToCells(new Map(), this.structures);
    this.index = new Supercluster<PointProps, ClusterCount>({
      radius: 48,
      minZoom: 3,
      maxZoom: 6,
      map: (p) => ({ count: p.count }),
      reduce: (total, p) => {
        total.count = (total.count ?? 0) + (p.count ?? 0);
      },
    }).load([...cells.values()]);
    this.fineIndex = undefined;
    this.scheduleFineIndex();
  }

  /** Zooms 7–11 built a step per idle moment (see loadInSteps), then drawn if they show. */
  private scheduleFineIndex(): void {
    cancelIdle(this.fineTask);
    const steps = (this.fineSteps = this.fineBuild());
    const step = () => {
      this.fineTask = 0;
      if (this.fineSteps !== steps) return;
      const next = steps.next();
      if (!next.done) {
        this.fineTask = whenIdle(step);
        return;
      }
      this.fineIndex = next.value;
      this.fineSteps = undefined;
      if (this.mapZoom >= 7) this.requestUpdate();
    };
    this.fineTask = whenIdle(step);
  }

  /** The index of zooms 7–11 now (the steps left, if its idle build has not finished). */
  private buildFineIndex(): Supercluster<PointProps, ClusterCount> {
    cancelIdle(this.fineTask);
    this.fineTask = 0;
    if (!this.fineIndex) {
      this.fineIndex = runToEnd(this.fineSteps ?? this.fineBuild());
      this.fineSteps = undefined;
    }
    return this.fineIndex;
  }

  /**
   * The steps that build the index of zooms 7–11 from the structures as they are now. The points
   * are made in the first step, not in the frame that draws the first clusters (20,000 objects).
   */
  private *fineBuild(structures = this.structures): Generator<undefined, Supercluster<PointProps, ClusterCount>, undefined> {
    const points: Supercluster.PointFeature<PointProps>[] = [];
    for (const s of structures) {
      if (s.positionWarning === 'outside-france') continue;
      points.push({ type: 'Feature', properties: { id: s.id, name: s.name }, geometry: { type: 'Point', coordinates: [s.lon, s.lat] } });
    }
    yield;
    return yield* loadInSteps(new Supercluster<PointProps, ClusterCount>(FINE), points);
  }

  /**
   * The first render (the outline, the clusters, the d3-zoom set-up) runs in a task of its own,
   * after the finder's first render: together they made a task of more than 50 ms on the host page.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.hasUpdated ? super.scheduleUpdate() : nextTask().then(() => super.scheduleUpdate());
  }

  protected override firstUpdated(): void {
    const svgElement = this.renderRoot.querySelector('svg.map') as SVGSVGElement;
    this.svgSelection = select(svgElement);
    this.zoomBehavior = zoom<SVGSVGElement, unknown>()
      // The size we measured: d3-zoom's default reads the SVG's CSS-relative width, which fails
      // while the element is detached.
      .extent(() => [
        [0, 0],
        [this.size.width, this.size.height],
      ])
      .scaleExtent([1 << 9, 1 << 26])
      .on('zoom', (event: { transform: ZoomTransform }) => {
        this.transform = event.transform;
      });
    this.svgSelection.call(this.zoomBehavior).on('dblclick.zoom', null);
    whenIdle(() => void import('./map-base.js').then(({ baseMapPaths }) => (this.baseMap = baseMapPaths())));
    this.resizeObserver = new ResizeObserver(([entry]) => {
      const { width, height } = entry!.contentRect;
      if (width > 0 && height > 0 && (width !== this.size.width || height !== this.size.height)) {
        this.size = { width, height };
        const first = !this.measured;
        this.measured = true;
        // A view asked for before the map had its size (or its first render) is applied now.
        if (!this.fitted) this.showArea('metropole', false);
        else if (first) this.lastView?.();
      }
    });
    this.resizeObserver.observe(svgElement);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    cancelAnimationFrame(this.glide);
    cancelAnimationFrame(this.reindex);
    cancelIdle(this.fineTask);
    this.fineTask = 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Removed before its idle build and put back: build the rest of the index later after all.
    if (this.index && !this.fineIndex && !this.fineTask) this.scheduleFineIndex();
  }

  /** The zoom transform that fits geographic bounds in the map. */
  private fit(bounds: Bounds): ZoomTransform {
    const [[west, south], [east, north]] = bounds;
    const [x0, y0] = this.projection([west, north])!;
    const [x1, y1] = this.projection([east, south])!;
    const { width, height } = this.size;
    const k = 0.92 * Math.min(width / Math.abs(x1 - x0), height / Math.abs(y1 - y0));
    const cx = (x0 + x1) / 2;
    const cy = (y0 + y1) / 2;
    return zoomIdentity.translate(width / 2 - k * cx, height / 2 - k * cy).scale(k);
  }

  private get moving(): boolean {
    return !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  }

  /** Go to a transform, with a short glide unless the user prefers reduced motion. */
  private applyTransform(target: ZoomTransform, animated = this.moving): void {
    const selection = this.svgSelection;
    const behavior = this.zoomBehavior;
    if (!selection || !behavior) return;
    cancelAnimationFrame(this.glide);
    if (!animated) {
      selection.call(behavior.transform, target);
      return;
    }
    const from = this.transform;
    const started = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - started) / 400);
      const e = 1 - (1 - t) ** 3;
      const k = from.k * (target.k / from.k) ** e;
      // Interpolate the map point at the centre so the glide does not swerve.
      const { width, height } = this.size;
      const cx0 = (width / 2 - from.x) / from.k;
      const cy0 = (height / 2 - from.y) / from.k;
      const cx1 = (width / 2 - target.x) / target.k;
      const cy1 = (height / 2 - target.y) / target.k;
      const cx = cx0 + (cx1 - cx0) * e;
      const cy = cy0 + (cy1 - cy0) * e;
      selection.call(behavior.transform, zoomIdentity.translate(width / 2 - k * cx, height / 2 - k * cy).scale(k));
      if (t < 1) this.glide = requestAnimationFrame(step);
    };
    this.glide = requestAnimationFrame(step);
  }

  /** Show mainland France or an overseas department. */
  showArea(id: string, animated = this.moving): void {
    const area = AREAS.find((a) => a.id === id);
    if (!area) return;
    this.fitted = true;
    this.lastView = () => this.showArea(id, false);
    this.applyTransform(this.fit(area.bounds), animated);
  }

  /**
   * Centre on a searched place at the closest zoom (5 to 12) that shows `km` all around it: the
   * search radius, or how far the nearest structures are. Before the map has its size, the view
   * is set again once it has.
   */
  showAround(lat: number, lon: number, km: number): void {
    this.fitted = true;
    this.lastView = () => this.showAround(lat, lon, km);
    const [x, y] = this.projection([lon, lat])!;
    const { width, height } = this.size;
    // Room for a marker's pin (25 px tall) inside the edge.
    const k = Math.min(Math.max((Math.min(width, height) / 2 - 28) / kmToWorld(km, lat), TILE_SIZE * 2 ** 5), TILE_SIZE * 2 ** 12);
    this.applyTransform(zoomIdentity.translate(width / 2 - k * x, height / 2 - k * y).scale(k));
  }

  /** Centre on a point at a zoom where it is shown on its own. */
  focusOn(lat: number, lon: number, zoomLevel = 14): void {
    this.fitted = true;
    this.lastView = () => this.focusOn(lat, lon, zoomLevel);
    const [x, y] = this.projection([lon, lat])!;
    const k = Math.max(this.transform.k, TILE_SIZE * 2 ** zoomLevel);
    const { width, height } = this.size;
    this.applyTransform(zoomIdentity.translate(width / 2 - k * x, height / 2 - k * y).scale(k));
  }

  private get mapZoom(): number {
    return Math.max(0, Math.log2(this.transform.k / TILE_SIZE));
  }

  /** The index for a zoom level (the fine one is built at once when first needed). */
  private indexFor(z: number): Supercluster<PointProps, ClusterCount> | undefined {
    if (!this.index) return undefined;
    return z >= 7 ? this.buildFineIndex() : this.index;
  }

  private visibleClusters() {
    const z = Math.floor(this.mapZoom);
    const index = this.indexFor(z);
    if (!index) return [];
    const t = this.transform;
    const { width, height } = this.size;
    const west = unproject((-t.x) / t.k, (-t.y) / t.k);
    const east = unproject((width - t.x) / t.k, (height - t.y) / t.k);
    const bbox: [number, number, number, number] = [
      Math.max(-180, west[0]),
      Math.max(-85, east[1]),
      Math.min(180, east[0]),
      Math.min(85, west[1]),
    ];
    // In reading order, north to south then west to east: the Tab order through the markers follows
    // the map as it is seen, and southern pins are drawn over the northern ones they overlap.
    return index
      .getClusters(bbox, z)
      .sort((a, b) => b.geometry.coordinates[1]! - a.geometry.coordinates[1]! || a.geometry.coordinates[0]! - b.geometry.coordinates[0]!);
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.target !== event.currentTarget || !this.svgSelection || !this.zoomBehavior) return;
    const k = this.transform.k;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [PAN_STEP, 0],
      ArrowRight: [-PAN_STEP, 0],
      ArrowUp: [0, PAN_STEP],
      ArrowDown: [0, -PAN_STEP],
    };
    if (event.key in moves) {
      const [dx, dy] = moves[event.key]!;
      this.svgSelection.call(this.zoomBehavior.translateBy, dx / k, dy / k);
    } else if (event.key === '+' || event.key === '=') {
      this.svgSelection.call(this.zoomBehavior.scaleBy, ZOOM_STEP);
    } else if (event.key === '-' || event.key === '_') {
      this.svgSelection.call(this.zoomBehavior.scaleBy, 1 / ZOOM_STEP);
    } else {
      return;
    }
    event.preventDefault();
  }

  private activate(event: Event, action: () => void): void {
    if (event instanceof KeyboardEvent && event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    event.stopPropagation();
    action();
  }

  private zoomIntoCluster(clusterId: number, lon: number, lat: number, zoomLevel: number): void {
    // A cluster id is only meaningful in the index that made it (the one for its zoom level).
    this.zoomTo(lon, lat, Math.min(this.indexFor(zoomLevel)!.getClusterExpansionZoom(clusterId), 12));
  }

  private zoomTo(lon: number, lat: number, expansion: number): void {
    const [x, y] = this.projection([lon, lat])!;
    const k = TILE_SIZE * 2 ** expansion;
    const { width, height } = this.size;
    // Focus stays on the map itself (its instructions say where you are) rather than on a marker
    // that the zoom removes.
    this.focusAfter = 'map';
    this.applyTransform(zoomIdentity.translate(width / 2 - k * x, height / 2 - k * y).scale(k), false);
  }

  protected override updated(): void {
    if (this.focusAfter === 'map') {
      this.focusAfter = null;
      this.renderRoot.querySelector<HTMLElement>('.map-frame')?.focus();
    }
  }

  protected override render(): TemplateResult {
    const lang = this.language;
    const t = this.transform;
    const clusters = this.visibleClusters();
    const z = Math.floor(this.mapZoom);
    const origin = this.origin ? this.projection([this.origin.lon, this.origin.lat]) : null;
    const world = `translate(${t.x},${t.y}) scale(${t.k})`;
    return html`<div class="areas" role="group" aria-label=${finderMsg(lang, 'mapAreas')}>
        ${AREAS.map(
          (area) => html`<button type="button" class="area-button" part="button" @click=${() => this.showArea(area.id)}>
            ${finderMsg(lang, `area-${area.id}`)}
          </button>`,
        )}
      </div>
      <div
        class="map-frame"
        part="map"
        tabindex="0"
        role="group"
        aria-roledescription=${finderMsg(lang, 'mapRole')}
        aria-label=${finderMsg(lang, 'mapLabel', { count: this.structures.length })}
        aria-describedby="map-help"
        @keydown=${this.onKeydown}
      >
        <svg class="map" focusable="false">
          <g class="base">
            ${this.baseMap ? svg`<path class="neighbours" d=${this.baseMap.neighbours} transform=${world}></path>` : nothing}
            <path class="outline" d=${this.outlinePath} transform=${world}></path>
            ${this.baseMap ? svg`<path class="outline" d=${this.baseMap.collectivities} transform=${world}></path>` : nothing}
          </g>
          ${this.tileLayer?.render(this.measured ? this.tiles : 'none', t, this.size.width, this.size.height)}
          ${!this.tileLayer || this.tileLayer.showsBase(this.tiles) ? this.placesLayer(t, clusters) : nothing}
          ${origin && this.radiusKm
            ? svg`<circle class="radius" aria-hidden="true" cx=${t.applyX(origin[0])} cy=${t.applyY(origin[1])}
                r=${kmToWorld(this.radiusKm, this.origin!.lat) * t.k}></circle>`
            : nothing}
          ${origin
            ? svg`<g class="origin" transform=${`translate(${t.applyX(origin[0])},${t.applyY(origin[1])})`} aria-hidden="true">
                <circle r="7"></circle><circle r="2.5" class="origin-dot"></circle>
              </g>`
            : nothing}
          ${clusters.map((c) => {
            const [lon, lat] = c.geometry.coordinates as [number, number];
            const [px, py] = this.projection([lon, lat])!;
            const x = t.applyX(px);
            const y = t.applyY(py);
            const props = c.properties as Partial<Supercluster.ClusterProperties> & Partial<PointProps>;
            // A cluster, or a cell of several structures (zooms 3–6), which opens at zoom 7.
            const count = props.count ?? props.point_count ?? 1;
            if (props.cluster || count > 1) {
              const zoomIn = () =>
                props.cluster ? this.zoomIntoCluster(props.cluster_id!, lon, lat, z) : this.zoomTo(lon, lat, 7);
              const r = Math.min(26, 12 + Math.log2(count) * 2.2);
              return svg`<g
                class="cluster"
                role="button"
                tabindex="0"
                aria-label=${finderMsg(lang, 'clusterLabel', { count })}
                transform=${`translate(${x},${y})`}
                @click=${(e: Event) => this.activate(e, zoomIn)}
                @keydown=${(e: KeyboardEvent) => this.activate(e, zoomIn)}
              ><circle r=${r}></circle><text dy="0.35em" text-anchor="middle">${count}</text></g>`;
            }
            const selected = props.id === this.selectedId;
            return svg`<g
              class=${selected ? 'marker selected' : 'marker'}
              role="button"
              tabindex="0"
              aria-pressed=${selected ? 'true' : 'false'}
              aria-label=${props.name ?? ''}
              transform=${`translate(${x},${y})`}
              @click=${(e: Event) => this.activate(e, () => this.onSelect(props.id!))}
              @keydown=${(e: KeyboardEvent) => this.activate(e, () => this.onSelect(props.id!))}
            ><path d="M0 0 C -2 -6 -9 -9 -9 -16 A 9 9 0 1 1 9 -16 C 9 -9 2 -6 0 0 Z"></path><circle cy="-16" r="3.2" class="marker-dot"></circle></g>`;
          })}
        </svg>
      </div>
      <p id="map-help" class="map-help">${finderMsg(lang, 'mapHelp')}</p>
      <p class="attribution" part="attribution">${this.tileLayer?.credit(this.tiles, lang) ?? finderMsg(lang, 'attributionNone')}</p>`;
  }

  /** Over tiles, which carry their own names, none; a failed download leaves the map without them. */
  private placesLayer(t: ZoomTransform, clusters: { geometry: { coordinates: number[] } }[]): unknown {
    if (this.places === undefined) {
      this.places = null;
      loadPlaces(this.renderRoot).then((layer) => ((this.places = layer), this.requestUpdate()), () => undefined);
    }
    return this.places?.(t, this.size, this.mapZoom, clusters.map((c) => c.geometry.coordinates as [number, number])) ?? nothing;
  }
}
