/**
 * `paymend/notify`: email, SMS and in-app messages about a customer's billing, composed from the
 * same catalog the banner uses. DOM-free and synchronous; the handler sends these, and a merchant
 * who sends mail themselves can compose the very same text.
 *
 * ```ts
 * import { composeMessage } from 'paymend/notify';
 * const mail = composeMessage({
 *   step: 'failed', channel: 'email', status, locale: 'de', link,
 *   merchant: { name: 'Acme Analytics', supportEmail: 'help@acme.example' }, customerName: 'Ada',
 * });
 * // mail.subject, mail.html, mail.text
 * ```
 *
 * Server-side: it bundles every locale's wording, so browser code never imports it.
 */
export { composeMessage, messageContent, type MessageContent } from './compose.js';
export { notifyStringsFor, NOTIFY_STRINGS, type NotifyMessageKey, type NotifyMessages, type NotifyStrings } from './strings/index.js';
export { escapeHtml, gsmFriendly, isGsm7, singleLine, smsSegments } from './text.js';
export { toneOf, type Tone } from './tone.js';
export * from './types.js';
