// A component drawn again only when one of its data props changes. The dashboard draws itself again
// whenever any of its reads answers (a dozen times as it opens); a sidebar of fifty rooms or the
// header need not follow each time. Function props, usually new closures on each of the container's
// renders, are not compared: the component is given stable ones that call the latest, so a skipped
// render never leaves a stale handler behind.
import { Component, h, type FunctionComponent } from 'preact';

type Props = Record<string, unknown>;

export function drawnOnChange<P extends object>(Inner: FunctionComponent<P>): FunctionComponent<P> {
  class DrawnOnChange extends Component<P> {
    private readonly handlers = new Map<string, (...args: unknown[]) => unknown>();

    override shouldComponentUpdate(next: P): boolean {
      const now = this.props as Props;
      const then = next as Props;
      const keys = new Set([...Object.keys(now), ...Object.keys(then)]);
      return [...keys].some((key) => (typeof then[key] === 'function' ? typeof now[key] !== 'function' : then[key] !== now[key]));
    }

    /** A stable function calling the latest prop `key` (Preact keeps this.props current even when a render is skipped). */
    private handler(key: string): (...args: unknown[]) => unknown {
      let handler = this.handlers.get(key);
      if (!handler) {
        handler = (...args) => ((this.props as Props)[key] as (...a: unknown[]) => unknown)(...args);
        this.handlers.set(key, handler);
      }
      return handler;
    }

    override render() {
      const given: Props = {};
      for (const [key, value] of Object.entries(this.props as Props)) given[key] = typeof value === 'function' ? this.handler(key) : value;
      return h(Inner as FunctionComponent<Props>, given);
    }
  }
  return DrawnOnChange as unknown as FunctionComponent<P>;
}
