/**
 * The `headers` of the node adapter's lazy request: `get` and `has` read Node's own header object,
 * which is what Paymend's routes and most `resolveCustomer` functions use (a cookie, a session
 * header). Building a web `Headers` from every incoming header cost a status read as much as the
 * route itself (see docs/performance.md); anything else builds the real `Headers` once and answers
 * from it from then on, so iterating or changing the headers behaves as a `Headers` does.
 */
import type { IncomingHttpHeaders } from 'node:http';

export class NodeHeaders implements Headers {
  private real: Headers | null = null;

  constructor(
    private readonly raw: IncomingHttpHeaders,
    private readonly build: () => Headers,
  ) {}

  private whole(): Headers {
    return (this.real ??= this.build());
  }

  get(name: string): string | null {
    if (this.real) return this.real.get(name);
    const value = this.raw[name.toLowerCase()];
    if (value === undefined) return null;
    // As `Headers` built by `append` for each value reads them back: joined by ", ".
    return Array.isArray(value) ? value.join(', ') : value;
  }

  has(name: string): boolean {
    return this.real ? this.real.has(name) : this.raw[name.toLowerCase()] !== undefined;
  }

  append(name: string, value: string): void {
    this.whole().append(name, value);
  }
  delete(name: string): void {
    this.whole().delete(name);
  }
  set(name: string, value: string): void {
    this.whole().set(name, value);
  }
  getSetCookie(): string[] {
    return this.whole().getSetCookie();
  }
  forEach(callback: (value: string, key: string, parent: Headers) => void, thisArg?: unknown): void {
    this.whole().forEach((value, key) => callback.call(thisArg, value, key, this));
  }
  entries(): ReturnType<Headers['entries']> {
    return this.whole().entries();
  }
  keys(): ReturnType<Headers['keys']> {
    return this.whole().keys();
  }
  values(): ReturnType<Headers['values']> {
    return this.whole().values();
  }
  [Symbol.iterator](): ReturnType<Headers['entries']> {
    return this.whole()[Symbol.iterator]();
  }
  get [Symbol.toStringTag](): string {
    return 'Headers';
  }
}
