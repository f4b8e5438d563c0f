// The d3-selection source files that d3-selection-lite.ts is built from (plain JavaScript).
declare module 'd3-selection/src/*' {
  const method: (this: any, ...args: any[]) => any;
  export default method;
}
