/**
 * `pause_collection` (set with `POST /v1/subscriptions/:id`): the subscription keeps its status
 * and keeps generating invoices, but Stripe does not collect them: each new one is voided, left
 * as a draft, or marked uncollectible, per `behavior`. Invoices that existed before stay as they
 * are (and keep being retried unless voided). At `resumes_at` Stripe unsets it by itself.
 */
import type { Engine } from './engine.js';
import { invalidRequest } from './errors.js';
import { markUncollectible, voidInvoice } from './invoices.js';
import type { Invoice, PauseCollection, PauseCollectionBehavior, Subscription } from './types.js';

const BEHAVIORS: readonly PauseCollectionBehavior[] = ['keep_as_draft', 'mark_uncollectible', 'void'];

/** `pause_collection[…]` as given, checked as Stripe checks it; null is `pause_collection=` (unset). */
export function readPauseCollection(
  engine: Engine,
  given: Record<string, string> | undefined,
): PauseCollection | null | undefined {
  if (given === undefined) return undefined;
  if (Object.keys(given).length === 0) return null;
  const behavior = given.behavior;
  if (behavior === undefined || behavior === '') {
    throw invalidRequest('Missing required param: pause_collection[behavior].', 'pause_collection[behavior]', 'parameter_missing');
  }
  if (!(BEHAVIORS as readonly string[]).includes(behavior)) {
    throw invalidRequest(`Invalid pause_collection[behavior]: must be one of ${BEHAVIORS.join(', ')}`, 'pause_collection[behavior]');
  }
  let resumesAt: number | null = null;
  if (given.resumes_at !== undefined && given.resumes_at !== '') {
    if (!/^\d{1,12}$/.test(given.resumes_at)) {
      throw invalidRequest(`Invalid integer: ${given.resumes_at}`, 'pause_collection[resumes_at]', 'parameter_invalid_integer');
    }
    resumesAt = Number(given.resumes_at);
    if (resumesAt <= engine.now()) throw invalidRequest('pause_collection[resumes_at] must be in the future.', 'pause_collection[resumes_at]');
  }
  return { behavior: behavior as PauseCollectionBehavior, resumes_at: resumesAt };
}

/** Refusals for a subscription that cannot have its collection paused. */
export function checkPausable(sub: Subscription): void {
  if (sub.status === 'canceled' || sub.status === 'incomplete_expired') {
    throw invalidRequest(`A canceled subscription cannot have its payment collection paused (${sub.id}).`, 'pause_collection');
  }
  if (sub.status === 'paused') {
    throw invalidRequest(`Subscription ${sub.id} is paused; its payment collection cannot be paused as well. Resume it first.`, 'pause_collection');
  }
}

/**
 * A new invoice on a subscription whose collection is paused: handled per `behavior` instead of
 * being charged. Returns true when it was (the caller then does not collect).
 */
export function holdInvoice(engine: Engine, sub: Subscription, invoice: Invoice): boolean {
  const pause = sub.pause_collection;
  if (!pause) return false;
  if (pause.behavior === 'keep_as_draft') return true; // stays a draft, finalized by no one until collection resumes
  engine.finalizeInvoice(invoice);
  if (invoice.status !== 'open') return true;
  if (pause.behavior === 'void') voidInvoice(engine, invoice.id);
  else markUncollectible(engine, invoice.id);
  return true;
}

/** What the clock made due: collections whose `resumes_at` has passed resume (customer.subscription.updated). */
export function resumeDueCollections(engine: Engine): Subscription[] {
  const now = engine.now();
  const due = engine.store.all('subscription', (s) => s.pause_collection?.resumes_at != null && s.pause_collection.resumes_at <= now);
  for (const sub of due) {
    engine.track(sub, 'customer.subscription.updated', (s) => {
      s.pause_collection = null;
    });
  }
  return due;
}
