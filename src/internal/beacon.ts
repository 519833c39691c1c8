/**
 * Analytics beacons to the merchant's handler (`POST {endpoint}/events`), which counts how many
 * customers saw a message, opened the form, dismissed it, updated their card and paid.
 * Fire-and-forget: a beacon never throws, never delays the UI, and warns at most once per page.
 */
import { PATHS, type AnalyticsEvent, type EventName, type Status } from '../protocol/index.js';
import { endpointUrl, postJson } from './api-client.js';
import { warnOnce } from './log.js';

/** `shown` beacons already sent on this page: several elements, or re-renders, count as one view. */
const shown = new Set<string>();
/** One identity for every beacon failure, so a broken `/events` warns once, not once per event. */
const beaconFailure = {};

/** Sends `name` for the problem `status` describes; does nothing without an endpoint. */
export function sendBeacon(endpoint: string, name: EventName, status: Status, extra: Pick<AnalyticsEvent, 'source' | 'rating'> = {}): void {
  if (!endpoint) return;
  const event: AnalyticsEvent = { name, state: status.state, ...extra };
  if (status.invoice) event.invoiceId = status.invoice.id;
  try {
    if (name === 'shown') {
      const key = `${endpointUrl(endpoint, PATHS.events)} ${event.state} ${event.invoiceId ?? ''}`;
      if (shown.has(key)) return;
      shown.add(key);
    }
    postJson(endpoint, PATHS.events, event).catch((error: unknown) => reportFailure(endpoint, error));
  } catch (error) {
    // An endpoint that is not a URL at all throws before any request.
    reportFailure(endpoint, error);
  }
}

function reportFailure(endpoint: string, error: unknown): void {
  const reason = error instanceof Error ? error.message : String(error);
  warnOnce(beaconFailure, `could not send analytics events to ${endpoint}: ${reason}`);
}
