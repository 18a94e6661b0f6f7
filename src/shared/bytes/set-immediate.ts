// Stands in for the `setimmediate` polyfill that jszip requires: that one turns a string
// argument into code with the Function constructor, which store reviews (web-ext lint) flag
// as eval. jszip only ever passes functions; a macrotask through setTimeout is all it needs.
type Callback = (...args: unknown[]) => void;
const scope = globalThis as unknown as { setImmediate?: (fn: Callback, ...args: unknown[]) => number };
if (typeof scope.setImmediate !== 'function') {
  scope.setImmediate = (fn, ...args) => setTimeout(() => fn(...args), 0) as unknown as number;
}
export {};
