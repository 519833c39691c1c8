/**
 * The offers' requests to the merchant's handler, validated with the protocol's reader schemas:
 * `GET /offers`, `POST /pause`, `POST /change-plan`, `POST /resume`. Each POST carries the CSRF
 * header (through `postJson`) and the endpoint's extra headers (the hosted page's signed link).
 */
import type { z } from 'zod/mini';
import { OfferResultReaderSchema, OffersResponseReaderSchema, PATHS, type OfferKind, type OfferResult } from '../../protocol/index.js';
import { getJson, postJson, type RequestOptions } from '../../internal/api-client.js';
import { parseWith } from '../../internal/backend.js';

export type OffersAsRead = z.infer<typeof OffersResponseReaderSchema>;
export type PauseOfferAsRead = NonNullable<OffersAsRead['pause']>;
export type ChangePlanOfferAsRead = NonNullable<OffersAsRead['changePlan']>;
export type PlanAsRead = ChangePlanOfferAsRead['current'];

/** What the customer chose: a pause length, or a cheaper price. */
export type Choice = { kind: 'pause'; months: number } | { kind: 'change_plan'; price: string };

/** Taking an offer can charge the card (a plan billed now): as slow as `/complete`, so as patient. */
const TAKE_TIMEOUT_MS = 30_000;

/** GET `/offers`: what this customer may take now; an offer this release cannot read counts as not made. */
export function fetchOffers(endpoint: string, options: RequestOptions = {}): Promise<OffersAsRead> {
  return getJson(endpoint, PATHS.offers, { ...options, parse: parseWith(OffersResponseReaderSchema) });
}

/** POST `/pause {months}` or `/change-plan {price}`: the handler is idempotent, so a retry is safe. */
export function takeOffer(endpoint: string, choice: Choice, options: RequestOptions = {}): Promise<OfferResult> {
  const [path, body] = choice.kind === 'pause' ? [PATHS.pause, { months: choice.months }] : [PATHS.changePlan, { price: choice.price }];
  return postJson(endpoint, path, body, { timeoutMs: TAKE_TIMEOUT_MS, ...options, parse: parseWith(OfferResultReaderSchema) as (body: unknown) => OfferResult });
}

/** POST `/resume {}`: ends a pause now, which bills the customer again. */
export function resumeNow(endpoint: string, options: RequestOptions = {}): Promise<OfferResult> {
  return postJson(endpoint, PATHS.resume, {}, { timeoutMs: TAKE_TIMEOUT_MS, ...options, parse: parseWith(OfferResultReaderSchema) as (body: unknown) => OfferResult });
}

export const kindOf = (choice: Choice): OfferKind => choice.kind;
