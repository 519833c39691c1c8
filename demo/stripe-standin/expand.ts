/**
 * Response rendering with Stripe's `expand[]`: a copy of the stored object in which the
 * requested id references are replaced by the objects they name, and "includable" fields
 * (present only when asked for, like `invoice.payments`) are built. Paths walk through lists
 * (`data.payments`) and expand intermediate references on the way (`payment.payment_intent`
 * under `data`), as Stripe does. Unknown paths are a 400, so a typo in the backend shows up here
 * rather than as a missing field in production.
 */
import type { Engine } from './engine.js';
import { invalidRequest } from './errors.js';
import { list, snapshot } from './store.js';
import type { StripeList, StripeObject } from './types.js';

/** Stripe refuses deeper expansions. */
const MAX_EXPAND_DEPTH = 4;
const NEVER_EXPANDABLE = new Set(['id', 'object']);
/** Lists embedded in an object (`customer.subscriptions`) hold this many; `has_more` says there are others. */
const EMBEDDED_LIST_LIMIT = 10;

type Json = Record<string, unknown>;

export class Renderer {
  constructor(private readonly engine: Engine) {}

  /** One object, expanded. */
  object(obj: StripeObject, expand: readonly string[] = []): Json {
    const out = snapshot(obj) as unknown as Json;
    for (const path of expand) this.expandPath(out, path);
    return out;
  }

  /** A list object; expand paths start with `data.` as in Stripe. */
  list(items: readonly StripeObject[], url: string, expand: readonly string[] = [], hasMore = false): Json {
    const out = list(items.map((o) => snapshot(o) as unknown as Json), url, hasMore) as unknown as Json;
    for (const path of expand) this.expandPath(out, path);
    return out;
  }

  private expandPath(root: Json, path: string): void {
    const segments = path.split('.');
    // `data` of a list counts as a level, as in Stripe's own example: listing charges,
    // `data.payment_intent.customer.default_source` is the deepest allowed.
    if (segments.length > MAX_EXPAND_DEPTH) {
      throw invalidRequest(`You cannot expand more than ${MAX_EXPAND_DEPTH} levels of a property. (${path})`, 'expand');
    }
    this.walk(root, segments, path);
  }

  private walk(node: Json, segments: readonly string[], path: string): void {
    const [key, ...rest] = segments;
    if (key === undefined || key === '' || NEVER_EXPANDABLE.has(key)) throw cannotExpand(path);
    let value: unknown = node[key];
    if (!(key in node)) {
      value = this.includable(node, key);
      if (value === undefined) throw cannotExpand(path);
      node[key] = value;
    } else if (typeof value === 'string') {
      const target = this.engine.store.get(value);
      if (!target || target.object === 'event') throw cannotExpand(path);
      value = snapshot(target);
      node[key] = value;
    } else if (rest.length === 0 && (typeof value !== 'object' || Array.isArray(value))) {
      // A number, boolean or array at the end of the path was never a reference.
      if (value !== null) throw cannotExpand(path);
    }
    if (rest.length === 0 || value === null || value === undefined) return;
    if (Array.isArray(value)) {
      for (const item of value) {
        if (typeof item !== 'object' || item === null) throw cannotExpand(path);
        this.walk(item as Json, rest, path);
      }
    } else if (typeof value === 'object') {
      this.walk(value as Json, rest, path);
    } else {
      throw cannotExpand(path);
    }
  }

  /** Fields Stripe leaves out unless expanded. */
  private includable(node: Json, key: string): unknown {
    const id = typeof node.id === 'string' ? node.id : '';
    if (node.object === 'invoice' && key === 'payments') {
      const payments = this.engine.invoicePayments({ invoice: id });
      return list(payments.map((p) => snapshot(p)), `/v1/invoice_payments?invoice=${id}`) satisfies StripeList<unknown>;
    }
    if (node.object === 'invoice' && key === 'confirmation_secret') {
      const invoice = this.engine.store.require('invoice', id);
      return this.engine.confirmationSecretOf(invoice);
    }
    if (node.object === 'customer' && key === 'subscriptions') {
      // The current (not canceled) ones, and like every list embedded in an object, the first 10 only.
      const subs = this.engine.store.all('subscription', (s) => s.customer === id && s.status !== 'canceled');
      return list(subs.slice(0, EMBEDDED_LIST_LIMIT).map((s) => snapshot(s)), `/v1/customers/${id}/subscriptions`, subs.length > EMBEDDED_LIST_LIMIT);
    }
    return undefined;
  }
}

function cannotExpand(path: string) {
  return invalidRequest(`This property cannot be expanded (${path}).`, 'expand');
}
