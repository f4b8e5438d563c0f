import { css } from 'lit';

export const mapStyles = css`
  :host {
    display: block;
    background: transparent;
  }
  .areas {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    margin-bottom: 0.5rem;
  }
  .area-button {
    min-height: 2.25rem;
    padding: 0.25rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: 0.9em;
    cursor: pointer;
  }
  .map-frame {
    position: relative;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    background: var(--cap-map-sea, light-dark(#b3cfe5, #0a1824));
  }
  .map-frame:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  svg.map {
    display: block;
    width: 100%;
    height: var(--cap-map-height, 22rem);
    touch-action: none;
    cursor: grab;
  }
  /* France, its neighbours and the sea: three fills told apart by hue and lightness, with a border
     line of at least 3:1 against each of them, in the light and the dark scheme. */
  .outline,
  .neighbours {
    fill: var(--cap-map-land, light-dark(#fcfaf5, #3b3b40));
    stroke: var(--cap-map-border, light-dark(#6e6e6e, #9a9a9a));
    stroke-width: 1;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
  }
  .neighbours {
    fill: var(--cap-map-neighbour, light-dark(#dbd8d0, #242427));
    stroke-width: 0.75;
  }
  .cluster circle {
    fill: var(--_primary);
    fill-opacity: 0.9;
    stroke: var(--_surface);
    stroke-width: 2;
  }
  .cluster text {
    fill: var(--_on-primary);
    font-size: 12px;
    font-weight: 700;
    pointer-events: none;
  }
  .marker path {
    fill: var(--_primary);
    stroke: var(--_surface);
    stroke-width: 1.5;
  }
  .marker-dot {
    fill: var(--_surface);
  }
  .marker.selected path {
    fill: var(--cap-color-selected, light-dark(#b34000, #ffb085));
    stroke: var(--_text);
    stroke-width: 2;
  }
  .cluster,
  .marker {
    cursor: pointer;
  }
  .cluster:focus,
  .marker:focus {
    outline: none;
  }
  .cluster:focus-visible circle,
  .marker:focus-visible path {
    stroke: var(--_focus);
    stroke-width: 4;
  }
  .radius {
    fill: none;
    stroke: var(--_text-muted);
    stroke-width: 1.5;
    stroke-dasharray: 6 4;
    pointer-events: none;
  }
  .origin circle {
    fill: var(--_surface);
    stroke: var(--_text);
    stroke-width: 2;
  }
  .origin .origin-dot {
    fill: var(--_text);
  }
  .map-help,
  .attribution {
    margin: 0.35rem 0 0;
    font-size: 0.85em;
    color: var(--_text-muted);
  }
  @media (forced-colors: active) {
    .outline {
      fill: Canvas;
      stroke: CanvasText;
    }
    .neighbours {
      fill: Canvas;
      stroke: GrayText;
      stroke-dasharray: 3 2;
    }
    .radius {
      stroke: CanvasText;
    }
    .cluster circle,
    .marker path {
      fill: ButtonText;
      stroke: Canvas;
    }
    .cluster text {
      fill: Canvas;
    }
    .marker.selected path {
      fill: Highlight;
    }
  }
`;
