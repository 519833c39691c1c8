/**
 * In-memory object storage. Objects are kept in their stored form (references as ids,
 * includable fields absent); responses and event payloads are copies, so nothing handed out
 * can change what the stand-in believes.
 */
import { resourceMissing } from './errors.js';
import type { StripeList, StripeObject } from './types.js';

type ObjectOf<K extends StripeObject['object']> = Extract<StripeObject, { object: K }>;

export class Store {
  private readonly objects = new Map<string, StripeObject>();
  /** Insertion order breaks ties between objects created in the same second (lists are newest first). */
  private readonly sequence = new Map<string, number>();
  private nextSequence = 0;

  constructor(private readonly clockMs: () => number) {}

  /** Current time in unix seconds, from the injectable clock. */
  now(): number {
    return Math.floor(this.clockMs() / 1000);
  }

  has(id: string): boolean {
    return this.objects.has(id);
  }

  insert<T extends StripeObject>(obj: T): T {
    if (this.objects.has(obj.id)) throw new Error(`Duplicate id ${obj.id}`);
    this.objects.set(obj.id, obj);
    this.sequence.set(obj.id, this.nextSequence++);
    return obj;
  }

  get(id: string): StripeObject | undefined {
    return this.objects.get(id);
  }

  /** The object of that kind, or a Stripe 404 naming `param`. */
  require<K extends StripeObject['object']>(kind: K, id: string, param = 'id', status = 404): ObjectOf<K> {
    const obj = this.objects.get(id);
    if (!obj || obj.object !== kind) throw resourceMissing(id, param, status);
    return obj as ObjectOf<K>;
  }

  /** Every object of that kind, newest first, as Stripe lists them. */
  all<K extends StripeObject['object']>(kind: K, filter: (o: ObjectOf<K>) => boolean = () => true): ObjectOf<K>[] {
    const out: ObjectOf<K>[] = [];
    for (const obj of this.objects.values()) {
      if (obj.object === kind && filter(obj as ObjectOf<K>)) out.push(obj as ObjectOf<K>);
    }
    return out.sort((a, b) => createdOf(b) - createdOf(a) || this.sequence.get(b.id)! - this.sequence.get(a.id)!);
  }
}

/** A mandate has no `created`: insertion order alone ranks those. */
function createdOf(obj: StripeObject): number {
  return 'created' in obj ? obj.created : 0;
}

/** Deep copy of plain JSON data: what goes out over the wire or into an event. */
export function snapshot<T>(value: T): T {
  return structuredClone(value);
}

export function list<T>(data: T[], url: string, hasMore = false): StripeList<T> {
  return { object: 'list', data, has_more: hasMore, url };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `previous_attributes` as Stripe sends it on `*.updated` events: the old values of what
 * changed, recursing into sub-objects (`{invoice_settings: {default_payment_method: 'pm_old'}}`),
 * whole values for arrays and scalars. Empty when nothing changed.
 */
export function previousAttributes(before: unknown, after: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!isPlainObject(before) || !isPlainObject(after)) return out;
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const was = before[key];
    const now = after[key];
    if (isPlainObject(was) && isPlainObject(now)) {
      const nested = previousAttributes(was, now);
      if (Object.keys(nested).length > 0) out[key] = nested;
    } else if (JSON.stringify(was) !== JSON.stringify(now)) {
      out[key] = was === undefined ? null : was;
    }
  }
  return out;
}
