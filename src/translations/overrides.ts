/**
 * Merchant-supplied wording: `setMessages('en', { 'banner.updateCard': 'Update payment method' })`
 * changes Paymend's text, or fixes a translation, without a fork.
 *
 * Part of the page entry (exported from the package root), so this module only stores what it is
 * given: no translation, no zod, not even the list of locales. The tag and every key are checked,
 * and the overrides merged into a translation, where translations load (`withOverrides` in
 * `./index.ts`): lazy code that has English and the locale matching at hand.
 *
 * One registry per page, not per copy of Paymend: a page can run two (the CDN script that registered
 * the tags, and the npm package the app bundles, maybe of another release), and `setMessages` on
 * either must reach the elements the other defined. The registry lives on `globalThis` under a
 * `Symbol.for` key that every copy computes alike, and holds plain data only (tags, messages, a
 * counter, listeners), so copies of different releases can share it. `v1` names its shape: a
 * release that changes the shape takes a new key, and would not read or break an older copy's.
 */
import type { Messages } from './types.js';

/** One `setMessages` call, as made (checked when applied, once per call). */
export interface StoredMessages {
  readonly tag: unknown;
  readonly messages: unknown;
}

interface Registry {
  /** The latest call per tag; BCP 47 tags are case-insensitive, so `en-GB` and `en-gb` are one. */
  readonly stored: Map<string, StoredMessages>;
  /** Every copy's elements, re-rendered after each call. */
  readonly listeners: Set<() => void>;
  version: number;
}

const REGISTRY_KEY = Symbol.for('paymend.messages.v1');

function sharedRegistry(): Registry {
  const holder = globalThis as { [REGISTRY_KEY]?: Registry };
  const existing = holder[REGISTRY_KEY];
  if (existing && existing.stored instanceof Map && existing.listeners instanceof Set && typeof existing.version === 'number') return existing;
  const created: Registry = { stored: new Map(), listeners: new Set(), version: 0 };
  // Not enumerable and not writable: a page script iterating globals, or assigning by mistake,
  // cannot drop the wording every copy relies on.
  try {
    Object.defineProperty(globalThis, REGISTRY_KEY, { value: created, configurable: false, enumerable: false, writable: false });
  } catch {
    // Something else holds the key and cannot be replaced: this copy keeps its own wording.
  }
  return created;
}

const registry = sharedRegistry();
const { stored, listeners } = registry;

/**
 * Replaces Paymend's wording for `locale` (a BCP 47 tag: `en`, `de`, `pt-BR`) with `messages`, keyed
 * like the translation files (`banner.updateCard`, `state.failed.title`, …). A message that English
 * writes as a function takes a function with the same parameters. Overrides attach to the
 * translation Paymend uses for the tag (`de-AT` → German), and reach the translations built on it
 * (`en` → `en-GB`). Each call replaces that tag's earlier overrides; `setMessages('en', {})` removes
 * them. Elements already on the page re-render. Text is always rendered as text, never as HTML.
 * Bad input is ignored with a console warning, never thrown.
 */
export function setMessages(locale: string, messages: Partial<Messages>): void {
  const key = String(locale).trim().toLowerCase().replaceAll('_', '-');
  // Re-inserted, so the map keeps the order of the calls: when two tags reach one translation (`en`,
  // `en-US`), the later call wins.
  stored.delete(key);
  // A copy: the merchant changing their object later must not change the text behind our back.
  stored.set(key, { tag: locale, messages: typeof messages === 'object' && messages !== null ? { ...messages } : messages });
  registry.version += 1;
  for (const listener of listeners) listener();
}

/** @internal Every tag's latest `setMessages` call, in the order they were made. */
export function storedMessages(): Iterable<StoredMessages> {
  return stored.values();
}

/** @internal Changes with every `setMessages` call: a translation built for an older version is stale. */
export function messagesVersion(): number {
  return registry.version;
}

/** @internal Calls `listener` after every `setMessages`. */
export function onMessagesChanged(listener: () => void): void {
  listeners.add(listener);
}
