/**
 * Stripe's request encoding: `application/x-www-form-urlencoded` with bracket notation
 * (`invoice_settings[default_payment_method]=pm_1`, `expand[0]=payments`, `expand[]=x`,
 * `metadata[k]=v`), in POST bodies and GET query strings alike. Parsing never throws anything
 * but `FormError`, which the server answers with a 400 naming the parameter.
 */
import type { DocumentedErrorCode } from './error-codes.js';
import { isAccepted, type AcceptedParams } from './params.js';

export type FormValue = string | FormValue[] | FormObject;
export interface FormObject {
  [key: string]: FormValue;
}

export class FormError extends Error {
  constructor(
    message: string,
    readonly param: string,
    /** Stripe's code for the few malformed-parameter errors it documents one for. */
    readonly code?: DocumentedErrorCode,
  ) {
    super(message);
    this.name = 'FormError';
  }
}

const KEY = /^([^[\]]+)((?:\[[^[\]]*\])*)$/;
const MAX_DEPTH = 8;
/** Segments that would reach Object.prototype if a consumer ever copied params naively. */
const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor']);

function decode(text: string, param: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    throw new FormError(`Invalid URL encoding in parameter: ${param}`, param);
  }
}

/** Parse a form body or query string (without `?`) into nested objects and arrays. */
export function parseForm(input: string): FormObject {
  const root: FormObject = Object.create(null);
  for (const pair of input.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const rawKey = eq === -1 ? pair : pair.slice(0, eq);
    const key = decode(rawKey, rawKey);
    const value = decode(eq === -1 ? '' : pair.slice(eq + 1), key);
    const match = KEY.exec(key);
    if (!match) throw new FormError(`Invalid parameter name: ${key}`, key);
    const segments = [match[1]!, ...[...match[2]!.matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1]!)];
    if (segments.length > MAX_DEPTH) throw new FormError(`Parameter nested too deeply: ${key}`, key);
    if (segments.some((s) => FORBIDDEN.has(s))) throw new FormError(`Invalid parameter name: ${key}`, key);
    insert(root, segments, value, key);
  }
  return finish(root) as FormObject;
}

function insert(root: FormObject, segments: string[], value: string, param: string): void {
  let node = root;
  for (let i = 0; i < segments.length; i++) {
    // `[]` appends: the next free index among those already given.
    const segment = segments[i] === '' ? String(Object.keys(node).length) : segments[i]!;
    const last = i === segments.length - 1;
    const existing = node[segment];
    if (last) {
      if (existing !== undefined && typeof existing !== 'string') {
        throw new FormError(`Invalid parameter: ${param} is given both as a value and as a hash`, param);
      }
      node[segment] = value; // a repeated key keeps the last value, like qs
      return;
    }
    if (existing === undefined) {
      const child: FormObject = Object.create(null);
      node[segment] = child;
      node = child;
    } else if (typeof existing === 'string') {
      throw new FormError(`Invalid parameter: ${param} is given both as a value and as a hash`, param);
    } else {
      node = existing as FormObject;
    }
  }
}

/** Objects whose keys are exactly 0..n-1 become arrays, as qs does for `a[0]=x&a[1]=y`. */
function finish(value: FormValue): FormValue {
  if (typeof value === 'string' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  for (const k of keys) value[k] = finish(value[k]!);
  const isArray = keys.length > 0 && keys.every((k) => /^(0|[1-9]\d{0,3})$/.test(k)) && keys.every((_, i) => i in value);
  if (!isArray) return value;
  return keys.map(Number).sort((a, b) => a - b).map((i) => value[String(i)]!);
}

/** `['invoice_settings','default_payment_method']` -> `invoice_settings[default_payment_method]`. */
export function paramName(path: readonly string[]): string {
  return path[0] + path.slice(1).map((p) => `[${p}]`).join('');
}

/**
 * Typed access to parsed params. Each getter returns undefined when the parameter is absent and
 * throws `FormError` (-> 400 with `param`) when it is present with the wrong type, so handlers
 * never see a shape they did not ask for.
 */
export class ParamReader {
  /** `accepted`: what the route declared; reading anything else is a bug in the route, not a bad request. */
  constructor(
    readonly raw: FormObject,
    private readonly accepted?: AcceptedParams,
  ) {}

  private at(path: readonly string[]): FormValue | undefined {
    if (this.accepted && !isAccepted(this.accepted, path)) {
      throw new Error(`The route reads ${paramName(path)} but does not list it among the parameters it accepts`);
    }
    let node: FormValue | undefined = this.raw;
    for (const p of path) {
      if (node === undefined || typeof node === 'string' || Array.isArray(node)) return undefined;
      node = node[p];
    }
    return node;
  }

  has(...path: string[]): boolean {
    return this.at(path) !== undefined;
  }

  string(...path: string[]): string | undefined {
    const v = this.at(path);
    if (v === undefined) return undefined;
    if (typeof v !== 'string') throw new FormError(`Invalid string: ${paramName(path)} must be a string`, paramName(path));
    if (v.length > 5000) throw new FormError(`Invalid string: ${paramName(path)} is too long (max 5000)`, paramName(path));
    return v;
  }

  requiredString(...path: string[]): string {
    const v = this.string(...path);
    if (v === undefined || v === '') throw new FormError(`Missing required param: ${paramName(path)}.`, paramName(path), 'parameter_missing');
    return v;
  }

  boolean(...path: string[]): boolean | undefined {
    const v = this.string(...path);
    if (v === undefined) return undefined;
    if (v === 'true') return true;
    if (v === 'false') return false;
    throw new FormError(`Invalid boolean: ${v}`, paramName(path));
  }

  integer(path: readonly string[], min: number, max: number): number | undefined {
    const v = this.string(...path);
    if (v === undefined) return undefined;
    if (!/^-?\d+$/.test(v)) throw new FormError(`Invalid integer: ${v}`, paramName(path), 'parameter_invalid_integer');
    const n = Number(v);
    if (n < min || n > max) {
      throw new FormError(`Invalid ${paramName(path)}: must be between ${min} and ${max}`, paramName(path));
    }
    return n;
  }

  /** A list given as `a[0]=x`, `a[]=x` or, leniently, a single `a=x`. */
  stringList(...path: string[]): string[] | undefined {
    const v = this.at(path);
    if (v === undefined) return undefined;
    const list = typeof v === 'string' ? [v] : Array.isArray(v) ? v : undefined;
    if (!list || list.some((item) => typeof item !== 'string')) {
      throw new FormError(`Invalid array: ${paramName(path)} must be a list of strings`, paramName(path));
    }
    return list as string[];
  }

  /** A list of string hashes (`items[0][id]=si_…&items[0][price]=price_…`), each element as given. */
  hashList(...path: string[]): Record<string, string>[] | undefined {
    const v = this.at(path);
    if (v === undefined) return undefined;
    const items = Array.isArray(v) ? v : undefined;
    if (!items || items.some((x) => typeof x === 'string' || Array.isArray(x) || Object.values(x).some((y) => typeof y !== 'string'))) {
      throw new FormError(`Invalid array: ${paramName(path)} must be a list of hashes`, paramName(path));
    }
    return items.map((x) => ({ ...(x as Record<string, string>) }));
  }

  /**
   * A string-to-string hash such as metadata. `metadata=` (empty) means "clear" and gives `{}`;
   * a key with an empty value is returned as '' so callers can unset it, as Stripe does.
   */
  hash(...path: string[]): Record<string, string> | undefined {
    const v = this.at(path);
    if (v === undefined) return undefined;
    if (v === '') return {};
    if (typeof v === 'string' || Array.isArray(v) || Object.values(v).some((x) => typeof x !== 'string')) {
      throw new FormError(`Invalid hash: ${paramName(path)} must be a hash of strings`, paramName(path));
    }
    return { ...(v as Record<string, string>) };
  }
}
