/** `ign`, or an http(s) XYZ template naming {z}, {x} and {y}; anything else draws no tiles. */
export function usableTiles(tiles: string): boolean {
  return tiles === 'ign' || /^https?:\/\/.+\{z\}.*\{x\}.*\{y\}|^https?:\/\/.+\{z\}.*\{y\}.*\{x\}/.test(tiles);
}
