// The d3-selection source files that d3-selection-lite.ts is built from (plain JavaScript).
declare module 'd3-selection/src/*' {
  // Untyped JavaScript methods of any selection: `any` is what they are.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const method: (this: any, ...args: any[]) => any;
  export default method;
}
