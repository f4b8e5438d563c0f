// d3-tile ships no types; only what the finder's map uses.
declare module 'd3-tile' {
  interface Tiles extends Array<[number, number, number]> {
    translate: [number, number];
    scale: number;
  }
  interface TileLayout {
    (): Tiles;
    size(size: [number, number]): TileLayout;
    scale(scale: number): TileLayout;
    translate(translate: [number, number]): TileLayout;
    tileSize(size: number): TileLayout;
  }
  export function tile(): TileLayout;
}
